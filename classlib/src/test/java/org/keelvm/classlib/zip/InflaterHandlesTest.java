package org.keelvm.classlib.zip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Stream handles are never 0, distinct while open, refused once ended, and their decoders reused fresh. */
class InflaterHandlesTest {
    @Test
    void openHandlesAreDistinctAndNeverZero() {
        List<Long> handles = new ArrayList<>();
        Set<DeflateDecoder> decoders = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            long handle = InflaterHandles.open(i % 3 == 0);
            assertNotEquals(0, handle);
            assertEquals(i % 3 == 0, InflaterHandles.decoder(handle).nowrap());
            handles.add(handle);
            decoders.add(InflaterHandles.decoder(handle));
        }
        assertEquals(40, new HashSet<>(handles).size());
        assertEquals(40, decoders.size());
        for (long handle : handles) {
            InflaterHandles.close(handle);
        }
    }

    @Test
    void endedHandlesAreRefusedAndTheirDecodersReused() throws Exception {
        long handle = InflaterHandles.open(false);
        DeflateDecoder decoder = InflaterHandles.decoder(handle);
        assertThrows(java.util.zip.DataFormatException.class,
                () -> decoder.inflate(new byte[] {0x78, 0}, 0, 2, new byte[1], 0, 1));
        InflaterHandles.close(handle);
        assertThrows(IllegalStateException.class, () -> InflaterHandles.decoder(handle));
        assertThrows(IllegalStateException.class, () -> InflaterHandles.decoder(0));

        long again = InflaterHandles.open(false);
        DeflateDecoder reused = InflaterHandles.decoder(again);
        assertSame(decoder, reused, "the same kind of stream takes the ended one's decoder");
        assertFalse(reused.finished());
        assertEquals(0, reused.inflate(new byte[0], 0, 0, new byte[0], 0, 0), "and it starts afresh");
        long raw = InflaterHandles.open(true);
        assertNotSame(reused, InflaterHandles.decoder(raw));
        assertTrue(InflaterHandles.decoder(raw).nowrap());
        InflaterHandles.close(again);
        InflaterHandles.close(raw);
    }
}
