// Math: abs, min/max (NaN, -0.0), floor/ceil/rint/round edge cases, sqrt, cbrt, pow, hypot, signum, copySign, nextUp/nextAfter, scalb, getExponent, fma.
public class MathFunctions {
    public static void main(String[] args) {
        double[] ds = {0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 0.49999999999999994, 4503599627370497.0, 1e20, -1e20, Double.NaN, Double.POSITIVE_INFINITY, Double.MIN_VALUE};
        for (double d : ds) {
            System.out.println(d + ": abs=" + Math.abs(d) + " floor=" + Math.floor(d) + " ceil=" + Math.ceil(d) + " rint=" + Math.rint(d) + " round=" + Math.round(d)
                + " roundf=" + Math.round((float) d) + " signum=" + Math.signum(d) + " sqrt=" + Math.sqrt(d));
        }
        System.out.println(Math.abs(Integer.MIN_VALUE) + " " + Math.abs(Long.MIN_VALUE) + " " + Math.abs(-0.0f) + " " + Math.abs(-7));
        System.out.println(Math.min(1.0, Double.NaN) + " " + Math.max(Double.NaN, 1.0) + " " + Math.min(-0.0, 0.0) + " " + Math.max(-0.0, 0.0) + " " + Math.min(-0.0f, 0.0f) + " " + Math.min(3L, -3L));
        System.out.println(Math.pow(2, 10) + " " + Math.pow(2, -1) + " " + Math.pow(-8, 1.0 / 3) + " " + Math.pow(0, 0) + " " + Math.pow(Double.NaN, 0) + " " + Math.pow(-2, 3) + " " + Math.pow(10, 15) + " " + Math.pow(1, Double.POSITIVE_INFINITY));
        System.out.println(Math.sqrt(2) + " " + Math.sqrt(-1) + " " + Math.cbrt(27) + " " + Math.cbrt(-8) + " " + Math.hypot(3, 4) + " " + Math.hypot(1e300, 1e300));
        System.out.println(Math.copySign(3.0, -0.0) + " " + Math.copySign(-2.0f, 1f) + " " + Math.nextUp(1.0) + " " + Math.nextDown(1.0) + " " + Math.nextAfter(0.0, -1) + " " + Math.nextUp(Float.MAX_VALUE));
        System.out.println(Math.scalb(1.0, 10) + " " + Math.scalb(3.0f, -2) + " " + Math.getExponent(1024.0) + " " + Math.getExponent(0.1f) + " " + Math.getExponent(0.0) + " " + Math.getExponent(Double.MIN_VALUE));
        System.out.println(Math.fma(2.0, 3.0, 1.0) + " " + Math.fma(0.1, 10, -1) + " " + Math.fma(1e308, 10, -1e308) + " " + Math.fma(1.5f, 2f, 0.25f));
        System.out.println(Math.IEEEremainder(10, 3) + " " + Math.IEEEremainder(11, 3) + " " + (10 % 3.0) + " " + Math.IEEEremainder(-10, 3));
        System.out.println(Math.toRadians(180) + " " + Math.toDegrees(Math.PI) + " " + Math.PI + " " + Math.E);
        System.out.println(Math.max(0, Math.min(15, 10)) + " " + Math.ulp(0.0) + " " + Math.ulp(Double.MAX_VALUE) + " " + Math.signum(-3f));
        System.out.println(Math.floorDiv(-7, 2) + " " + Math.floorMod(-7, 2) + " " + (-7 / 2) + " " + (-7 % 2) + " " + Math.floorDiv(7L, -2L) + " " + Math.floorMod(7, -2) + " " + Math.floorMod(-7L, 3));
        System.out.println(Math.absExact(-5) + " " + Math.negateExact(-5L) + " " + Math.toIntExact(123L) + " " + Math.multiplyHigh(Long.MAX_VALUE, 3L) + " " + Math.multiplyFull(Integer.MAX_VALUE, Integer.MAX_VALUE));
    }
}
