import org.keelvm.hal.Console;

// Hardware traps and runtime checks become Java exceptions that the program catches and survives.
public class RuntimeTraps {
    static class Failure extends RuntimeException {
        final int code;
        Failure(int code) { this.code = code; }
    }

    static int zero = 0;
    static int depth;

    static int divide(int a, int b) { return a / b; }
    static long divideLong(long a, long b) { return a % b; }
    static int recurse(int n) { depth++; return recurse(n + 1) + 1; }
    static void thrower(int code) { throw new Failure(code); }
    static int nested(int code) {
        try {
            thrower(code);
            return 0;
        } finally {
            Console.println(1000 + code);
        }
    }

    public static void main(String[] args) {
        Console.println("/ by zero");
        try { Console.println(divide(7, zero)); } catch (ArithmeticException e) { Console.println(e.getMessage()); }
        try { Console.println(divideLong(7, zero)); } catch (ArithmeticException e) { Console.println(e.getMessage()); }
        try { Object o = null; Console.println(o.hashCode()); } catch (NullPointerException e) { Console.println(1); }
        try { int[] a = null; Console.println(a.length); } catch (NullPointerException e) { Console.println(2); }
        try { Failure f = null; Console.println(f.code); } catch (NullPointerException e) { Console.println(3); }
        try { throw null; } catch (NullPointerException e) { Console.println(4); }
        try { Console.println(recurse(0)); } catch (StackOverflowError e) { Console.println(depth > 1000 ? 5 : -5); }
        depth = 0;
        try { Console.println(recurse(0)); } catch (StackOverflowError e) { Console.println(depth > 1000 ? 6 : -6); }
        try { nested(7); } catch (Failure f) { Console.println(f.code); }
        try { int[] a = new int[-1]; Console.println(a.length); } catch (NegativeArraySizeException e) { Console.println(e.getMessage()); }
        try { Object[] objects = new Integer[1]; objects[0] = "x"; } catch (ArrayStoreException e) { Console.println(e.getMessage()); }
        int caught = 0;
        for (int i = 0; i < 100; i++) {
            try { thrower(i); } catch (Failure f) { caught += f.code; }
        }
        Console.println(caught);
    }
}
