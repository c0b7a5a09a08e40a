package org.keelvm.classlib.zip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;

/**
 * Holds {@link DeflateEncoder}, through {@link DeflaterModel}, to the host JDK's {@link Deflater}: for the same calls
 * every answer must be the same, down to the output byte and the count each call returns.
 */
class DeflateEncoderTest {
    private static final int[] STRATEGIES = {Deflater.DEFAULT_STRATEGY, Deflater.FILTERED, Deflater.HUFFMAN_ONLY};

    static void assertSameAsHost(DeflateSession session) {
        byte[] expected = session.run(DeflaterUnderTest.host(session.level, session.nowrap));
        byte[] actual = session.run(new DeflaterModel(session.level, session.nowrap));
        int n = Arrays.mismatch(expected, actual);
        if (n >= 0) {
            fail(session + ": transcripts differ at " + n + " of " + expected.length + "/" + actual.length);
        }
    }

    @Test
    void everyLevelStrategyAndKindInOnePiece() {
        for (Map.Entry<String, byte[]> sample : Samples.all().entrySet()) {
            for (boolean nowrap : new boolean[] {false, true}) {
                for (int level = -1; level <= 9; level++) {
                    for (int strategy : STRATEGIES) {
                        assertSameAsHost(new DeflateSession(sample.getValue(), level, strategy, nowrap, null, 1,
                                Integer.MAX_VALUE - 1, 1 << 17, 0, 0, false));
                    }
                }
            }
        }
    }

    private static byte[] pick(Random random, byte[][] inputs) {
        return inputs[random.nextInt(inputs.length)];
    }

    private static byte[][] inputs() {
        return Samples.all().values().toArray(new byte[0][]);
    }

    @Test
    void piecesOfInputAndOutput() {
        Random random = new Random(21);
        byte[][] inputs = inputs();
        for (int i = 0; i < 800; i++) {
            assertSameAsHost(new DeflateSession(pick(random, inputs), random.nextInt(11) - 1,
                    STRATEGIES[random.nextInt(3)], random.nextBoolean(), null, random.nextLong(),
                    new int[] {1, 7, 300, 5000, 70_000}[random.nextInt(5)],
                    new int[] {1, 5, 64, 1000, 40_000, 70_000}[random.nextInt(6)], 0, 0, false));
        }
    }

    @Test
    void flushesInMidStream() {
        Random random = new Random(22);
        byte[][] inputs = inputs();
        for (int i = 0; i < 800; i++) {
            assertSameAsHost(new DeflateSession(pick(random, inputs), random.nextInt(11) - 1,
                    STRATEGIES[random.nextInt(3)], random.nextBoolean(), null, random.nextLong(),
                    new int[] {1, 50, 300, 5000, 40_000}[random.nextInt(5)],
                    new int[] {1, 7, 100, 4000, 70_000}[random.nextInt(5)], 1 + random.nextInt(8), 0, false));
        }
    }

    @Test
    void levelAndStrategyChangesInMidStream() {
        Random random = new Random(23);
        byte[][] inputs = inputs();
        for (int i = 0; i < 1000; i++) {
            assertSameAsHost(new DeflateSession(pick(random, inputs), random.nextInt(11) - 1,
                    STRATEGIES[random.nextInt(3)], random.nextBoolean(), null, random.nextLong(),
                    new int[] {1, 50, 300, 5000, 40_000}[random.nextInt(5)],
                    new int[] {1, 7, 100, 4000, 70_000}[random.nextInt(5)], random.nextInt(2) * 6,
                    1 + random.nextInt(5), random.nextBoolean()));
        }
    }

    @Test
    void presetDictionaries() {
        Random random = new Random(24);
        byte[][] inputs = inputs();
        for (int i = 0; i < 400; i++) {
            byte[] source = Samples.text(new int[] {1, 2, 3, 100, 5000, 32768, 40_000}[random.nextInt(7)],
                    random.nextLong());
            assertSameAsHost(new DeflateSession(pick(random, inputs), random.nextInt(11) - 1,
                    STRATEGIES[random.nextInt(3)], random.nextBoolean(), source, random.nextLong(),
                    new int[] {1, 300, 5000, 70_000}[random.nextInt(4)],
                    new int[] {1, 100, 70_000}[random.nextInt(3)], random.nextInt(2) * 5,
                    random.nextInt(2) * 5, random.nextBoolean()));
        }
    }

    @Test
    void oneMegabyte() {
        byte[] data = Samples.mixed(1 << 20, 25);
        for (int level = 0; level <= 9; level++) {
            assertSameAsHost(new DeflateSession(data, level, Deflater.DEFAULT_STRATEGY, false, null, level,
                    70_000, 8192, 0, 0, false));
        }
        assertSameAsHost(new DeflateSession(data, 6, Deflater.FILTERED, true, null, 1, 512, 512, 20, 10, false));
    }

    @Test
    void roundTripThroughTheDecoder() {
        Random random = new Random(26);
        for (Map.Entry<String, byte[]> sample : Samples.all().entrySet()) {
            byte[] data = sample.getValue();
            for (int level = 0; level <= 9; level++) {
                for (int strategy : STRATEGIES) {
                    boolean nowrap = random.nextBoolean();
                    DeflateEncoder encoder = new DeflateEncoder(level, strategy, nowrap);
                    byte[] stream = new byte[data.length + data.length / 100 + 64];
                    assertEquals(DeflateEncoder.STREAM_END,
                            encoder.deflate(data, 0, data.length, stream, 0, stream.length, DeflateEncoder.FINISH));
                    int n = encoder.outputUsed();
                    Inflation inflation = Inflation.ofDecoder(new DeflateDecoder(nowrap),
                            Arrays.copyOf(stream, n), random, 1000, 3000);
                    String context = sample.getKey() + ", level " + level + ", strategy " + strategy;
                    assertArrayEquals(data, inflation.output(), context);
                    assertEquals(n, inflation.inputUsed(), context);
                }
            }
        }
    }

    /**
     * Streams longer than the window, so that it slides, ending or flushing anywhere after that: the matcher may
     * then compare bytes past the end of the input, which must be those zlib leaves there.
     */
    @Test
    void endsAfterTheWindowSlid() {
        Random random = new Random(27);
        byte[] source = Samples.mixed(200_000, 28);
        for (int i = 0; i < 60; i++) {
            int length = 65_000 + random.nextInt(100_000);
            int start = random.nextInt(source.length - length);
            byte[] data = Arrays.copyOfRange(source, start, start + length);
            assertSameAsHost(new DeflateSession(data, 1 + random.nextInt(9), STRATEGIES[random.nextInt(2)],
                    random.nextBoolean(), null, random.nextLong(), new int[] {300, 5000, 70_000}[random.nextInt(3)],
                    70_000, random.nextInt(2) * 4, 0, random.nextBoolean()));
        }
    }
}
