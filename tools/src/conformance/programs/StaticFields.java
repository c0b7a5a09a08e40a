import org.keelvm.hal.Console;

/** Static fields of every primitive width, read-modify-write, and fields reached through a subclass. */
public class StaticFields {
    static boolean flag;
    static byte small;
    static short medium;
    static char letter;
    static int count;
    static long total;
    static final int LIMIT = 1000;

    public static void main(String[] args) {
        for (int i = 0; i < LIMIT; i++) {
            count++;
            total += (long) i * i;
            small += 3;
            medium -= 77;
            letter += 65;
            flag = !flag;
        }
        Console.println(count);
        Console.println(total);
        Console.println(small);
        Console.println(medium);
        Console.println(letter);
        Console.println(flag ? 1 : 0);
        Child.inherited = 41;
        Child.inherited++;
        Console.println(Parent.inherited);
        Console.println(Child.next());
        Console.println(Child.next());
    }

    static class Parent {
        static int inherited;

        static int next() {
            return ++inherited;
        }
    }

    static class Child extends Parent {
    }
}
