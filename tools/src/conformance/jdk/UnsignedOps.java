// unsigned int/long arithmetic: toUnsignedString, divideUnsigned, remainderUnsigned, compareUnsigned, toUnsignedLong, Byte/Short unsigned views.
public class UnsignedOps {
    public static void main(String[] args) {
        int[] is = {0, 1, -1, -2, Integer.MAX_VALUE, Integer.MIN_VALUE, 0x80000001, 1000000000, -1000000000};
        for (int a : is) {
            StringBuilder sb = new StringBuilder(a + " u=" + Integer.toUnsignedString(a) + " ul=" + Integer.toUnsignedLong(a) + " hex=" + Integer.toUnsignedString(a, 16) + ":");
            for (int b : new int[]{1, 2, 3, 10, -1, Integer.MIN_VALUE}) {
                sb.append(' ').append(Integer.divideUnsigned(a, b)).append('r').append(Integer.remainderUnsigned(a, b)).append('c').append(Integer.compareUnsigned(a, b));
            }
            System.out.println(sb);
        }
        long[] ls = {0L, -1L, Long.MIN_VALUE, Long.MAX_VALUE, -10L, 1L << 40};
        for (long a : ls) {
            StringBuilder sb = new StringBuilder(a + " u=" + Long.toUnsignedString(a) + " b36=" + Long.toUnsignedString(a, 36) + ":");
            for (long b : new long[]{1L, 7L, -1L, Long.MIN_VALUE, 1L << 32}) {
                sb.append(' ').append(Long.divideUnsigned(a, b)).append('r').append(Long.remainderUnsigned(a, b)).append('c').append(Long.compareUnsigned(a, b));
            }
            System.out.println(sb);
        }
        System.out.println(Byte.toUnsignedInt((byte) -128) + " " + Byte.toUnsignedLong((byte) -1) + " " + Short.toUnsignedInt((short) -32768) + " " + Short.toUnsignedLong((short) -1));
        System.out.println(Integer.parseUnsignedInt("ffffffff", 16) + " " + Long.parseUnsignedLong("18446744073709551615") + " " + Long.parseUnsignedLong("8000000000000000", 16));
        try { Integer.divideUnsigned(1, 0); } catch (ArithmeticException e) { System.out.println("div0 " + e.getMessage()); }
        try { Long.remainderUnsigned(1, 0); } catch (ArithmeticException e) { System.out.println("rem0 " + e.getMessage()); }
        long sum = 0;
        for (int i = 0; i < 100; i++) sum += Integer.toUnsignedLong(i * 0x9E3779B9);
        System.out.println("sum " + sum + " " + Long.toUnsignedString(sum * 0x9E3779B97F4A7C15L));
    }
}
