// double arithmetic bytecodes (dadd dsub dmul ddiv drem dneg dcmpl dcmpg) including NaN, infinities, -0.0 and drem signs.
public class DoubleArithmetic {
    public static void main(String[] args) {
        double[] v = {0.0, -0.0, 1.0, -2.5, 0.1, 1e-320, Double.MIN_NORMAL, Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN};
        for (double a : v) {
            System.out.println(a + ": neg=" + (-a) + " /3=" + (a / 3) + " sq=" + (a * a) + " -0.1=" + (a - 0.1) + " inv=" + (1 / a));
        }
        double[] d = {1.0, -1.0, 0.0, -0.0, 0.3, Double.NEGATIVE_INFINITY, Double.NaN};
        double[] n = {5.5, -5.5, 0.0, -0.0, Double.POSITIVE_INFINITY, 1e300, 1.0};
        for (double a : n) {
            StringBuilder sb = new StringBuilder("rem " + a + ":");
            for (double b : d) sb.append(' ').append(a % b);
            System.out.println(sb);
        }
        double nan = Double.NaN;
        System.out.println((nan == nan) + " " + (nan < 0) + " " + (nan > 0) + " " + !(nan <= 0) + " " + Double.isNaN(nan * 0));
        System.out.println((0.0 == -0.0) + " " + Double.valueOf(0.0).equals(-0.0) + " " + Double.compare(-0.0, 0.0) + " " + Double.compare(nan, nan) + " " + Math.min(0.0, -0.0) + " " + Math.max(-0.0, 0.0));
        double s = 0;
        for (int i = 0; i < 10; i++) s += 0.1;
        System.out.println("sum " + s + " " + (s == 1.0) + " 0.1+0.2=" + (0.1 + 0.2) + " 0.3-0.1=" + (0.3 - 0.1));
        System.out.println("bits " + Long.toHexString(Double.doubleToRawLongBits(-0.0)) + " " + Long.toHexString(Double.doubleToLongBits(nan)) + " " + Double.longBitsToDouble(0x3ff0000000000001L));
        System.out.println("2^53 " + (9007199254740992.0 + 1) + " " + (9007199254740992.0 + 2) + " ulp " + Math.ulp(1.0) + " " + Math.ulp(1e300));
        System.out.println("denorm " + (Double.MIN_VALUE / 2) + " " + (Double.MIN_VALUE * 3) + " " + (Double.MIN_NORMAL / 1024));
        double x = 1;
        for (int i = 0; i < 12; i++) { x = x * 3.7 - 1.1; System.out.print(x + " "); }
        System.out.println();
        System.out.println("overflow " + (Double.MAX_VALUE * 2) + " " + (-Double.MAX_VALUE * 2) + " " + (Double.MAX_VALUE + 1e292));
    }
}
