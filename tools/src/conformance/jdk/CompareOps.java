// comparison and branch bytecodes: if_icmp*, if*, lcmp, fcmpl/fcmpg, dcmpl/dcmpg, if_acmp*, ifnull/ifnonnull.
public class CompareOps {
    static String bits(boolean... bs) { StringBuilder sb = new StringBuilder(); for (boolean b : bs) sb.append(b ? '1' : '0'); return sb.toString(); }

    public static void main(String[] args) {
        int[] ints = {Integer.MIN_VALUE, -1, 0, 1, Integer.MAX_VALUE};
        for (int a : ints) {
            StringBuilder sb = new StringBuilder("int " + a + ":");
            for (int b : ints) sb.append(' ').append(bits(a < b, a <= b, a == b, a != b, a >= b, a > b));
            sb.append(" z=").append(bits(a < 0, a <= 0, a == 0, a != 0, a >= 0, a > 0));
            System.out.println(sb);
        }
        long[] longs = {Long.MIN_VALUE, -1L, 0L, 1L << 32, Long.MAX_VALUE};
        for (long a : longs) {
            StringBuilder sb = new StringBuilder("long " + a + ":");
            for (long b : longs) sb.append(' ').append(bits(a < b, a <= b, a == b, a != b, a >= b, a > b));
            System.out.println(sb);
        }
        float[] floats = {Float.NEGATIVE_INFINITY, -0.0f, 0.0f, 1.5f, Float.NaN};
        for (float a : floats) {
            StringBuilder sb = new StringBuilder("float " + a + ":");
            for (float b : floats) sb.append(' ').append(bits(a < b, a <= b, a == b, a != b, a >= b, a > b));
            System.out.println(sb);
        }
        double[] doubles = {-1e308, -0.0, 0.0, Double.MIN_VALUE, Double.POSITIVE_INFINITY, Double.NaN};
        for (double a : doubles) {
            StringBuilder sb = new StringBuilder("double " + a + ":");
            for (double b : doubles) sb.append(' ').append(bits(a < b, a <= b, a == b, a != b, a >= b, a > b));
            System.out.println(sb);
        }
        Object o1 = new Object(), o2 = new Object(), n = null;
        Object o3 = o1;
        System.out.println("ref " + bits(o1 == o2, o1 == o3, o1 != o2, n == null, o1 == null, n != null));
        String s1 = "abc", s2 = "ab" + "c", s3 = new String("abc");
        System.out.println("strings " + bits(s1 == s2, s1 == s3, s1.equals(s3), s1 == s3.intern()));
        char c1 = 'a', c2 = '\u00ff';
        System.out.println("char " + bits(c1 < c2, (byte) c2 < 0, (short) 0xffff < 0, c2 > (char) -1));
    }
}
