// Math.floorDiv/floorMod (int, long, mixed long/int overloads) across signs and MIN_VALUE, multiplyHigh/multiplyFull, absExact/negateExact/toIntExact, fma, IEEEremainder, ulp/nextDown, and StrictMath agreeing with Math where results are exact.
public class FloorModAndHighMultiply {
    public static void main(String[] args) {
        int[] xs = {7, -7, 0, 1, -1, Integer.MAX_VALUE, Integer.MIN_VALUE};
        int[] ys = {3, -3, 1, -1, 2, Integer.MIN_VALUE};
        for (int x : xs) {
            StringBuilder sb = new StringBuilder("x=" + x + ":");
            for (int y : ys) sb.append(' ').append(Math.floorDiv(x, y)).append('/').append(Math.floorMod(x, y)).append('/').append(x / y).append('/').append(x % y);
            System.out.println(sb);
        }
        long[] lx = {Long.MIN_VALUE, -10L, 10L, Long.MAX_VALUE};
        for (long x : lx) {
            System.out.println("L " + x + ": " + Math.floorDiv(x, 3L) + " " + Math.floorMod(x, 3L) + " " + Math.floorDiv(x, -4) + " " + Math.floorMod(x, -4) + " " + Math.floorMod(x, Integer.MIN_VALUE) + " " + Math.floorDiv(x, -1L));
        }
        try { Math.floorMod(5, 0); } catch (ArithmeticException e) { System.out.println("floorMod 0: " + e.getMessage()); }
        try { Math.floorDiv(5L, 0); } catch (ArithmeticException e) { System.out.println("floorDiv 0: " + e.getMessage()); }
        long[][] mh = {{Long.MAX_VALUE, Long.MAX_VALUE}, {Long.MIN_VALUE, Long.MIN_VALUE}, {Long.MIN_VALUE, -1}, {-1, -1}, {0x123456789abcdefL, 0xfedcba987654321L}, {-5, 7}, {1L << 32, 1L << 32}};
        for (long[] p : mh) System.out.println("multiplyHigh " + p[0] + "*" + p[1] + " = " + Math.multiplyHigh(p[0], p[1]) + " low " + (p[0] * p[1]));
        System.out.println("multiplyFull " + Math.multiplyFull(Integer.MAX_VALUE, Integer.MAX_VALUE) + " " + Math.multiplyFull(Integer.MIN_VALUE, Integer.MIN_VALUE) + " " + Math.multiplyFull(-3, 5));
        System.out.println("multiplyExact(long,int) " + Math.multiplyExact(1L << 40, 1000));
        int[] ae = {5, -5, 0, Integer.MAX_VALUE, Integer.MIN_VALUE};
        for (int a : ae) {
            String r;
            try { r = String.valueOf(Math.absExact(a)); } catch (ArithmeticException e) { r = "AE(" + e.getMessage() + ")"; }
            String n;
            try { n = String.valueOf(Math.negateExact(a)); } catch (ArithmeticException e) { n = "AE(" + e.getMessage() + ")"; }
            System.out.println("absExact " + a + " -> " + r + " negateExact -> " + n + " abs -> " + Math.abs(a));
        }
        try { Math.absExact(Long.MIN_VALUE); } catch (ArithmeticException e) { System.out.println("absExact long: " + e.getMessage()); }
        try { Math.toIntExact(1L << 31); } catch (ArithmeticException e) { System.out.println("toIntExact: " + e.getMessage()); }
        try { Math.incrementExact(Long.MAX_VALUE); } catch (ArithmeticException e) { System.out.println("incrementExact: " + e.getMessage()); }
        try { Math.decrementExact(Integer.MIN_VALUE); } catch (ArithmeticException e) { System.out.println("decrementExact: " + e.getMessage()); }
        System.out.println("fma " + Math.fma(0.1, 10.0, -1.0) + " " + (0.1 * 10.0 - 1.0) + " " + Math.fma(1e308, 10.0, -1e308) + " " + Math.fma(2.0f, 3.0f, 1.0f) + " " + Math.fma(Double.MIN_VALUE, 0.5, 0.0) + " " + Math.fma(-0.0, 1.0, 0.0) + " " + Math.fma(Double.POSITIVE_INFINITY, 0.0, 1.0));
        float fa = 0x1.000002p0f;
        System.out.println("fma float " + Math.fma(fa, fa, -1.0f) + " vs " + (fa * fa - 1.0f));
        double[][] ie = {{5, 3}, {-5, 3}, {5.5, 2}, {6.5, 2}, {7.5, 2}, {1, 0}, {Double.POSITIVE_INFINITY, 2}, {3, Double.POSITIVE_INFINITY}, {-0.0, 1}, {4, 2}, {-4, 2}};
        for (double[] p : ie) System.out.println("IEEEremainder(" + p[0] + "," + p[1] + ") = " + Math.IEEEremainder(p[0], p[1]) + " % = " + (p[0] % p[1]) + " strict = " + StrictMath.IEEEremainder(p[0], p[1]));
        double[] us = {1.0, 0.0, -0.0, Double.MAX_VALUE, Double.MIN_VALUE, 1e-310, 1024.0, Double.POSITIVE_INFINITY, Double.NaN};
        for (double u : us) System.out.println("ulp " + u + " = " + Math.ulp(u) + " nextDown " + Math.nextDown(u) + " nextUp " + Math.nextUp(u) + " exp " + Math.getExponent(u) + " scalb " + Math.scalb(u, -1074) + " " + Math.scalb(u, 2000));
        System.out.println("float ulp " + Math.ulp(1.0f) + " " + Math.ulp(Float.MAX_VALUE) + " " + Math.nextDown(Float.MIN_VALUE) + " " + Math.nextAfter(1.0f, 2.0) + " " + Math.nextAfter(-0.0f, 0.0) + " " + Math.nextAfter(0.0, -0.0));
        double[] exact = {0.0, 1.0, 4.0, 2.25, 1e-300, 0x1p-1074, 1e300, 144.0};
        for (double e : exact) {
            boolean same = Math.sqrt(e) == StrictMath.sqrt(e) && Math.cbrt(e * e * e) == StrictMath.cbrt(e * e * e)
                    && Math.floor(e) == StrictMath.floor(e) && Math.rint(e + 0.5) == StrictMath.rint(e + 0.5) && Math.abs(-e) == StrictMath.abs(-e);
            System.out.println("strict same " + e + ": " + same + " sqrt=" + Math.sqrt(e) + " cbrt=" + StrictMath.cbrt(e * e * e));
        }
        System.out.println("pow exact " + Math.pow(2, 10) + " " + StrictMath.pow(2, -1074) + " " + Math.pow(-2, 3) + " " + Math.pow(-8, 1.0 / 3) + " " + Math.pow(0.0, -1) + " " + Math.pow(-0.0, -3) + " " + Math.pow(Double.NaN, 0) + " " + Math.pow(1, Double.NaN));
    }
}
