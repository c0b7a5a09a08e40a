package org.keelvm.classlib.zip;

/**
 * The Adler-32 checksum of RFC 1950 section 8.2, the check value of a zlib stream and of its preset dictionary: two
 * sums modulo 65521, s1 of the bytes plus one and s2 of the successive values of s1, as {@code s2 << 16 | s1}.
 *
 * <p>A value passed in and returned is the checksum of the bytes so far; 1 is the checksum of no bytes.
 */
public final class Adler32 {
    /** The largest prime below 2^16. */
    private static final int MODULUS = 65521;

    /**
     * Bytes summed before reducing: the largest count for which s2, starting below the modulus with s1 and every
     * byte at most 255, cannot pass {@link Integer#MAX_VALUE} (65520 (n + 2) + 255 (n + 1)(n + 2) / 2 < 2^31).
     */
    private static final int BLOCK = 3854;

    private Adler32() {
    }

    /** The checksum of the bytes that gave {@code adler}, followed by the low 8 bits of {@code b}. */
    public static int update(int adler, int b) {
        int s1 = ((adler & 0xFFFF) + (b & 0xFF)) % MODULUS;
        int s2 = ((adler >>> 16) + s1) % MODULUS;
        return s2 << 16 | s1;
    }

    /** The checksum of the bytes that gave {@code adler}, followed by {@code b[offset .. offset + length)}. */
    public static int update(int adler, byte[] b, int offset, int length) {
        int s1 = adler & 0xFFFF;
        int s2 = adler >>> 16;
        int i = offset;
        int end = offset + length;
        while (i < end) {
            int blockEnd = i + Math.min(end - i, BLOCK);
            for (; i < blockEnd; i++) {
                s1 += b[i] & 0xFF;
                s2 += s1;
            }
            s1 %= MODULUS;
            s2 %= MODULUS;
        }
        return s2 << 16 | s1;
    }
}
