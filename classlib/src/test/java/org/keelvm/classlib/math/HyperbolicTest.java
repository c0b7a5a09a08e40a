package org.keelvm.classlib.math;

import static org.keelvm.classlib.math.StrictMathOracle.assertAllAgree;

import org.junit.jupiter.api.Test;
import org.keelvm.classlib.math.StrictMathOracle.Unary;

/** sinh, cosh and tanh agree with {@link StrictMath} in every bit. */
class HyperbolicTest {
    private static final Unary[] FUNCTIONS = {
        new Unary("sinh", Hyperbolic::sinh, StrictMath::sinh),
        new Unary("cosh", Hyperbolic::cosh, StrictMath::cosh),
        new Unary("tanh", Hyperbolic::tanh, StrictMath::tanh),
    };
    /** The largest argument for which sinh and cosh are finite. */
    private static final double OVERFLOW_THRESHOLD = Double.longBitsToDouble(0x4086_33ce_8fb9_f87dL);

    @Test
    void agreeOnSpecialValues() {
        assertAllAgree(FUNCTIONS, Inputs.specialValues());
    }

    /** 2^-55, 2^-28, ln2/2, 1, 22, ln(MAX_VALUE), the overflow threshold, and infinity. */
    @Test
    void agreeAtBranchBoundaries() {
        assertAllAgree(FUNCTIONS, Inputs.aroundHighWords(0x3c80_0000, 0x3e30_0000, 0x3fd6_2e43, 0x3ff0_0000,
                0x4036_0000, 0x4086_2e42, 0x4086_33ce, 0x7ff0_0000));
        assertAllAgree(FUNCTIONS, Inputs.withNegatives(Inputs.neighbours(OVERFLOW_THRESHOLD, 32)));
    }

    @Test
    void agreeOnRandomBitPatterns() {
        assertAllAgree(FUNCTIONS, Inputs.randomBits(0x5eed_0401L, 200_000));
    }

    @Test
    void agreeOnRandomArgumentsByRange() {
        assertAllAgree(FUNCTIONS, Inputs.uniform(0x5eed_0402L, 100_000, -2.0, 2.0));
        assertAllAgree(FUNCTIONS, Inputs.uniform(0x5eed_0403L, 100_000, -25.0, 25.0));
        assertAllAgree(FUNCTIONS, Inputs.uniform(0x5eed_0404L, 50_000, -711.0, 711.0));
        assertAllAgree(FUNCTIONS, Inputs.binades(0x5eed_0405L, 100_000, -60, 10));
    }
}
