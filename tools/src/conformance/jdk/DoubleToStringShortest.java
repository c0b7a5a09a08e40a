// Double.toString: shortest-uniquely-distinguishing digits, scientific notation thresholds (1e-3, 1e7), powers of ten, subnormals, round trips.
public class DoubleToStringShortest {
    public static void main(String[] args) {
        double[] ds = {0.1, 0.2, 0.3, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 100.0, 1e6, 9999999.0, 1e7, 12345678.9, 0.001, 0.0009999, 1e-4, 123.456,
                1e21, 1e22, 1e23, 5e-324, 2.2250738585072014E-308, 1.7976931348623157E308, 4.35, 2.675, 1.005, 9007199254740993.0,
                0.1f, 100.0 / 7, Math.PI * 1e10, Math.E / 1e10, 1234567.0, 2e-3, 8.41e21, 5.0E-5, 1.0E-5, 123456789012.0};
        for (double d : ds) {
            String s = Double.toString(d);
            System.out.println(s + " " + (Double.parseDouble(s) == d) + " " + (-d));
        }
        for (int e = -8; e <= 24; e += 2) System.out.print(StrictMath.pow(10, e) + " ");
        System.out.println();
        for (int k = 1; k <= 20; k++) System.out.print((k / 10.0) + " ");
        System.out.println();
        double x = 1;
        for (int k = 0; k < 12; k++) { x /= 3; System.out.print(x + " "); }
        System.out.println();
        System.out.println(Double.toString(-0.0) + " " + Double.NaN + " " + Double.NEGATIVE_INFINITY + " " + Double.MIN_NORMAL + " " + Math.nextUp(0.0) + " " + Math.nextUp(1.0) + " " + Math.nextDown(1.0));
        System.out.println(Double.toHexString(1.0) + " " + Double.toHexString(-0.1) + " " + Double.toHexString(Double.MIN_VALUE) + " " + Double.toHexString(Double.MAX_VALUE) + " " + Double.toHexString(0.0));
        long bits = 0x3FF0000000000000L;
        for (int k = 0; k < 8; k++) System.out.print(Double.longBitsToDouble(bits + k * 12345L) + " ");
        System.out.println();
    }
}
