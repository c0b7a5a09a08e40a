package org.keelvm.classlib.zip;

import java.util.Arrays;
import java.util.function.Predicate;

/**
 * The table behind one kind of {@code java.util.zip} native stream address ({@code Inflater}'s, {@code Deflater}'s):
 * the JDK keeps the {@code long} that {@code init} returns and passes it back to every other native; here it is one
 * more than an index, so it is never 0, which the JDK reads as "ended". A slot keeps its stream object after the
 * stream ends, for the next stream to reuse: the JDK makes one per gzip or zip stream, and a guest has no collector
 * yet.
 */
final class StreamTable<T> {
    private final String kind;
    private Object[] streams = new Object[4];
    private boolean[] inUse = new boolean[4];

    /** @param kind what the streams are, for the message of a bad handle ({@code inflater}) */
    StreamTable(String kind) {
        this.kind = kind;
    }

    /**
     * A free slot, preferring one whose kept stream {@code reusable} accepts, else the first free one; the table
     * grows when every slot is in use.
     */
    synchronized int freeSlot(Predicate<T> reusable) {
        int free = -1;
        for (int i = 0; i < streams.length; i++) {
            if (!inUse[i]) {
                if (streams[i] != null && reusable.test(kept(i))) {
                    return i;
                }
                if (free < 0) {
                    free = i;
                }
            }
        }
        if (free < 0) {
            free = streams.length;
            streams = Arrays.copyOf(streams, 2 * free);
            inUse = Arrays.copyOf(inUse, 2 * free);
        }
        return free;
    }

    /** The stream slot {@code slot} keeps from an ended stream, or {@code null}. */
    @SuppressWarnings("unchecked")
    synchronized T kept(int slot) {
        return (T) streams[slot];
    }

    /** Puts {@code stream} in free slot {@code slot} and returns its handle. */
    synchronized long open(int slot, T stream) {
        streams[slot] = stream;
        inUse[slot] = true;
        return slot + 1L;
    }

    /** The stream of an open handle; {@code IllegalStateException} for any other. */
    @SuppressWarnings("unchecked")
    synchronized T stream(long handle) {
        if (handle < 1 || handle > streams.length || !inUse[(int) handle - 1]) {
            throw new IllegalStateException("no " + kind + " stream " + handle);
        }
        return (T) streams[(int) handle - 1];
    }

    /** Ends the stream of {@code handle}; the slot may be given out again, its stream reused. */
    synchronized void close(long handle) {
        stream(handle);
        inUse[(int) handle - 1] = false;
    }
}
