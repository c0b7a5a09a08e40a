// long arithmetic bytecodes (ladd lsub lmul ldiv lrem lneg lshl lshr lushr land lor lxor lcmp) at overflow and sign edges.
public class LongArithmeticEdges {
    public static void main(String[] args) {
        long[] values = {0L, 1L, -1L, 3L, -3L, 1L << 32, (1L << 32) - 1, Long.MAX_VALUE, Long.MIN_VALUE, 0x123456789ABCDEFL, -0x123456789ABCDEFL};
        for (long a : values) {
            System.out.println(a + ": neg=" + (-a) + " x7=" + (a * 7) + " +max=" + (a + Long.MAX_VALUE) + " hi=" + (a >>> 32) + " lo=" + (int) a);
        }
        long[] divisors = {1, -1, 3, -3, 10, 1L << 33, Long.MAX_VALUE, Long.MIN_VALUE};
        for (long a : values) {
            StringBuilder sb = new StringBuilder("div " + a + ":");
            for (long b : divisors) sb.append(' ').append(a / b).append('r').append(a % b);
            System.out.println(sb);
        }
        System.out.println("MIN/-1=" + (Long.MIN_VALUE / -1L) + " MIN%-1=" + (Long.MIN_VALUE % -1L));
        for (int s = -65; s <= 130; s += 13) {
            System.out.println("shift " + s + ": " + (1L << s) + " " + (-1L >> s) + " " + (-1L >>> s) + " " + (0x8000000000000001L >> s));
        }
        long x = 0xF0F0F0F0F0F0F0F0L, y = 0x00FF00FF00FF00FFL;
        System.out.println((x & y) + " " + (x | y) + " " + (x ^ y) + " " + (~x));
        for (long a : new long[]{-2, -1, 0, 1, 2}) {
            for (long b : new long[]{-1, 0, 1}) System.out.print(Long.compare(a, b) + "" + (a < b) + (a == b) + (a > b) + " ");
            System.out.println();
        }
        long f = 1;
        for (int i = 1; i <= 25; i++) { f *= i; System.out.print(f + (i % 5 == 0 ? "\n" : " ")); }
        long mixed = 5 + 3L * Integer.MAX_VALUE - (long) Integer.MIN_VALUE * 2;
        System.out.println("mixed=" + mixed + " intmul=" + (Integer.MAX_VALUE * 2) + " longmul=" + (Integer.MAX_VALUE * 2L));
    }
}
