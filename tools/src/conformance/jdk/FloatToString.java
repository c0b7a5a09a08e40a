// Float.toString: shortest digits for float, thresholds, float vs double widening output, subnormals, toHexString, parseFloat round trips.
public class FloatToString {
    public static void main(String[] args) {
        float[] fs = {0.1f, 0.2f, 0.3f, 0.1f + 0.2f, 1f / 3, 100f, 1e6f, 9999999f, 1e7f, 1.0e-3f, 9.99e-4f, 3.4028235e38f, 1.4e-45f, 1.17549435E-38f,
                16777216f, 16777217f, 123.456f, 2.5f, 1.1f, 3.3f, (float) Math.PI, (float) Math.E, 33554432f, 0.5f, 7e-10f};
        for (float f : fs) {
            String s = Float.toString(f);
            System.out.println(s + " " + (Float.parseFloat(s) == f) + " widened=" + (double) f + " " + Float.toHexString(f));
        }
        for (int k = 1; k <= 20; k++) System.out.print((k / 10f) + " ");
        System.out.println();
        float x = 1f;
        for (int k = 0; k < 10; k++) { x *= 1.1f; System.out.print(x + " "); }
        System.out.println();
        System.out.println(Float.toString(-0f) + " " + Float.NaN + " " + Float.POSITIVE_INFINITY + " " + Float.MIN_NORMAL + " " + Math.nextUp(1f) + " " + Math.nextDown(1f));
        int bits = 0x3f800000;
        for (int k = 0; k < 6; k++) System.out.print(Float.intBitsToFloat(bits + k * 777) + " ");
        System.out.println();
        System.out.println(Float.intBitsToFloat(0x7fc00000) + " " + Float.floatToIntBits(Float.intBitsToFloat(0x7f800001)) + " " + Integer.toHexString(Float.floatToIntBits(-1f)));
        System.out.println(Float.compare(1f, 2f) + " " + Float.max(-0f, 0f) + " " + Float.sum(0.1f, 0.2f) + " " + Float.isFinite(1f / 0) + " " + Float.isInfinite(-1f / 0));
    }
}
