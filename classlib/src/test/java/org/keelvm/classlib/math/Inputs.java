package org.keelvm.classlib.math;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Test inputs: special values, the neighbourhoods of branch thresholds, and seeded random samples. */
final class Inputs {
    private Inputs() {
    }

    /** Zeros, infinities, NaNs with several payloads, subnormal and normal extremes, and small integers. */
    static double[] specialValues() {
        double[] positive = {
            0.0, Double.MIN_VALUE, 2 * Double.MIN_VALUE, Math.nextDown(Double.MIN_NORMAL), Double.MIN_NORMAL,
            Math.nextUp(Double.MIN_NORMAL), 0x1p-1000, 0x1p-600, 0x1p-60, 0x1p-30, 0.25, 0.5, Math.nextDown(1.0),
            1.0, Math.nextUp(1.0), 1.5, 2.0, 3.0, 10.0, 100.0, 1e10, 0x1p52, 0x1p53, 0x1p63, 1e100, 1e300,
            Math.nextDown(Double.MAX_VALUE), Double.MAX_VALUE, Double.POSITIVE_INFINITY,
        };
        // Quiet and signalling NaNs of both signs, with small, large and arbitrary payloads.
        long[] nanBits = {
            0x7ff8_0000_0000_0000L, 0x7ff0_0000_0000_0001L, 0x7ff4_0000_0000_0000L, 0x7fff_ffff_ffff_ffffL,
            0x7ff8_0000_dead_beefL, 0xfff8_0000_0000_0000L, 0xfff0_0000_0000_0001L, 0xffff_ffff_ffff_ffffL,
        };
        double[] nans = new double[nanBits.length];
        for (int i = 0; i < nans.length; i++) {
            nans[i] = Double.longBitsToDouble(nanBits[i]);
        }
        return concat(withNegatives(positive), nans);
    }

    /**
     * For each high word H, the 17 bit patterns nearest to where H starts and the 17 nearest to where it ends, of
     * both signs: every comparison of a high word with H, whether strict or not, has inputs on both sides.
     */
    static double[] aroundHighWords(int... highWords) {
        double[] values = new double[highWords.length * 2 * 17];
        int n = 0;
        for (int highWord : highWords) {
            long start = Integer.toUnsignedLong(highWord) << 32;
            for (long edge : new long[] {start, start + (1L << 32)}) {
                for (long d = -8; d <= 8; d++) {
                    values[n++] = Double.longBitsToDouble(edge + d);
                }
            }
        }
        return withNegatives(values);
    }

    /** {@code x} and the {@code radius} doubles on either side of it. */
    static double[] neighbours(double x, int radius) {
        double[] values = new double[2 * radius + 1];
        long bits = Double.doubleToRawLongBits(x);
        for (int d = -radius; d <= radius; d++) {
            values[d + radius] = Double.longBitsToDouble(bits + d);
        }
        return values;
    }

    /** Doubles whose 64 bits are uniformly random: every exponent, sign and NaN payload equally likely. */
    static double[] randomBits(long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = Double.longBitsToDouble(random.nextLong());
        }
        return values;
    }

    /** Doubles uniformly distributed over [from, to). */
    static double[] uniform(long seed, int count, double from, double to) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = random.nextDouble(from, to);
        }
        return values;
    }

    /**
     * Doubles of random sign and fraction whose binary exponent is uniform in [minExponent, maxExponent]: equally
     * many inputs in each binade.
     */
    static double[] binades(long seed, int count, int minExponent, int maxExponent) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            long exponent = random.nextInt(minExponent, maxExponent + 1) + 1023;
            long bits = (exponent << 52) | (random.nextLong() & 0x000f_ffff_ffff_ffffL);
            values[i] = Double.longBitsToDouble(random.nextBoolean() ? bits : bits | Long.MIN_VALUE);
        }
        return values;
    }

    /** Subnormal doubles with random fraction and sign. */
    static double[] subnormals(long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            long bits = random.nextLong() & 0x800f_ffff_ffff_ffffL;
            values[i] = Double.longBitsToDouble(bits);
        }
        return values;
    }

    /** The values and their negations. */
    static double[] withNegatives(double[] values) {
        double[] both = Arrays.copyOf(values, 2 * values.length);
        for (int i = 0; i < values.length; i++) {
            both[values.length + i] = -values[i];
        }
        return both;
    }

    static double[] concat(double[]... parts) {
        int length = 0;
        for (double[] part : parts) {
            length += part.length;
        }
        double[] all = new double[length];
        int n = 0;
        for (double[] part : parts) {
            System.arraycopy(part, 0, all, n, part.length);
            n += part.length;
        }
        return all;
    }
}
