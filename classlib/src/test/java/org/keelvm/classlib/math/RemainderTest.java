package org.keelvm.classlib.math;

import static org.keelvm.classlib.math.StrictMathOracle.assertAgrees;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.keelvm.classlib.math.StrictMathOracle.Binary;

/** IEEEremainder agrees with {@link StrictMath} in every bit. */
class RemainderTest {
    private static final Binary REMAINDER = new Binary("IEEEremainder", Remainder::ieeeRemainder,
            StrictMath::IEEEremainder);

    /** Every pairing of zeros, infinities, NaNs, subnormals, extremes and ordinary values of both signs. */
    @Test
    void agreesOnSpecialPairs() {
        double[] values = Inputs.concat(Inputs.specialValues(), new double[] {0.75, -0.75, 7.0, -7.0, 1e-310});
        double[] xs = new double[values.length * values.length];
        double[] ps = new double[xs.length];
        for (int i = 0; i < values.length; i++) {
            for (int j = 0; j < values.length; j++) {
                xs[i * values.length + j] = values[i];
                ps[i * values.length + j] = values[j];
            }
        }
        assertAgrees(REMAINDER, xs, ps);
    }

    /**
     * Exact ties x = (n + 1/2)p (which go to the even n), their neighbours, |x| = |p|, and divisors around
     * 2^-1021 (below which p/2 would be inexact) and 2^1023 (above which 2p overflows).
     */
    @Test
    void agreesOnTiesAndDivisorEdges() {
        SplittableRandom random = new SplittableRandom(0x5eed_0501L);
        int count = 50_000;
        double[] xs = new double[count];
        double[] ps = new double[count];
        for (int i = 0; i < count; i++) {
            double p;
            switch (i % 4) {
                case 0 -> p = Math.scalb(1.0 + random.nextInt(1 << 20) * 0x1p-20, random.nextInt(-1040, 1000));
                case 1 -> p = Math.scalb(1.0 + random.nextDouble(), random.nextInt(-1024, -1019));
                case 2 -> p = Math.scalb(1.0 + random.nextDouble(), random.nextInt(1021, 1024));
                default -> p = Double.longBitsToDouble(random.nextLong(1, 0x0020_0000_0000_0000L));
            }
            double x = (random.nextInt(-64, 64) + 0.5) * p;
            if (i % 8 >= 4) {
                x = Double.longBitsToDouble(Double.doubleToRawLongBits(x) + random.nextInt(-2, 3));
            }
            if (i % 16 == 15) {
                x = random.nextBoolean() ? p : -p;
            }
            xs[i] = x;
            ps[i] = random.nextBoolean() ? p : -p;
        }
        assertAgrees(REMAINDER, xs, ps);
    }

    @Test
    void agreesOnRandomPairs() {
        assertAgrees(REMAINDER, Inputs.randomBits(0x5eed_0502L, 200_000), Inputs.randomBits(0x5eed_0503L, 200_000));
        assertAgrees(REMAINDER, Inputs.uniform(0x5eed_0504L, 100_000, -100, 100),
                Inputs.uniform(0x5eed_0505L, 100_000, -10, 10));
        assertAgrees(REMAINDER, Inputs.binades(0x5eed_0506L, 100_000, -1074, 1023),
                Inputs.binades(0x5eed_0507L, 100_000, -1074, 1023));
        assertAgrees(REMAINDER, Inputs.binades(0x5eed_0508L, 100_000, -100, 100),
                Inputs.binades(0x5eed_0509L, 100_000, -100, 100));
    }
}
