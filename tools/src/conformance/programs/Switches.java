import org.keelvm.hal.Console;

/** tableswitch (dense keys, offset ranges) and lookupswitch (sparse and negative keys), fall-through and default. */
public class Switches {
    public static void main(String[] args) {
        for (int i = -2; i < 9; i++) {
            Console.print(dense(i));
            Console.putChar(' ');
        }
        Console.println();
        for (int i = 0; i < 12; i++) {
            Console.print(sparse(sparseKey(i)));
            Console.putChar(' ');
        }
        Console.println();
        for (int i = 95; i < 106; i++) {
            Console.print(offset(i));
            Console.putChar(' ');
        }
        Console.println();
        Console.println(fallThrough(1));
        Console.println(fallThrough(3));
        Console.println(fallThrough(9));
        Console.println(extreme(Integer.MIN_VALUE) + extreme(Integer.MAX_VALUE) + extreme(0));
    }

    static int dense(int day) {
        switch (day) {
            case 0: return 10;
            case 1: return 11;
            case 2: return 12;
            case 3: return 13;
            case 4: return 14;
            case 5: return 15;
            case 6: return 16;
            default: return -1;
        }
    }

    static int sparseKey(int i) {
        return i * i * i - 100 * i;
    }

    static int sparse(int key) {
        switch (key) {
            case -525: return 1;
            case -384: return 2;
            case 0: return 3;
            case -99: return 4;
            case 729 - 900: return 5;
            case 1000000: return 6;
            default: return 0;
        }
    }

    static int offset(int value) {
        switch (value) {
            case 97: return 1;
            case 98: return 2;
            case 99: return 3;
            case 100: return 4;
            case 102: return 5;
            default: return 9;
        }
    }

    static int fallThrough(int n) {
        int total = 0;
        switch (n) {
            case 1:
                total += 1;
            case 2:
                total += 10;
            case 3:
                total += 100;
                break;
            default:
                total = -1;
        }
        return total;
    }

    static int extreme(int value) {
        switch (value) {
            case Integer.MIN_VALUE: return 1;
            case Integer.MAX_VALUE: return 20;
            case 0: return 300;
            default: return 0;
        }
    }
}
