package org.keelvm.classlib.zip;

/**
 * The CRC-32 of ISO 3309 / ITU-T V.42 that gzip (RFC 1952) and zip files carry: polynomial 0x04C11DB7 processed
 * least significant bit first (0xEDB88320 reflected), register preset to all ones and complemented at the end.
 *
 * <p>A value passed in and returned is the finished CRC of the bytes so far, as {@code java.util.zip.CRC32} keeps
 * it, so that an update can resume from any earlier result; 0 is the CRC of no bytes.
 */
public final class Crc32 {
    /** The register's change for each value of its low byte xor the next data byte. */
    private static final int[] TABLE = table();

    private Crc32() {
    }

    /** The CRC of the bytes that gave {@code crc}, followed by the low 8 bits of {@code b}. */
    public static int update(int crc, int b) {
        int register = ~crc;
        register = TABLE[(register ^ b) & 0xFF] ^ (register >>> 8);
        return ~register;
    }

    /** The CRC of the bytes that gave {@code crc}, followed by {@code b[offset .. offset + length)}. */
    public static int update(int crc, byte[] b, int offset, int length) {
        int register = ~crc;
        for (int i = offset, end = offset + length; i < end; i++) {
            register = TABLE[(register ^ b[i]) & 0xFF] ^ (register >>> 8);
        }
        return ~register;
    }

    private static int[] table() {
        int[] table = new int[256];
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int bit = 0; bit < 8; bit++) {
                c = (c & 1) != 0 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
            }
            table[n] = c;
        }
        return table;
    }
}
