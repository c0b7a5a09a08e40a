package org.keelvm.classlib.zip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

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
        int n = java.util.Arrays.mismatch(expected, actual);
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
}
