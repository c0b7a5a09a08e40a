import org.keelvm.hal.Console;

/** int arithmetic with Java's exact semantics: wrap-around, truncating division, remainder signs, MIN_VALUE / -1. */
public class IntArithmetic {
    public static void main(String[] args) {
        show(Integer.MAX_VALUE + 1);
        show(Integer.MIN_VALUE - 1);
        show(46341 * 46341);
        show(-7 / 2);
        show(-7 % 2);
        show(7 % -2);
        show(7 / -2);
        show(divide(Integer.MIN_VALUE, -1));
        show(remainder(Integer.MIN_VALUE, -1));
        show(divide(1_000_000_007, 97));
        show(remainder(-1_000_000_007, 97));
        show(-Integer.MIN_VALUE);
        show(0x7F & 0xF0 | 0x0F ^ 0x3C);
        int x = 12345;
        x += 100;
        x -= 50000;
        x *= -3;
        x /= 7;
        x %= 1000;
        show(x);
        int counter = 0;
        for (int i = -5; i <= 5; i++) {
            counter += i * i - 3 * i;
        }
        show(counter);
    }

    static int divide(int a, int b) {
        return a / b;
    }

    static int remainder(int a, int b) {
        return a % b;
    }

    static void show(int value) {
        Console.println(value);
    }
}
