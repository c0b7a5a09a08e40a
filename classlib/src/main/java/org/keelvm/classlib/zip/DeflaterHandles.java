package org.keelvm.classlib.zip;

import java.util.Arrays;

/**
 * The encoders behind {@code java.util.zip.Deflater}'s native stream addresses: one more than an index into a
 * table, so never 0, which the JDK reads as "ended".
 *
 * <p>Ending a stream keeps its encoder (about 320 KiB: a 64 KiB window, the hash table and chains, the pending and
 * symbol buffers) for the next stream: the JDK makes a {@code Deflater} for every gzip or zip stream it writes, and a
 * guest has no collector yet. A reused encoder is cleared to zeros, as zlib's fresh one behaves.
 */
public final class DeflaterHandles {
    private static DeflateEncoder[] encoders = new DeflateEncoder[4];
    private static boolean[] inUse = new boolean[4];

    private DeflaterHandles() {
    }

    /**
     * A handle for a new stream with the given level (-1 for the default) and strategy, raw deflate data with
     * {@code nowrap}; an {@code IllegalArgumentException} for a level or strategy zlib rejects.
     */
    public static synchronized long open(int level, int strategy, boolean nowrap) {
        int free = -1;
        for (int i = 0; i < encoders.length && free < 0; i++) {
            if (!inUse[i]) {
                free = i;
            }
        }
        if (free < 0) {
            free = encoders.length;
            encoders = Arrays.copyOf(encoders, 2 * free);
            inUse = Arrays.copyOf(inUse, 2 * free);
        }
        if (encoders[free] == null) {
            encoders[free] = new DeflateEncoder(level, strategy, nowrap);
        } else if (!encoders[free].initialize(level, strategy, nowrap)) {
            throw new IllegalArgumentException();
        }
        inUse[free] = true;
        return free + 1L;
    }

    /** The encoder of an open handle. */
    public static synchronized DeflateEncoder encoder(long handle) {
        int index = (int) handle - 1;
        if (handle < 1 || handle > encoders.length || !inUse[index]) {
            throw new IllegalStateException("no deflater stream " + handle);
        }
        return encoders[index];
    }

    /** Ends the stream of {@code handle}; the handle may be given out again. */
    public static synchronized void close(long handle) {
        encoder(handle);
        inUse[(int) handle - 1] = false;
    }
}
