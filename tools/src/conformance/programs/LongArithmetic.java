import org.keelvm.hal.Console;

/** long arithmetic, comparisons (lcmp) and mixed int/long expressions. */
public class LongArithmetic {
    public static void main(String[] args) {
        Console.println(Long.MAX_VALUE + 1);
        Console.println(3_000_000_000L * 3_000_000_000L);
        Console.println(divide(Long.MIN_VALUE, -1));
        Console.println(remainder(Long.MIN_VALUE, -1));
        Console.println(-9_000_000_000_000_000_000L / 7);
        Console.println(-9_000_000_000_000_000_000L % 7);
        Console.println(factorial(20));
        Console.println(factorial(21));
        Console.println(compare(5, 7));
        Console.println(compare(7, 5));
        Console.println(compare(-1, -1));
        Console.println(compare(Long.MIN_VALUE, Long.MAX_VALUE));
        long mixed = 1;
        for (int i = 1; i < 40; i++) {
            mixed = mixed * 3 + i;
        }
        Console.println(mixed);
        Console.println(power(2, 62) - 1 + power(2, 62));
        Console.println(gcd(1_071_000_000_000L, 462_000_000_000L));
    }

    static long divide(long a, long b) {
        return a / b;
    }

    static long remainder(long a, long b) {
        return a % b;
    }

    static long factorial(int n) {
        long result = 1;
        for (int i = 2; i <= n; i++) {
            result *= i;
        }
        return result;
    }

    static int compare(long a, long b) {
        if (a < b) {
            return -1;
        }
        return a > b ? 1 : 0;
    }

    static long power(long base, int exponent) {
        long result = 1;
        while (exponent-- > 0) {
            result *= base;
        }
        return result;
    }

    static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
