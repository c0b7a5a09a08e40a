package org.keelvm.classlib.zip;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Checksum;
import org.junit.jupiter.api.Test;

/** {@link Crc32} and {@link Adler32} give the host's {@code java.util.zip} values, piece by piece. */
class ChecksumTest {
    private interface Update {
        int apply(int value, byte[] b, int offset, int length);
    }

    private interface UpdateByte {
        int apply(int value, int b);
    }

    /** Random pieces of random data, and data that drives the sums highest, against a host checksum. */
    private static void assertAgreesWithHost(Checksum host, int initial, Update update, UpdateByte updateByte) {
        Random random = new Random(41);
        byte[] allOnes = new byte[100_000];
        Arrays.fill(allOnes, (byte) 0xFF);
        for (byte[] data : new byte[][] {Samples.random(200_000, 42), allOnes, new byte[0]}) {
            for (int trial = 0; trial < 200; trial++) {
                host.reset();
                int value = initial;
                int position = data.length == 0 ? 0 : random.nextInt(data.length);
                int end = position + (data.length == 0 ? 0 : random.nextInt(data.length - position + 1));
                while (position < end) {
                    int n = Math.min(end - position, random.nextInt(3) == 0 ? 1 : random.nextInt(20_000));
                    if (n == 1 && random.nextBoolean()) {
                        value = updateByte.apply(value, data[position] | (random.nextInt() << 8));
                        host.update(data[position]);
                    } else {
                        value = update.apply(value, data, position, n);
                        host.update(data, position, n);
                    }
                    position += n;
                    assertEquals(host.getValue(), Integer.toUnsignedLong(value), "trial " + trial);
                }
            }
        }
        assertEquals(initial, update.apply(initial, new byte[1], 1, 0), "no bytes");
    }

    @Test
    void crc32() {
        assertAgreesWithHost(new CRC32(), 0, Crc32::update, Crc32::update);
        assertEquals(0xCBF43926, Crc32.update(0, "123456789".getBytes(), 0, 9), "the standard check value");
    }

    @Test
    void adler32() {
        assertAgreesWithHost(new java.util.zip.Adler32(), 1, Adler32::update, Adler32::update);
        assertEquals(0x11E60398, Adler32.update(1, "Wikipedia".getBytes(), 0, 9), "RFC 1950's example word");
    }
}
