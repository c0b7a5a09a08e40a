// conversion bytecodes i2l i2f i2d l2i l2f l2d f2i f2l f2d d2i d2l d2f i2b i2c i2s with NaN, saturation and rounding.
public class PrimitiveConversions {
    public static void main(String[] args) {
        double[] ds = {0.0, -0.0, 0.5, -0.5, 1.9999, -1.9999, 2147483647.5, 2147483648.0, -2147483649.0, 1e19, -1e19, 9.223372036854776E18,
                Double.MAX_VALUE, Double.MIN_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN};
        for (double d : ds) {
            System.out.println("d " + d + " -> i=" + (int) d + " l=" + (long) d + " f=" + (float) d + " s=" + (short) d + " b=" + (byte) d + " c=" + (int) (char) d);
        }
        float[] fs = {0.7f, -0.7f, 3e9f, -3e9f, 1e20f, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, 16777217f};
        for (float f : fs) {
            System.out.println("f " + f + " -> i=" + (int) f + " l=" + (long) f + " d=" + (double) f);
        }
        int[] is = {0, 127, 128, 255, 256, -129, 32767, 32768, 65535, 65536, -1, 16777217, Integer.MAX_VALUE, Integer.MIN_VALUE};
        for (int i : is) {
            System.out.println("i " + i + " -> b=" + (byte) i + " s=" + (short) i + " c=" + (int) (char) i + " f=" + (float) i + " d=" + (double) i + " l=" + (long) i);
        }
        long[] ls = {0L, 1L << 31, (1L << 32) + 5, -1L, Long.MAX_VALUE, Long.MIN_VALUE, (1L << 53) + 1, (1L << 24) + 1};
        for (long l : ls) {
            System.out.println("l " + l + " -> i=" + (int) l + " f=" + (float) l + " d=" + (double) l + " s=" + (short) l);
        }
        char c = '\uffff';
        System.out.println("char " + (int) c + " " + (short) c + " " + (byte) c + " " + (int) (char) -1 + " " + (c + 1));
        byte b = (byte) 200;
        short sh = (short) 40000;
        System.out.println("narrow " + b + " " + sh + " " + (b & 0xff) + " " + (sh & 0xffff) + " " + (char) (b & 0x7f));
        b += 100; sh *= 3;
        System.out.println("compound " + b + " " + sh);
    }
}
