import org.keelvm.hal.Console;

/** Static calls with many arguments (beyond the six passed in registers), mixed int and long, and deep recursion. */
public class Calls {
    public static void main(String[] args) {
        Console.println(eight(1, 2L, 3, 4L, 5, 6L, 7, 8L));
        Console.println(ten(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
        Console.println(fibonacci(25));
        Console.println(ackermann(2, 3));
        Console.println(depth(3_000));
        Console.println(isEven(1001) ? 1 : 0);
        noResult(5);
        Console.println(sideEffect);
    }

    static int sideEffect;

    static long eight(int a, long b, int c, long d, int e, long f, int g, long h) {
        return a * 10_000_000L + b * 1_000_000 + c * 100_000 + d * 10_000 + e * 1000 + f * 100 + g * 10 + h;
    }

    static long ten(int a, int b, int c, int d, int e, int f, int g, int h, int i, int j) {
        return ((((((((a * 2L + b) * 2 + c) * 2 + d) * 2 + e) * 2 + f) * 2 + g) * 2 + h) * 2 + i) * 2 + j;
    }

    static int fibonacci(int n) {
        return n < 2 ? n : fibonacci(n - 1) + fibonacci(n - 2);
    }

    static int ackermann(int m, int n) {
        if (m == 0) {
            return n + 1;
        }
        if (n == 0) {
            return ackermann(m - 1, 1);
        }
        return ackermann(m - 1, ackermann(m, n - 1));
    }

    static int depth(int n) {
        return n == 0 ? 0 : 1 + depth(n - 1);
    }

    static boolean isEven(int n) {
        return n == 0 || isOdd(n - 1);
    }

    static boolean isOdd(int n) {
        return n != 0 && isEven(n - 1);
    }

    static void noResult(int times) {
        for (int i = 0; i < times; i++) {
            sideEffect += i;
        }
    }
}
