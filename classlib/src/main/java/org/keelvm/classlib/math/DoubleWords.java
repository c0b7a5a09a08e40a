package org.keelvm.classlib.math;

/**
 * The two 32-bit halves of an IEEE 754 double, which the algorithms of this package test and edit directly: the
 * high word holds the sign, the 11-bit exponent and the top 20 bits of the fraction, the low word the other 32
 * fraction bits.
 *
 * <pre>
 *  63 62        52 51                 32 31                                  0
 * +--+------------+---------------------+-------------------------------------+
 * |s | exponent   | fraction (high 20)  | fraction (low 32)                   |
 * +--+------------+---------------------+-------------------------------------+
 *  \_________________ high word ________/ \_____________ low word ____________/
 * </pre>
 *
 * Comparing a high word with a constant compares magnitudes to about six significant digits, which is how the
 * functions choose their branches.
 */
final class DoubleWords {
    private DoubleWords() {
    }

    /** Sign, exponent and the top 20 fraction bits of {@code x}. */
    static int high(double x) {
        return (int) (Double.doubleToRawLongBits(x) >>> 32);
    }

    /** The low 32 fraction bits of {@code x}. */
    static int low(double x) {
        return (int) Double.doubleToRawLongBits(x);
    }

    /** The double whose words are {@code high} and {@code low}. */
    static double of(int high, int low) {
        return Double.longBitsToDouble(((long) high << 32) | (low & 0xFFFF_FFFFL));
    }

    /** {@code x} with its high word replaced. */
    static double withHigh(double x, int high) {
        return of(high, low(x));
    }

    /** {@code x} with its low word cleared: a value near {@code x} whose square is exact to 42 bits. */
    static double clearLow(double x) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(x) & 0xFFFF_FFFF_0000_0000L);
    }

    /** 2<sup>n</sup>, for {@code n} in the normal exponent range -1022..1023. */
    static double twoTo(int n) {
        return Double.longBitsToDouble((long) (n + 1023) << 52);
    }
}
