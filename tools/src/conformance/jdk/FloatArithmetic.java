// float arithmetic bytecodes (fadd fsub fmul fdiv frem fneg fcmpl fcmpg) including NaN, infinities, -0.0f and frem signs.
public class FloatArithmetic {
    public static void main(String[] args) {
        float[] v = {0.0f, -0.0f, 1.0f, -1.5f, 3.25f, 1e-45f, Float.MIN_NORMAL, Float.MAX_VALUE, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.NaN};
        for (float a : v) {
            System.out.println(a + ": neg=" + (-a) + " half=" + (a / 2) + " sq=" + (a * a) + " +1=" + (a + 1) + " inv=" + (1 / a));
        }
        float[] d = {1.0f, -1.0f, 0.0f, -0.0f, 2.5f, Float.POSITIVE_INFINITY, Float.NaN};
        float[] n = {5.5f, -5.5f, 0.0f, -0.0f, Float.POSITIVE_INFINITY, 7.0f, 1e10f};
        for (float a : n) {
            StringBuilder sb = new StringBuilder("rem " + a + ":");
            for (float b : d) sb.append(' ').append(a % b);
            System.out.println(sb);
        }
        float nan = Float.NaN;
        System.out.println("nan==nan " + (nan == nan) + " nan!=nan " + (nan != nan) + " nan<1 " + (nan < 1) + " nan>1 " + (nan > 1) + " nan>=nan " + (nan >= nan));
        System.out.println("0==-0 " + (0.0f == -0.0f) + " equals " + Float.valueOf(0.0f).equals(-0.0f) + " compare " + Float.compare(0.0f, -0.0f) + " " + Float.compare(nan, Float.POSITIVE_INFINITY));
        System.out.println("1/-0 " + (1 / -0.0f) + " 0/0 " + (0.0f / 0.0f) + " inf-inf " + (Float.POSITIVE_INFINITY - Float.POSITIVE_INFINITY) + " inf*0 " + (Float.POSITIVE_INFINITY * 0));
        float sum = 0;
        for (int i = 0; i < 10; i++) sum += 0.1f;
        System.out.println("sum " + sum + " " + (sum == 1.0f));
        float big = 16777216f;
        System.out.println("ulp " + (big + 1) + " " + (big + 2) + " " + Math.ulp(big) + " " + Math.ulp(1.0f));
        System.out.println("rawbits " + Integer.toHexString(Float.floatToRawIntBits(-0.0f)) + " " + Integer.toHexString(Float.floatToIntBits(nan)) + " " + Float.intBitsToFloat(0x3f800001));
        System.out.println("denorm " + (Float.MIN_VALUE / 2) + " " + (Float.MIN_VALUE * 0.5f + Float.MIN_VALUE) + " " + (Float.MIN_NORMAL / 3));
        float third = 1f / 3f;
        System.out.println("third " + third + " x3 " + (third * 3) + " double " + (double) third);
    }
}
