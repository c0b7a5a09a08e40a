package org.keelvm.classlib.zip;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.Deflater;

/**
 * A scripted compression session, the same calls for any {@link DeflaterUnderTest}: input in pieces, output
 * buffers of varying size, and, as the script has it, flushes, level and strategy changes, a preset dictionary and
 * resets. {@link #run} returns a transcript of everything the deflater answered (every count, every output byte,
 * the totals and checksums) so that two deflaters agree exactly when their transcripts are equal.
 */
final class DeflateSession {
    final byte[] data;
    final int level;
    final int strategy;
    final boolean nowrap;
    final byte[] dictionary;
    final long seed;
    final int maxInput;
    final int maxOutput;
    /** How often (1 in n pieces) to flush, change parameters; 0 for never. */
    final int flushEvery;
    final int changeEvery;
    /** Whether to run the whole session twice, with a reset in between. */
    final boolean twice;
    private int lastLength;
    private int calls;

    DeflateSession(byte[] data, int level, int strategy, boolean nowrap, byte[] dictionary, long seed, int maxInput,
            int maxOutput, int flushEvery, int changeEvery, boolean twice) {
        // Byte-sized pieces make a call per byte: a shorter stream tells as much.
        this.data = Math.min(maxInput, maxOutput) < 8 && data.length > 6000 ? Arrays.copyOf(data, 6000) : data;
        this.level = level;
        this.strategy = strategy;
        this.nowrap = nowrap;
        this.dictionary = dictionary;
        this.seed = seed;
        this.maxInput = maxInput;
        this.maxOutput = maxOutput;
        this.flushEvery = flushEvery;
        this.changeEvery = changeEvery;
        this.twice = twice;
    }

    @Override
    public String toString() {
        return data.length + " bytes, level " + level + ", strategy " + strategy + ", nowrap " + nowrap
                + (dictionary != null ? ", dictionary of " + dictionary.length : "") + ", seed " + seed
                + ", pieces " + maxInput + "/" + maxOutput + ", flush 1/" + flushEvery + ", change 1/" + changeEvery
                + (twice ? ", twice" : "");
    }

    /** The transcript of this session on {@code deflater}. */
    byte[] run(DeflaterUnderTest deflater) {
        ByteArrayOutputStream transcript = new ByteArrayOutputStream();
        try {
            for (int round = 0; round < (twice ? 2 : 1); round++) {
                if (round > 0) {
                    deflater.reset();
                }
                calls = 0;
                runOnce(deflater, new Random(seed + round), transcript);
            }
        } catch (EndlessOutput e) {
            transcript.write('!');
        } finally {
            deflater.end();
        }
        return transcript.toByteArray();
    }

    private void runOnce(DeflaterUnderTest deflater, Random random, ByteArrayOutputStream transcript) {
        if (strategy != Deflater.DEFAULT_STRATEGY) {
            deflater.setStrategy(strategy);
        }
        if (dictionary != null) {
            deflater.setDictionary(dictionary, 0, dictionary.length);
            record(transcript, deflater.getAdler());
        }
        byte[] output = new byte[maxOutput + 16];
        int position = 0;
        while (position < data.length) {
            int piece = Math.min(data.length - position, 1 + random.nextInt(maxInput));
            deflater.setInput(data, position, piece);
            position += piece;
            while (!deflater.needsInput()) {
                drain(deflater, output, random, Deflater.NO_FLUSH, transcript);
            }
            if (flushEvery > 0 && random.nextInt(flushEvery) == 0) {
                int flush = random.nextBoolean() ? Deflater.SYNC_FLUSH : Deflater.FULL_FLUSH;
                // As DeflaterOutputStream.flush: until the output is not full. zlib adds another empty block
                // whenever a flush call starts with the last one's output full, so tiny buffers get a bound.
                for (int calls = 0; calls < 40 && drain(deflater, output, random, flush, transcript) == lastLength;
                        calls++) {
                }
            }
            if (changeEvery > 0 && random.nextInt(changeEvery) == 0) {
                if (random.nextBoolean()) {
                    deflater.setLevel(random.nextInt(11) - 1);
                } else {
                    deflater.setStrategy(random.nextInt(3));
                }
                if (random.nextBoolean()) {
                    drain(deflater, output, random, Deflater.NO_FLUSH, transcript);
                }
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            drain(deflater, output, random, Deflater.NO_FLUSH, transcript);
        }
        record(transcript, deflater.getAdler());
        record(transcript, (int) deflater.getBytesRead());
        record(transcript, (int) deflater.getBytesWritten());
    }

    private int drain(DeflaterUnderTest deflater, byte[] output, Random random, int flush,
            ByteArrayOutputStream transcript) {
        int offset = random.nextInt(16);
        int length = 1 + random.nextInt(maxOutput);
        lastLength = length;
        int n = deflater.deflate(output, offset, length, flush);
        if (++calls > 4 * data.length + 10_000) {
            throw new EndlessOutput();
        }
        record(transcript, n);
        transcript.write(output, offset, n);
        return n;
    }

    /**
     * Thrown when the output outgrows any real compression of the data: zlib can keep a caller busy for ever,
     * for instance when every call fills a one-byte buffer while parameters wait to be changed. The transcript then
     * ends there, and both deflaters must have got there the same way.
     */
    private static final class EndlessOutput extends RuntimeException {
        EndlessOutput() {
            super(null, null, false, false);
        }
    }

    private static void record(ByteArrayOutputStream transcript, int value) {
        transcript.write(value >>> 24);
        transcript.write(value >>> 16);
        transcript.write(value >>> 8);
        transcript.write(value);
    }
}
