// Integer/Long bit-twiddling library methods and shift/mask idioms: bitCount, rotate, reverse, highestOneBit, numberOfLeadingZeros.
public class BitwiseAndShifts {
    public static void main(String[] args) {
        int[] is = {0, 1, -1, 7, 0x80000000, 0x7fffffff, 0x12345678, 0xF000000F, 1 << 16};
        for (int i : is) {
            System.out.println(i + " bc=" + Integer.bitCount(i) + " nlz=" + Integer.numberOfLeadingZeros(i) + " ntz=" + Integer.numberOfTrailingZeros(i)
                + " hob=" + Integer.highestOneBit(i) + " lob=" + Integer.lowestOneBit(i) + " rl=" + Integer.rotateLeft(i, 9) + " rr=" + Integer.rotateRight(i, 9)
                + " rev=" + Integer.reverse(i) + " revb=" + Integer.reverseBytes(i) + " sig=" + Integer.signum(i));
        }
        long[] ls = {0L, 1L, -1L, 0x8000000000000000L, 0x0123456789ABCDEFL, 1L << 40};
        for (long l : ls) {
            System.out.println(l + " bc=" + Long.bitCount(l) + " nlz=" + Long.numberOfLeadingZeros(l) + " ntz=" + Long.numberOfTrailingZeros(l)
                + " hob=" + Long.highestOneBit(l) + " rl=" + Long.rotateLeft(l, 13) + " rev=" + Long.reverse(l) + " revb=" + Long.reverseBytes(l));
        }
        System.out.println(Short.reverseBytes((short) 0x1234) + " " + (int) Character.reverseBytes('\u1234') + " " + Short.toUnsignedInt((short) -1) + " " + Byte.toUnsignedInt((byte) -1));
        int x = 0b1011_0110;
        System.out.println((x & -x) + " " + (x & (x - 1)) + " " + (x | (x + 1)) + " " + (~x & (x + 1)) + " " + (x >> 2 << 2) + " " + 0b1111 + " " + 0_17 + " " + 0x1p4);
        int packed = 0;
        for (int i = 0; i < 8; i++) packed |= (i & 0xF) << (i * 4);
        System.out.println(Integer.toHexString(packed));
        for (int i = 0; i < 8; i++) System.out.print(((packed >>> (i * 4)) & 0xF) + " ");
        System.out.println();
        long mask = 0;
        for (int i = 0; i < 64; i += 3) mask |= 1L << i;
        System.out.println(Long.toBinaryString(mask) + " " + Long.bitCount(mask));
        boolean t = true, f = false;
        System.out.println((t & f) + " " + (t | f) + " " + (t ^ t) + " " + (!t) + " " + (t ^ f));
        int gray = 0;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) { gray = i ^ (i >> 1); sb.append(gray).append(' '); }
        System.out.println(sb);
    }
}
