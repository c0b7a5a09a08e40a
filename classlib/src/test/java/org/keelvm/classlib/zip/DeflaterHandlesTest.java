package org.keelvm.classlib.zip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;

/** Stream handles are never 0, distinct while open, refused once ended, and their encoders reused as new. */
class DeflaterHandlesTest {
    @Test
    void openHandlesAreDistinctAndNeverZero() {
        List<Long> handles = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long handle = DeflaterHandles.open(i % 10, Deflater.DEFAULT_STRATEGY, i % 3 == 0);
            assertNotEquals(0, handle);
            assertEquals(i % 3 == 0, DeflaterHandles.encoder(handle).nowrap());
            handles.add(handle);
        }
        assertEquals(20, new HashSet<>(handles).size());
        for (long handle : handles) {
            DeflaterHandles.close(handle);
        }
    }

    @Test
    void invalidLevelsAndStrategiesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> DeflaterHandles.open(10, 0, false));
        assertThrows(IllegalArgumentException.class, () -> DeflaterHandles.open(-2, 0, false));
        assertThrows(IllegalArgumentException.class, () -> DeflaterHandles.open(6, 5, false));
    }

    @Test
    void aReusedEncoderCompressesAsANewOne() {
        byte[] data = Samples.mixed(100_000, 7);
        long handle = DeflaterHandles.open(9, Deflater.FILTERED, true);
        DeflateEncoder used = DeflaterHandles.encoder(handle);
        byte[] output = new byte[200_000];
        used.deflate(data, 0, data.length, output, 0, output.length, DeflateEncoder.SYNC_FLUSH);
        DeflaterHandles.close(handle);
        assertThrows(IllegalStateException.class, () -> DeflaterHandles.encoder(handle));
        assertThrows(IllegalStateException.class, () -> DeflaterHandles.encoder(0));

        long again = DeflaterHandles.open(6, Deflater.DEFAULT_STRATEGY, false);
        DeflateEncoder reused = DeflaterHandles.encoder(again);
        assertSame(used, reused);
        byte[] tail = Samples.text(3000, 8);
        assertEquals(DeflateEncoder.STREAM_END,
                reused.deflate(tail, 0, tail.length, output, 0, output.length, DeflateEncoder.FINISH));
        int n = reused.outputUsed();
        DeflaterHandles.close(again);

        Deflater host = new Deflater();
        host.setInput(tail);
        host.finish();
        byte[] expected = new byte[output.length];
        int m = host.deflate(expected);
        host.end();
        assertEquals(m, n);
        assertArrayEquals(Arrays.copyOf(expected, m), Arrays.copyOf(output, n));
    }
}
