package org.keelvm.classlib.zip;

/**
 * The encoders behind {@code java.util.zip.Deflater}'s native stream addresses (a {@link StreamTable}). Ending a
 * stream keeps its encoder (about 320 KiB: a 64 KiB window, the hash table and chains, the pending and symbol
 * buffers) for the next stream; a reused encoder is cleared to zeros, as zlib's fresh one behaves.
 */
public final class DeflaterHandles {
    private static final StreamTable<DeflateEncoder> TABLE = new StreamTable<>("deflater");

    private DeflaterHandles() {
    }

    /**
     * A handle for a new stream with the given level (-1 for the default) and strategy, raw deflate data with
     * {@code nowrap}; an {@code IllegalArgumentException} for a level or strategy zlib rejects.
     */
    public static synchronized long open(int level, int strategy, boolean nowrap) {
        int slot = TABLE.freeSlot(encoder -> true);
        DeflateEncoder encoder = TABLE.kept(slot);
        if (encoder == null) {
            encoder = new DeflateEncoder(level, strategy, nowrap);
        } else if (!encoder.initialize(level, strategy, nowrap)) {
            throw new IllegalArgumentException();
        }
        return TABLE.open(slot, encoder);
    }

    /** The encoder of an open handle. */
    public static DeflateEncoder encoder(long handle) {
        return TABLE.stream(handle);
    }

    /** Ends the stream of {@code handle}; the handle may be given out again. */
    public static void close(long handle) {
        TABLE.close(handle);
    }
}
