// 64-bit integer mixing functions computed exactly: xorshift64*, splitmix64, murmur3 fmix64/fmix32, FNV-1a, Long.rotateLeft-based PRNG; sequences and checksums are printed.
public class XorShiftGenerators {
    static long xs = 88172645463325252L;
    static long xorshift64star() { xs ^= xs >>> 12; xs ^= xs << 25; xs ^= xs >>> 27; return xs * 0x2545F4914F6CDD1DL; }
    static long sm = 0;
    static long splitmix64() { long z = (sm += 0x9E3779B97F4A7C15L); z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L; z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL; return z ^ (z >>> 31); }
    static long fmix64(long k) { k ^= k >>> 33; k *= 0xff51afd7ed558ccdL; k ^= k >>> 33; k *= 0xc4ceb9fe1a85ec53L; k ^= k >>> 33; return k; }
    static int fmix32(int h) { h ^= h >>> 16; h *= 0x85ebca6b; h ^= h >>> 13; h *= 0xc2b2ae35; h ^= h >>> 16; return h; }
    static long fnv1a(String s) { long h = 0xcbf29ce484222325L; for (char c : s.toCharArray()) { h ^= c; h *= 0x100000001b3L; } return h; }
    static long[] s = {1, 2};
    static long xoroshiro() { long s0 = s[0], s1 = s[1], r = s0 + s1; s1 ^= s0; s[0] = Long.rotateLeft(s0, 24) ^ s1 ^ (s1 << 16); s[1] = Long.rotateLeft(s1, 37); return r; }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder("xorshift64*:");
        for (int i = 0; i < 6; i++) sb.append(' ').append(Long.toHexString(xorshift64star()));
        System.out.println(sb);
        sb = new StringBuilder("splitmix64:");
        for (int i = 0; i < 6; i++) sb.append(' ').append(splitmix64());
        System.out.println(sb);
        sb = new StringBuilder("xoroshiro128+:");
        for (int i = 0; i < 6; i++) sb.append(' ').append(Long.toUnsignedString(xoroshiro()));
        System.out.println(sb);
        for (long k : new long[]{0, 1, -1, 42, Long.MIN_VALUE}) System.out.print(Long.toHexString(fmix64(k)) + " ");
        System.out.println();
        for (int k : new int[]{0, 1, -1, 42, Integer.MIN_VALUE}) System.out.print(Integer.toHexString(fmix32(k)) + " ");
        System.out.println();
        for (String w : new String[]{"", "a", "keel", "The quick brown fox"}) System.out.print(Long.toHexString(fnv1a(w)) + " ");
        System.out.println();
        long acc = 0;
        int[] buckets = new int[16];
        for (int i = 0; i < 100000; i++) { long v = splitmix64(); acc ^= Long.rotateLeft(v, i & 63); buckets[(int) (v >>> 60)]++; }
        System.out.println("checksum " + Long.toHexString(acc) + " buckets " + java.util.Arrays.toString(buckets));
        double mean = 0;
        for (int i = 0; i < 10000; i++) mean += (xorshift64star() >>> 11) * 0x1.0p-53;
        System.out.println("mean of doubles " + mean / 10000);
        System.out.println(Math.multiplyHigh(0x9E3779B97F4A7C15L, 0xBF58476D1CE4E5B9L) + " " + Long.remainderUnsigned(-1L, 1000000007L) + " " + Long.divideUnsigned(0x9E3779B97F4A7C15L, 3));
    }
}
