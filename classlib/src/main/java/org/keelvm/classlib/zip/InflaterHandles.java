package org.keelvm.classlib.zip;

import java.util.Arrays;

/**
 * The decoders behind {@code java.util.zip.Inflater}'s native stream addresses. {@code Inflater.init} returns a
 * {@code long} that the JDK keeps and passes back to every other native; here it is one more than an index into a
 * table, so it is never 0, which the JDK reads as "ended".
 *
 * <p>Ending a stream keeps its decoder (about 40 KiB, mostly the 32 KiB window) for the next stream of the same kind:
 * the JDK makes an {@code Inflater} for every gzip or zip stream it reads, and a guest has no collector yet.
 */
public final class InflaterHandles {
    private static DeflateDecoder[] decoders = new DeflateDecoder[8];
    private static boolean[] inUse = new boolean[8];

    private InflaterHandles() {
    }

    /** A handle for a new stream: raw deflate data with {@code nowrap}, a zlib stream without. */
    public static synchronized long open(boolean nowrap) {
        int free = -1;
        for (int i = 0; i < decoders.length; i++) {
            if (!inUse[i]) {
                if (decoders[i] != null && decoders[i].nowrap() == nowrap) {
                    free = i;
                    break;
                }
                if (free < 0) {
                    free = i;
                }
            }
        }
        if (free < 0) {
            free = decoders.length;
            decoders = Arrays.copyOf(decoders, 2 * free);
            inUse = Arrays.copyOf(inUse, 2 * free);
        }
        DeflateDecoder decoder = decoders[free];
        if (decoder != null && decoder.nowrap() == nowrap) {
            decoder.reset();
        } else {
            decoders[free] = new DeflateDecoder(nowrap);
        }
        inUse[free] = true;
        return free + 1L;
    }

    /** The decoder of an open handle. */
    public static synchronized DeflateDecoder decoder(long handle) {
        int index = (int) handle - 1;
        if (handle < 1 || handle > decoders.length || !inUse[index]) {
            throw new IllegalStateException("no inflater stream " + handle);
        }
        return decoders[index];
    }

    /** Ends the stream of {@code handle}; the handle may be given out again. */
    public static synchronized void close(long handle) {
        decoder(handle);
        inUse[(int) handle - 1] = false;
    }
}
