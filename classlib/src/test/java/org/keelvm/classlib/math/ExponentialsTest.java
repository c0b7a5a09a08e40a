package org.keelvm.classlib.math;

import static org.keelvm.classlib.math.StrictMathOracle.assertAgrees;

import org.junit.jupiter.api.Test;
import org.keelvm.classlib.math.StrictMathOracle.Unary;

/** expm1 agrees with {@link StrictMath} in every bit. */
class ExponentialsTest {
    private static final Unary EXPM1 = new Unary("expm1", Exponentials::expm1, StrictMath::expm1);
    private static final double LN2 = 0x1.62e42fefa39efp-1;

    @Test
    void agreesOnSpecialValues() {
        assertAgrees(EXPM1, Inputs.specialValues());
    }

    /** 2^-54, ln2/2, 3ln2/2, 56ln2, 709.78, the overflow threshold, and infinity. */
    @Test
    void agreesAtBranchBoundaries() {
        assertAgrees(EXPM1, Inputs.aroundHighWords(0x3c90_0000, 0x3fd6_2e42, 0x3ff0_a2b2, 0x4043_687a, 0x4086_2e42,
                0x7ff0_0000));
        assertAgrees(EXPM1, Inputs.withNegatives(Inputs.neighbours(0x1.62e42fefa39efp9, 16)));
        assertAgrees(EXPM1, Inputs.withNegatives(Inputs.neighbours(-745.1332191019412, 16)));
    }

    /**
     * Around (k + 1/2) ln2, where the reduction's multiple k changes, for every k from -60 to 1024: this covers
     * each way the result is rescaled (k = -1, 1, below 20, from 20 to 56, beyond).
     */
    @Test
    void agreesWhereTheMultipleOfLn2Changes() {
        for (int k = -60; k <= 1024; k++) {
            assertAgrees(EXPM1, Inputs.neighbours((k + 0.5) * LN2, 3));
            assertAgrees(EXPM1, Inputs.neighbours(k * LN2, 3));
        }
    }

    @Test
    void agreesOnRandomBitPatterns() {
        assertAgrees(EXPM1, Inputs.randomBits(0x5eed_0301L, 200_000));
    }

    @Test
    void agreesOnRandomArgumentsByRange() {
        assertAgrees(EXPM1, Inputs.uniform(0x5eed_0302L, 100_000, -2.0, 2.0));
        assertAgrees(EXPM1, Inputs.uniform(0x5eed_0303L, 100_000, -40.0, 45.0));
        assertAgrees(EXPM1, Inputs.uniform(0x5eed_0304L, 50_000, -750.0, 710.0));
        assertAgrees(EXPM1, Inputs.binades(0x5eed_0305L, 100_000, -60, 10));
    }
}
