package org.keelvm.classlib.zip;

/**
 * The decoders behind {@code java.util.zip.Inflater}'s native stream addresses (a {@link StreamTable}). Ending a
 * stream keeps its decoder (about 40 KiB, mostly the 32 KiB window) for the next stream of the same kind.
 */
public final class InflaterHandles {
    private static final StreamTable<DeflateDecoder> TABLE = new StreamTable<>("inflater");

    private InflaterHandles() {
    }

    /** A handle for a new stream: raw deflate data with {@code nowrap}, a zlib stream without. */
    public static synchronized long open(boolean nowrap) {
        int slot = TABLE.freeSlot(decoder -> decoder.nowrap() == nowrap);
        DeflateDecoder decoder = TABLE.kept(slot);
        if (decoder != null && decoder.nowrap() == nowrap) {
            decoder.reset();
        } else {
            decoder = new DeflateDecoder(nowrap);
        }
        return TABLE.open(slot, decoder);
    }

    /** The decoder of an open handle. */
    public static DeflateDecoder decoder(long handle) {
        return TABLE.stream(handle);
    }

    /** Ends the stream of {@code handle}; the handle may be given out again. */
    public static void close(long handle) {
        TABLE.close(handle);
    }
}
