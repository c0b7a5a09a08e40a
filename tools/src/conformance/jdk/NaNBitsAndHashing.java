// floating-point bit patterns: floatToIntBits (canonical NaN) vs floatToRawIntBits, NaN payloads through longBitsToDouble/arrays/fields/locals, float<->double conversion of NaNs, hashCode/equals of -0.0 and NaN in wrappers, records and collections, Math.min/max with signed zeros, and Float.intBitsToFloat round trips of every class of value.
import java.util.*;

public class NaNBitsAndHashing {
    record Pt(double x, float y) {}
    static double fieldD;
    static float fieldF;

    public static void main(String[] args) {
        long[] payloads = {0x7ff8000000000000L, 0x7ff8000000000001L, 0xfff8000000000000L, 0x7ffc000000000123L, 0xfffffffffffffffFL, 0x7ff0000000000000L, 0x8000000000000000L};
        for (long p : payloads) {
            double d = Double.longBitsToDouble(p);
            double[] arr = {d};
            fieldD = d;
            Object boxed = d;
            System.out.println(String.format("bits %016x raw=%016x canon=%016x arr=%016x field=%016x boxed=%016x isNaN=%b hash=%d toFloat=%08x",
                    p, Double.doubleToRawLongBits(d), Double.doubleToLongBits(d), Double.doubleToRawLongBits(arr[0]), Double.doubleToRawLongBits(fieldD),
                    Double.doubleToRawLongBits((Double) boxed), Double.isNaN(d), Double.hashCode(d), Float.floatToRawIntBits((float) d)));
        }
        int[] fpay = {0x7fc00000, 0x7fc00001, 0xffc00000, 0x7fe00abc, 0xffffffff, 0x7f800000, 0x80000000};
        for (int p : fpay) {
            float f = Float.intBitsToFloat(p);
            float[] arr = {f};
            fieldF = f;
            System.out.println(String.format("fbits %08x raw=%08x canon=%08x arr=%08x field=%08x toDouble=%016x back=%08x hash=%d",
                    p, Float.floatToRawIntBits(f), Float.floatToIntBits(f), Float.floatToRawIntBits(arr[0]), Float.floatToRawIntBits(fieldF),
                    Double.doubleToRawLongBits(f), Float.floatToRawIntBits((float) (double) f), Float.hashCode(f)));
        }
        double nz = -0.0, pz = 0.0, nan = Double.NaN, nan2 = Double.longBitsToDouble(0x7ff8000000000abcL);
        System.out.println("== " + (nz == pz) + " " + (nan == nan) + " equals " + Double.valueOf(nz).equals(pz) + " " + Double.valueOf(nan).equals(nan2) + " compare " + Double.compare(nz, pz) + " " + Double.compare(nan, Double.POSITIVE_INFINITY) + " " + Double.compare(nan, nan2));
        System.out.println("hash -0.0 " + Double.hashCode(nz) + " 0.0 " + Double.hashCode(pz) + " NaN " + Double.hashCode(nan) + " NaN2 " + Double.hashCode(nan2) + " float -0 " + Float.hashCode(-0.0f));
        System.out.println("records eq " + new Pt(nz, 0f).equals(new Pt(pz, 0f)) + " " + new Pt(nan, Float.NaN).equals(new Pt(nan2, Float.intBitsToFloat(0x7fc00001))) + " hash " + new Pt(1.5, 2.5f).hashCode() + " " + new Pt(nan, Float.NaN).hashCode() + " " + new Pt(nz, -0f).hashCode() + " str " + new Pt(nz, Float.NaN));
        Set<Double> set = new HashSet<>(List.of(0.0, 1.0));
        set.add(-0.0); set.add(nan); set.add(nan2);
        System.out.println("HashSet " + new TreeSet<>(set) + " size " + set.size() + " contains -0.0 " + set.contains(-0.0));
        System.out.println("list indexOf NaN " + Arrays.asList(1.0, nan).indexOf(nan2) + " arrays equals " + Arrays.equals(new double[]{nan}, new double[]{nan2}) + " " + Arrays.equals(new double[]{0.0}, new double[]{-0.0}) + " hash " + Arrays.hashCode(new double[]{nz, nan}));
        System.out.println("min/max " + Math.min(nz, pz) + " " + Math.max(nz, pz) + " " + Math.min(pz, nz) + " " + Math.max(pz, nz) + " " + Math.min(nan, 1) + " " + Math.max(-0.0f, 0.0f) + " " + Math.min(-0.0f, 0.0f) + " " + StrictMath.max(nz, pz));
        System.out.println("abs -0.0 " + Math.abs(nz) + " " + Math.abs(-0.0f) + " signum " + Math.signum(nz) + " " + Math.signum(nan) + " copySign " + Math.copySign(1.0, nz) + " " + Math.copySign(1.0, nan) + " " + StrictMath.copySign(1.0, Double.longBitsToDouble(0xfff8000000000000L)));
        System.out.println("arith signs " + (nz + pz) + " " + (nz + nz) + " " + (pz - pz) + " " + (nz * -1) + " " + (1 / nz) + " " + (nz / 1e308 / 1e308) + " " + (-nz) + " " + (0.0 - nz) + " " + (nz - 0.0));
        System.out.println("rounding -0 " + Math.round(-0.4) + " " + Math.rint(-0.4) + " " + Math.ceil(-0.4) + " " + Math.floor(-0.0) + " " + (long) -0.9 + " " + (int) nan + " " + (long) Float.NaN);
        int same = 0;
        int[] classes = {0, 1, 0x007fffff, 0x00800000, 0x3f800000, 0x7f7fffff, 0x7f800000, 0x80000001, 0xbf800000, 0xff800000};
        for (int b : classes) if (Float.floatToRawIntBits(Float.intBitsToFloat(b)) == b) same++;
        System.out.println("float bit round trips " + same + "/" + classes.length);
        long[] dcls = {0L, 1L, 0x000fffffffffffffL, 0x0010000000000000L, 0x3ff0000000000000L, 0x7fefffffffffffffL, 0x7ff0000000000000L, 0x8000000000000001L};
        same = 0;
        for (long b : dcls) if (Double.doubleToRawLongBits(Double.longBitsToDouble(b)) == b) same++;
        System.out.println("double bit round trips " + same + "/" + dcls.length);
        System.out.println("toString NaN variants " + Double.longBitsToDouble(0xfff8000000000000L) + " " + Float.intBitsToFloat(0xffc00001) + " -0 " + (-0.0f) + " " + String.valueOf(nz) + " " + Double.toHexString(Double.longBitsToDouble(0x7ff8000000000abcL)));
        System.out.println("isFinite/isInfinite " + Double.isFinite(Double.MAX_VALUE) + " " + Double.isInfinite(nan) + " " + Float.isFinite(Float.MIN_VALUE) + " " + Double.isNaN(0.0 / 0.0) + " " + Double.isNaN(Double.POSITIVE_INFINITY - Double.POSITIVE_INFINITY));
    }
}
