package org.keelvm.classlib.math;

import static org.keelvm.classlib.math.StrictMathOracle.assertAgrees;
import static org.keelvm.classlib.math.StrictMathOracle.assertAllAgree;

import org.junit.jupiter.api.Test;
import org.keelvm.classlib.math.StrictMathOracle.Unary;

/** log, log10 and log1p agree with {@link StrictMath} in every bit. */
class LogarithmsTest {
    private static final Unary LOG = new Unary("log", Logarithms::log, StrictMath::log);
    private static final Unary LOG10 = new Unary("log10", Logarithms::log10, StrictMath::log10);
    private static final Unary LOG1P = new Unary("log1p", Logarithms::log1p, StrictMath::log1p);
    private static final Unary[] FUNCTIONS = {LOG, LOG10, LOG1P};
    private static final Unary[] LOG_AND_LOG10 = {LOG, LOG10};

    /** The fraction high words at which log and log10 change branch: 0x6147a, 0x6a09c/d (sqrt 2), 0x6b851. */
    private static final int[] FRACTION_EDGES = {0x0_0000, 0x0_0001, 0x6_147a, 0x6_a09c, 0x6_a09d, 0x6_a09e, 0x6_b851,
        0xf_fffe, 0xf_ffff};

    @Test
    void agreeOnSpecialValues() {
        assertAllAgree(FUNCTIONS, Inputs.specialValues());
    }

    /** Every fraction edge in the binades around 1, the smallest and largest normal binades, and 2^-1022. */
    @Test
    void logAndLog10AgreeAtBranchBoundaries() {
        for (int exponent : new int[] {0x001, 0x3fd, 0x3fe, 0x3ff, 0x400, 0x433, 0x7fe}) {
            int[] highWords = new int[FRACTION_EDGES.length];
            for (int i = 0; i < highWords.length; i++) {
                highWords[i] = (exponent << 20) | FRACTION_EDGES[i];
            }
            assertAllAgree(LOG_AND_LOG10, Inputs.aroundHighWords(highWords));
        }
        assertAllAgree(LOG_AND_LOG10, Inputs.aroundHighWords(0x0000_0000, 0x000f_ffff, 0x0010_0000, 0x7ff0_0000));
        assertAllAgree(LOG_AND_LOG10, Inputs.neighbours(1.0, 1000));
        assertAllAgree(LOG_AND_LOG10, Inputs.neighbours(10.0, 100));
    }

    /**
     * 2^-54 and 2^-29 (short series), -0.2929 and 0.41422 (no reduction in between), -1, 2^53 (where 1 + x is
     * exact), the fraction edge 0x6a09e of 1 + x, and infinity.
     */
    @Test
    void log1pAgreesAtBranchBoundaries() {
        assertAgrees(LOG1P, Inputs.aroundHighWords(0x3c90_0000, 0x3e20_0000, 0x3fd2_bec3, 0x3fda_827a, 0x3ff0_0000,
                0x4340_0000, 0x3ff6_a09e, 0x3fe6_a09e, 0x4006_a09e, 0x7ff0_0000));
        assertAgrees(LOG1P, Inputs.neighbours(-1.0, 100));
        assertAgrees(LOG1P, Inputs.withNegatives(Inputs.neighbours(0x1p-20, 100)));
    }

    @Test
    void agreeOnRandomBitPatterns() {
        assertAllAgree(FUNCTIONS, Inputs.randomBits(0x5eed_0201L, 200_000));
    }

    @Test
    void agreeOnRandomArgumentsByRange() {
        // Near 1 for log and log10, near 0 for log1p: where cancellation and the short series matter.
        assertAllAgree(LOG_AND_LOG10, Inputs.uniform(0x5eed_0202L, 100_000, 0.5, 2.0));
        assertAllAgree(LOG_AND_LOG10, Inputs.uniform(0x5eed_0203L, 50_000, 1 - 0x1p-18, 1 + 0x1p-18));
        assertAllAgree(LOG_AND_LOG10, Inputs.binades(0x5eed_0204L, 100_000, -1022, 1023));
        assertAllAgree(LOG_AND_LOG10, Inputs.subnormals(0x5eed_0205L, 50_000));
        assertAgrees(LOG1P, Inputs.uniform(0x5eed_0206L, 100_000, -1.0, 1.0));
        assertAgrees(LOG1P, Inputs.uniform(0x5eed_0207L, 50_000, -0x1p-18, 0x1p-18));
        assertAgrees(LOG1P, Inputs.binades(0x5eed_0208L, 100_000, -60, 1023));
        assertAgrees(LOG1P, Inputs.subnormals(0x5eed_0209L, 20_000));
    }
}
