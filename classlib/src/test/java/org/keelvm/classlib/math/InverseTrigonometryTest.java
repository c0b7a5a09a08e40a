package org.keelvm.classlib.math;

import static org.keelvm.classlib.math.StrictMathOracle.assertAgrees;
import static org.keelvm.classlib.math.StrictMathOracle.assertAllAgree;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.keelvm.classlib.math.StrictMathOracle.Binary;
import org.keelvm.classlib.math.StrictMathOracle.Unary;

/** asin, acos, atan and atan2 agree with {@link StrictMath} in every bit. */
class InverseTrigonometryTest {
    private static final Unary[] ARC_SINE_AND_COSINE = {
        new Unary("asin", InverseTrigonometry::asin, StrictMath::asin),
        new Unary("acos", InverseTrigonometry::acos, StrictMath::acos),
    };
    private static final Unary[] ALL_UNARY = {
        ARC_SINE_AND_COSINE[0], ARC_SINE_AND_COSINE[1],
        new Unary("atan", InverseTrigonometry::atan, StrictMath::atan),
    };
    private static final Binary ATAN2 = new Binary("atan2", InverseTrigonometry::atan2, StrictMath::atan2);

    @Test
    void agreeOnSpecialValues() {
        assertAllAgree(ALL_UNARY, Inputs.specialValues());
    }

    /** asin and acos: 2^-57, 2^-27, 1/2, 0.975 and 1; atan: 2^-29, 7/16, 11/16, 19/16, 39/16, 2^66, infinity. */
    @Test
    void agreeAtBranchBoundaries() {
        double[] arcSine = Inputs.aroundHighWords(0x3c60_0000, 0x3e40_0000, 0x3fe0_0000, 0x3fef_3333, 0x3ff0_0000);
        double[] arcTangent = Inputs.aroundHighWords(0x3e20_0000, 0x3fdc_0000, 0x3fe6_0000, 0x3ff3_0000,
                0x4003_8000, 0x4410_0000, 0x7ff0_0000);
        assertAllAgree(ALL_UNARY, Inputs.concat(arcSine, arcTangent));
    }

    @Test
    void agreeOnRandomBitPatterns() {
        assertAllAgree(ALL_UNARY, Inputs.randomBits(0x5eed_0101L, 200_000));
    }

    @Test
    void agreeOnRandomArgumentsByRange() {
        assertAllAgree(ARC_SINE_AND_COSINE, Inputs.uniform(0x5eed_0102L, 200_000, -1.0, 1.0));
        assertAllAgree(ARC_SINE_AND_COSINE, Inputs.withNegatives(Inputs.uniform(0x5eed_0103L, 20_000, 0.97, 1.0)));
        assertAllAgree(ALL_UNARY, Inputs.binades(0x5eed_0104L, 100_000, -70, 2));
        assertAgrees(ALL_UNARY[2], Inputs.uniform(0x5eed_0105L, 100_000, -4.0, 4.0));
        assertAgrees(ALL_UNARY[2], Inputs.binades(0x5eed_0106L, 100_000, -40, 80));
    }

    /** Every pairing of zeros, infinities, NaN, 1 and ordinary values of both signs. */
    @Test
    void atan2AgreesOnSpecialPairs() {
        double[] values = Inputs.concat(Inputs.specialValues(), new double[] {0.75, -0.75, 1e-310, -1e-310});
        double[] ys = new double[values.length * values.length];
        double[] xs = new double[ys.length];
        for (int i = 0; i < values.length; i++) {
            for (int j = 0; j < values.length; j++) {
                ys[i * values.length + j] = values[i];
                xs[i * values.length + j] = values[j];
            }
        }
        assertAgrees(ATAN2, ys, xs);
    }

    /** y/x around 2^60 and 2^-60, where atan2 stops dividing, in all four quadrants. */
    @Test
    void atan2AgreesWhereTheQuotientLeavesRange() {
        SplittableRandom random = new SplittableRandom(0x5eed_0107L);
        int count = 40_000;
        double[] ys = new double[count];
        double[] xs = new double[count];
        for (int i = 0; i < count; i++) {
            double x = Math.scalb(1.0 + random.nextDouble(), random.nextInt(-200, 200));
            int shift = random.nextInt(58, 63) * (random.nextBoolean() ? 1 : -1);
            double y = Math.scalb(1.0 + random.nextDouble(), Math.getExponent(x) + shift);
            ys[i] = random.nextBoolean() ? y : -y;
            xs[i] = random.nextBoolean() ? x : -x;
        }
        assertAgrees(ATAN2, ys, xs);
    }

    @Test
    void atan2AgreesOnRandomPairs() {
        double[] bits = Inputs.randomBits(0x5eed_0108L, 200_000);
        assertAgrees(ATAN2, bits, Inputs.randomBits(0x5eed_0109L, 200_000));
        assertAgrees(ATAN2, Inputs.uniform(0x5eed_010aL, 100_000, -10, 10),
                Inputs.uniform(0x5eed_010bL, 100_000, -10, 10));
        assertAgrees(ATAN2, Inputs.binades(0x5eed_010cL, 100_000, -1074, 1023),
                Inputs.binades(0x5eed_010dL, 100_000, -1074, 1023));
    }
}
