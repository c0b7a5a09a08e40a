// invokestatic and invokespecial: argument passing of every type and mixed widths, many arguments, recursion, private and super calls.
public class StaticAndSpecialCalls {
    static String all(boolean z, byte b, char c, short s, int i, long l, float f, double d, Object o) {
        return z + " " + b + " " + c + " " + s + " " + i + " " + l + " " + f + " " + d + " " + o;
    }
    static long mix(int a, long b, int c, double d, int e, float f, long g, int h, double i, int j, long k, int m) {
        return a + b * 2 + c * 3 + (long) (d * 4) + e * 5 + (long) (f * 6) + g * 7 + h * 8 + (long) (i * 9) + j * 10 + k * 11 + m * 12;
    }
    static double dsum(double a, double b, double c, double d, double e, double f, double g, double h, double i, double j) {
        return a + b * 2 + c * 3 + d * 4 + e * 5 + f * 6 + g * 7 + h * 8 + i * 9 + j * 10;
    }
    static int fib(int n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
    static long ack(long m, long n) { return m == 0 ? n + 1 : n == 0 ? ack(m - 1, 1) : ack(m - 1, ack(m, n - 1)); }
    static int gcd(int a, int b) { return b == 0 ? a : gcd(b, a % b); }
    static void noop() { }
    static int sumVarargs(int... xs) { int s = 0; for (int x : xs) s += x; return s + xs.length * 1000; }

    private int secret = 11;
    private int peek(int add) { return secret + add; }
    static class Base { String hello() { return "Base.hello"; } }
    static class Sub extends Base {
        String hello() { return "Sub.hello"; }
        String both() { return hello() + "/" + super.hello(); }
    }

    public static void main(String[] args) {
        System.out.println(all(true, (byte) -3, 'q', (short) 300, -77, 1L << 50, 0.25f, -1e-7, "obj"));
        System.out.println(all(false, Byte.MAX_VALUE, '\u0041', Short.MIN_VALUE, Integer.MIN_VALUE, Long.MAX_VALUE, Float.NaN, Double.NEGATIVE_INFINITY, null));
        System.out.println(mix(1, 2L, 3, 4.5, 5, 6.5f, 7L, 8, 9.5, 10, 11L, 12));
        System.out.println(mix(-1, Long.MIN_VALUE, Integer.MAX_VALUE, -0.75, 0, 1e3f, -1L, 2, 3.25, 4, 5L, 6));
        System.out.println(dsum(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0));
        for (int n = 0; n <= 20; n += 4) System.out.print(fib(n) + " ");
        System.out.println();
        System.out.println("ack " + ack(2, 3) + " " + ack(3, 3) + " gcd " + gcd(1071, 462) + " " + gcd(17, 5));
        for (int i = 0; i < 1000; i++) noop();
        System.out.println("varargs " + sumVarargs() + " " + sumVarargs(1) + " " + sumVarargs(1, 2, 3) + " " + sumVarargs(new int[]{4, 5}));
        StaticAndSpecialCalls me = new StaticAndSpecialCalls();
        System.out.println("private " + me.peek(4) + " " + me.secret);
        System.out.println(new Sub().both() + " " + ((Base) new Sub()).hello());
        System.out.println(Math.max(3, 9) + " " + Integer.toString(255, 16) + " " + String.valueOf(3.5) + " " + Long.numberOfTrailingZeros(64));
    }
}
