package org.keelvm.classlib.math;

import static org.keelvm.classlib.math.DoubleWords.high;
import static org.keelvm.classlib.math.DoubleWords.low;
import static org.keelvm.classlib.math.DoubleWords.of;
import static org.keelvm.classlib.math.DoubleWords.twoTo;

/**
 * Reduction of a trigonometric argument by multiples of &pi;/2: for finite {@code x}, an integer {@code n} and a
 * remainder {@code r = x - n*pi/2} with |r| &le; about &pi;/4, returned as a head and a small tail, so that the
 * kernels of {@link Trigonometry} see the remainder to well beyond double precision even when {@code x} lies very
 * close to a multiple of &pi;/2.
 *
 * <p>Three regimes, chosen on the high word of |x|:
 * <ul>
 *   <li>|x| &lt; 3&pi;/4: one subtraction of &pi;/2 split in a 33-bit head (so {@code x - head} is exact) and a
 *       tail; when |x| has the high word of &pi;/2, the next 33 bits of &pi;/2 are subtracted too.</li>
 *   <li>|x| up to about 2<sup>20</sup>&pi;/2: Cody and Waite's reduction, {@code n} = x*2/&pi; rounded, with &pi;/2
 *       split in three 33-bit pieces and their tails. Each step is exact, and the next piece is brought in only
 *       when the exponent of the remainder shows that cancellation ate the bits the previous step carried (more
 *       than 16, then more than 49 leading bits lost).</li>
 *   <li>larger |x|: Payne and Hanek's reduction. {@code x} is cut into three 24-bit integers times a power of two,
 *       multiplied by just the window of 2/&pi;'s binary expansion (taken 24 bits at a time from a table) that can
 *       affect {@code n mod 8} and the fraction, and the product's fraction is carried to as many extra 24-bit
 *       chunks as cancellation makes necessary. The fraction is finally multiplied by &pi;/2, itself in 24-bit
 *       chunks.</li>
 * </ul>
 *
 * <p>Every operation and its order is fixed: the results feed polynomials whose rounding must match the reference
 * results bit for bit.
 */
final class ArgumentReduction {
    /** 2/&pi; to double precision. */
    private static final double TWO_OVER_PI = 0x1.45f306dc9c883p-1;
    /** &pi;/2 rounded to double; {@code n} times it has the high word of n&pi;/2 for n up to 32. */
    private static final double PI_OVER_2 = 0x1.921fb54442d18p0;
    /** First 33 bits of &pi;/2, and &pi;/2 minus them. */
    private static final double PIO2_1 = 0x1.921fb544p0;
    private static final double PIO2_1_TAIL = 0x1.0b4611a626331p-34;
    /** Next 33 bits of &pi;/2, and what remains after them. */
    private static final double PIO2_2 = 0x1.0b4611a6p-34;
    private static final double PIO2_2_TAIL = 0x1.3198a2e037073p-69;
    /** Third 33 bits of &pi;/2, and what remains after them. */
    private static final double PIO2_3 = 0x1.3198a2ep-69;
    private static final double PIO2_3_TAIL = 0x1.b839a252049c1p-104;

    private static final double TWO_24 = 0x1p24;
    private static final double TWO_MINUS_24 = 0x1p-24;

    /**
     * The binary expansion of 2/&pi; in 24-bit chunks: chunk i holds bits 24i+1 to 24i+24 after the binary point.
     * 66 chunks reach far enough for the largest finite double (exponent 1023) plus the guard chunks.
     */
    private static final int[] TWO_OVER_PI_BITS = {
        0xA2F983, 0x6E4E44, 0x1529FC, 0x2757D1, 0xF534DD, 0xC0DB62, 0x95993C, 0x439041, 0xFE5163, 0xABDEBB,
        0xC561B7, 0x246E3A, 0x424DD2, 0xE00649, 0x2EEA09, 0xD1921C, 0xFE1DEB, 0x1CB129, 0xA73EE8, 0x8235F5,
        0x2EBB44, 0x84E99C, 0x7026B4, 0x5F7E41, 0x3991D6, 0x398353, 0x39F49C, 0x845F8B, 0xBDF928, 0x3B1FF8,
        0x97FFDE, 0x05980F, 0xEF2F11, 0x8B5A0A, 0x6D1F6D, 0x367ECF, 0x27CB09, 0xB74F46, 0x3F669E, 0x5FEA2D,
        0x7527BA, 0xC7EBE5, 0xF17B3D, 0x0739F7, 0x8A5292, 0xEA6BFB, 0x5FB11F, 0x8D5D08, 0x560330, 0x46FC7B,
        0x6BABF0, 0xCFBC20, 0x9AF436, 0x1DA9E3, 0x91615E, 0xE61B08, 0x659985, 0x5F14A0, 0x68408D, 0xFFD880,
        0x4D7327, 0x310606, 0x1556CA, 0x73A8C9, 0x60E27B, 0xC08C6B,
    };

    /** Chunks of the fraction carried beyond the first: enough for a head and a tail of double precision. */
    private static final int GUARD_CHUNKS = 4;

    /**
     * The leading {@code GUARD_CHUNKS + 1} pieces of &pi;/2 as doubles of 24 significant bits each, so that their
     * products with the 24-bit fraction chunks are exact.
     */
    private static final double[] PI_OVER_2_CHUNKS = {
        0x1.921fb4p0, 0x1.4442dp-24, 0x1.846988p-48, 0x1.8cc516p-72, 0x1.01b838p-96,
    };
    /** Capacity of the working arrays; reached only if a product needs many extra chunks to survive cancellation. */
    private static final int MAX_CHUNKS = 20;

    private ArgumentReduction() {
    }

    /**
     * Reduces finite {@code x} with |x| &gt; &pi;/4: stores the remainder's head in {@code r[0]} and its tail in
     * {@code r[1]}, and returns {@code n}, exact up to about 2<sup>20</sup>&pi;/2 and correct modulo 8 beyond.
     */
    static int reduce(double x, double[] r) {
        int hx = high(x);
        int ix = hx & 0x7fff_ffff;
        if (ix < 0x4002_d97c) {
            return nearPiOver2(x, hx, ix, r);
        }
        if (ix <= 0x4139_21fb) {
            return codyWaite(x, hx, ix, r);
        }
        return payneHanek(x, hx, ix, r);
    }

    /** |x| in (&pi;/4, 3&pi;/4): n is &plusmn;1. Computed on |x|; rounding is symmetric, so negating is exact. */
    private static int nearPiOver2(double x, int hx, int ix, double[] r) {
        double z = Math.abs(x) - PIO2_1;
        double head;
        double tail;
        if (ix != 0x3ff9_21fb) {
            head = z - PIO2_1_TAIL;
            tail = (z - head) - PIO2_1_TAIL;
        } else {
            // |x| has pi/2's high word, so z may have lost most of its bits: subtract the next piece of pi/2 too.
            z -= PIO2_2;
            head = z - PIO2_2_TAIL;
            tail = (z - head) - PIO2_2_TAIL;
        }
        return signed(hx, 1, head, tail, r);
    }

    /** |x| up to about 2<sup>20</sup>&pi;/2: n*pi/2 subtracted in up to three exact steps. */
    private static int codyWaite(double x, int hx, int ix, double[] r) {
        double t = Math.abs(x);
        int n = (int) (t * TWO_OVER_PI + 0.5);
        double fn = n;
        double rem = t - fn * PIO2_1;
        double w = fn * PIO2_1_TAIL;
        double head = rem - w;
        // For n < 32, an x whose high word differs from that of n*pi/2 is far enough from it for the first step.
        if (n >= 32 || ix == high(fn * PI_OVER_2)) {
            // The exponent drop from x to the remainder is the number of leading bits cancellation removed.
            int exponent = ix >> 20;
            if (exponent - ((high(head) >> 20) & 0x7ff) > 16) {
                t = rem;
                w = fn * PIO2_2;
                rem = t - w;
                w = fn * PIO2_2_TAIL - ((t - rem) - w);
                head = rem - w;
                if (exponent - ((high(head) >> 20) & 0x7ff) > 49) {
                    t = rem;
                    w = fn * PIO2_3;
                    rem = t - w;
                    w = fn * PIO2_3_TAIL - ((t - rem) - w);
                    head = rem - w;
                }
            }
        }
        return signed(hx, n, head, (rem - head) - w, r);
    }

    /** Stores the remainder of |x| with the sign of {@code x}, and returns n with that sign. */
    private static int signed(int hx, int n, double head, double tail, double[] r) {
        if (hx < 0) {
            r[0] = -head;
            r[1] = -tail;
            return -n;
        }
        r[0] = head;
        r[1] = tail;
        return n;
    }

    /** Huge |x|: Payne and Hanek's multiplication by a window of 2/&pi;. */
    private static int payneHanek(double x, int hx, int ix, double[] r) {
        // |x| = z * 2^exponent with z in [2^23, 2^24), cut into 24-bit integers: z = d0 + d1*2^-24 + d2*2^-48.
        int exponent = (ix >> 20) - 1046;
        double z = of(ix - (exponent << 20), low(x));
        double[] digits = new double[3];
        for (int i = 0; i < 2; i++) {
            digits[i] = (int) z;
            z = (z - digits[i]) * TWO_24;
        }
        digits[2] = z;
        int count = 3;
        while (digits[count - 1] == 0.0) {
            count--;
        }
        int n = multiplyByTwoOverPi(digits, count, exponent, r);
        return signed(hx, n, r[0], r[1], r);
    }

    /**
     * The fraction of (the sum of {@code digits[i]} * 2<sup>exponent - 24i</sup>) * 2/&pi;, times &pi;/2, as a
     * head in {@code y[0]} and a tail in {@code y[1]}; returns the integer part modulo 8. {@code digits} holds
     * {@code count} 24-bit integers as doubles, the last one nonzero.
     *
     * <p>Partial product i (of weight 2<sup>-24i</sup>) sums at most three products of 24-bit integers, which is
     * exact in a double. Chunks of 2/&pi; so heavy that they add only multiples of 8 to the integer part are
     * skipped. The partial products are then carried into 24-bit integer chunks of the fraction; when cancellation
     * leaves too few nonzero chunks, more partial products are added and the carrying is redone.
     */
    private static int multiplyByTwoOverPi(double[] digits, int count, int exponent, double[] y) {
        int lastDigit = count - 1;
        int skipped = Math.max((exponent - 3) / 24, 0);
        // The chunks of the product are integers times 2^scale.
        int scale = exponent - 24 * (skipped + 1);
        double[] window = new double[MAX_CHUNKS];
        double[] partial = new double[MAX_CHUNKS];
        int[] chunks = new int[MAX_CHUNKS];

        for (int i = 0, j = skipped - lastDigit; i <= lastDigit + GUARD_CHUNKS; i++, j++) {
            window[i] = j < 0 ? 0.0 : TWO_OVER_PI_BITS[j];
        }
        for (int i = 0; i <= GUARD_CHUNKS; i++) {
            partial[i] = convolve(digits, lastDigit, window, i);
        }

        int top = GUARD_CHUNKS;
        int n;
        // 0 if the fraction is below 1/2; otherwise the remainder is taken as fraction - 1 and this is 1, or 2 when
        // only the leading partial product's fraction could tell.
        int roundedUp;
        double z;
        while (true) {
            // Carry partial[top..1] into 24-bit chunks, least significant in chunks[0]; partial[0] plus its carry
            // stays in z.
            z = partial[top];
            for (int i = 0, j = top; j > 0; i++, j--) {
                double carry = (int) (TWO_MINUS_24 * z);
                chunks[i] = (int) (z - TWO_24 * carry);
                z = partial[j - 1] + carry;
            }
            // The integer part modulo 8, and the fraction left in z.
            z *= twoTo(scale);
            z -= 8.0 * Math.floor(z * 0.125);
            n = (int) z;
            z -= n;
            roundedUp = 0;
            if (scale > 0) {
                // The top chunk still holds the lowest integer bits.
                int integerBits = chunks[top - 1] >> (24 - scale);
                n += integerBits;
                chunks[top - 1] -= integerBits << (24 - scale);
                roundedUp = chunks[top - 1] >> (23 - scale);
            } else if (scale == 0) {
                roundedUp = chunks[top - 1] >> 23;
            } else if (z >= 0.5) {
                roundedUp = 2;
            }
            boolean borrowed = false;
            if (roundedUp > 0) {
                // n + 1, and the fraction replaced by 1 - fraction, chunk by chunk from the least significant.
                n += 1;
                for (int i = 0; i < top; i++) {
                    int chunk = chunks[i];
                    if (!borrowed) {
                        if (chunk != 0) {
                            borrowed = true;
                            chunks[i] = 0x100_0000 - chunk;
                        }
                    } else {
                        chunks[i] = 0xff_ffff - chunk;
                    }
                }
                if (scale == 1) {
                    chunks[top - 1] &= 0x7f_ffff;
                } else if (scale == 2) {
                    chunks[top - 1] &= 0x3f_ffff;
                }
                if (roundedUp == 2) {
                    z = 1.0 - z;
                    if (borrowed) {
                        z -= twoTo(scale);
                    }
                }
            }
            if (z != 0.0 || !allZero(chunks, GUARD_CHUNKS, top - 1)) {
                break;
            }
            // As many more partial products as there are zero chunks at the top of the first ones.
            int more = 1;
            while (chunks[GUARD_CHUNKS - more] == 0) {
                more++;
            }
            for (int i = top + 1; i <= top + more; i++) {
                window[lastDigit + i] = TWO_OVER_PI_BITS[skipped + i];
                partial[i] = convolve(digits, lastDigit, window, i);
            }
            top += more;
        }

        // Drop zero chunks at the top, or turn what z holds into one or two chunks of its own.
        if (z == 0.0) {
            top -= 1;
            scale -= 24;
            while (chunks[top] == 0) {
                top--;
                scale -= 24;
            }
        } else {
            z *= twoTo(-scale);
            if (z >= TWO_24) {
                double upper = (int) (TWO_MINUS_24 * z);
                chunks[top] = (int) (z - TWO_24 * upper);
                top += 1;
                scale += 24;
                chunks[top] = (int) upper;
            } else {
                chunks[top] = (int) z;
            }
        }

        // The chunks as doubles, reusing partial[]: the most significant in partial[top].
        double weight = twoTo(scale);
        for (int i = top; i >= 0; i--) {
            partial[i] = weight * chunks[i];
            weight *= TWO_MINUS_24;
        }
        // Times pi/2: sum m collects the products m chunks below the top, each from at most five terms.
        double[] timesPiOver2 = new double[MAX_CHUNKS];
        for (int i = top; i >= 0; i--) {
            double sum = 0.0;
            for (int k = 0; k <= GUARD_CHUNKS && k <= top - i; k++) {
                sum += PI_OVER_2_CHUNKS[k] * partial[i + k];
            }
            timesPiOver2[top - i] = sum;
        }
        // Head: the sums added from the smallest up; tail: what rounding the head lost.
        double head = 0.0;
        for (int i = top; i >= 0; i--) {
            head += timesPiOver2[i];
        }
        double tail = timesPiOver2[0] - head;
        for (int i = 1; i <= top; i++) {
            tail += timesPiOver2[i];
        }
        y[0] = roundedUp == 0 ? head : -head;
        y[1] = roundedUp == 0 ? tail : -tail;
        return n & 7;
    }

    /** Partial product {@code i}: the sum over j of {@code digits[j] * window[lastDigit + i - j]}. */
    private static double convolve(double[] digits, int lastDigit, double[] window, int i) {
        double sum = 0.0;
        for (int j = 0; j <= lastDigit; j++) {
            sum += digits[j] * window[lastDigit + i - j];
        }
        return sum;
    }

    /** Whether {@code chunks[from..to]} are all zero. */
    private static boolean allZero(int[] chunks, int from, int to) {
        int bits = 0;
        for (int i = to; i >= from; i--) {
            bits |= chunks[i];
        }
        return bits == 0;
    }
}
