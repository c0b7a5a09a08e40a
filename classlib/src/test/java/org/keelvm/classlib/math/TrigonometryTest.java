package org.keelvm.classlib.math;

import static org.keelvm.classlib.math.StrictMathOracle.assertAllAgree;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.keelvm.classlib.math.StrictMathOracle.Unary;

/** sin, cos and tan agree with {@link StrictMath} in every bit. */
class TrigonometryTest {
    private static final Unary[] FUNCTIONS = {
        new Unary("sin", Trigonometry::sin, StrictMath::sin),
        new Unary("cos", Trigonometry::cos, StrictMath::cos),
        new Unary("tan", Trigonometry::tan, StrictMath::tan),
    };

    @Test
    void agreeOnSpecialValues() {
        assertAllAgree(FUNCTIONS, Inputs.specialValues());
    }

    /**
     * The kernels' small-argument shortcuts (2^-28, 2^-27), the cosine's split at 0.3 and 0.78125, the tangent's
     * reflection at 0.6744, &pi;/4, 3&pi;/4 and 2^20*&pi;/2 (where the reduction changes method), &pi;/2, and the
     * largest finite values.
     */
    @Test
    void agreeAtBranchBoundaries() {
        assertAllAgree(FUNCTIONS, Inputs.aroundHighWords(0x3e30_0000, 0x3e40_0000, 0x3fd3_3333, 0x3fe5_9428,
                0x3fe9_0000, 0x3fe9_21fb, 0x3ff9_21fb, 0x4002_d97c, 0x4139_21fb, 0x7fef_ffff, 0x7ff0_0000));
        assertAllAgree(FUNCTIONS, Inputs.withNegatives(Inputs.neighbours(Math.PI / 4, 16)));
    }

    /**
     * The doubles nearest to n*&pi;/2, where the remainder cancels: every n up to 2000 (the first 32 have their own
     * shortcut in the reduction), then n spread over the range of the three-step reduction (to 2^20) and beyond.
     */
    @Test
    void agreeNearMultiplesOfPiOverTwo() {
        SplittableRandom random = new SplittableRandom(0x5eed_0001L);
        long[] multiples = new long[2000 + 3000 + 1000];
        for (int n = 0; n < 2000; n++) {
            multiples[n] = n + 1;
        }
        for (int i = 2000; i < 5000; i++) {
            multiples[i] = random.nextLong(2000, 1 << 20);
        }
        for (int i = 5000; i < multiples.length; i++) {
            multiples[i] = random.nextLong(1 << 20, 1L << 40);
        }
        assertAllAgree(FUNCTIONS, Inputs.withNegatives(PiMultiples.nearest(multiples, 2)));
    }

    /**
     * Doubles that come within about 2^-50 of a multiple of &pi;/2 in every part of the exponent range: for these
     * the large-argument reduction must extend its product of x and 2/&pi; beyond the usual number of chunks.
     */
    @Test
    void agreeOnArgumentsClosestToMultiplesOfPiOverTwo() {
        double[] hard = PiMultiples.closestApproaches(-45, -40, -36, -33, -30, 0, 10, 30, 60, 100, 150, 200, 300,
                400, 500, 600, 700, 797, 850, 900, 950, 971);
        for (double x : hard) {
            assertAllAgree(FUNCTIONS, Inputs.withNegatives(Inputs.neighbours(x, 2)));
        }
    }

    @Test
    void agreeOnRandomBitPatterns() {
        assertAllAgree(FUNCTIONS, Inputs.randomBits(0x5eed_0002L, 200_000));
    }

    @Test
    void agreeOnRandomArgumentsByRange() {
        assertAllAgree(FUNCTIONS, Inputs.uniform(0x5eed_0003L, 100_000, -7.0, 7.0));
        assertAllAgree(FUNCTIONS, Inputs.uniform(0x5eed_0004L, 50_000, -1e6, 1e6));
        assertAllAgree(FUNCTIONS, Inputs.binades(0x5eed_0005L, 100_000, -30, 1023));
        assertAllAgree(FUNCTIONS, Inputs.uniform(0x5eed_0006L, 20_000, 1e299, 1e301));
    }
}
