package org.keelvm.classlib.math;

import static org.keelvm.classlib.math.DoubleWords.high;
import static org.keelvm.classlib.math.DoubleWords.low;
import static org.keelvm.classlib.math.DoubleWords.withHigh;

/**
 * Natural logarithm, base-10 logarithm and log(1 + x) with the results {@link StrictMath} specifies, each within
 * 1 ulp of the exact value.
 *
 * <p>log writes x = 2<sup>k</sup>(1 + f) with 1 + f in [&radic;2/2, &radic;2), so that log x = k ln2 + log(1 + f).
 * With s = f/(2 + f), log(1 + f) = 2s + 2s<sup>3</sup>/3 + ... = f - s(f - R(s)), where a minimax polynomial of
 * degree 14 in s (error below 2<sup>-58</sup>) stands for the series' tail; where |f| is largest, the form
 * f - (f<sup>2</sup>/2 - s(f<sup>2</sup>/2 + R)) is used instead. Either way the leading term f is added last.
 * k ln2 is carried as k times a 32-bit head of ln2 (exact for all k) plus k times the tail. Subnormals are scaled
 * by 2<sup>54</sup> first.
 *
 * <p>log1p computes 1 + x and, as long as that sum is inexact, a correction {@code c} for what rounding it lost,
 * and then proceeds as log does, adding c/(1 + x) to the result; for x near 0 it uses x itself as f.
 *
 * <p>log10 writes x = 2<sup>n</sup>m with m in [1, 2) or, for negative exponents, [1/2, 1), and returns
 * n log10(2) + log(m)/ln10, with log10(2) as a head short enough for n times it to be exact, and a tail.
 */
public final class Logarithms {
    /** ln2 to 32 bits (so that k*LN2_HI is exact for |k| &lt; 2^11), and ln2 minus it. */
    private static final double LN2_HI = 0x1.62e42feep-1;
    private static final double LN2_LO = 0x1.a39ef35793c76p-33;
    private static final double TWO_54 = 0x1p54;
    /** 1/ln10, and log10(2) as a 40-bit head and a tail. */
    private static final double INV_LN10 = 0x1.bcb7b1526e50ep-2;
    private static final double LOG10_2_HI = 0x1.34413509f6p-2;
    private static final double LOG10_2_LO = 0x1.9fef311f12b36p-42;

    // R(s) = L1 s^2 + L2 s^4 + ... + L7 s^14
    private static final double L1 = 0x1.5555555555593p-1;
    private static final double L2 = 0x1.999999997fa04p-2;
    private static final double L3 = 0x1.2492494229359p-2;
    private static final double L4 = 0x1.c71c51d8e78afp-3;
    private static final double L5 = 0x1.7466496cb03dep-3;
    private static final double L6 = 0x1.39a09d078c69fp-3;
    private static final double L7 = 0x1.2f112df3e5244p-3;

    private Logarithms() {
    }

    /** The natural logarithm of {@code x}. */
    public static double log(double x) {
        int hx = high(x);
        int lx = low(x);
        int k = 0;
        if (hx < 0x0010_0000) {
            // x < 2^-1022: zero, negative or subnormal.
            if (((hx & 0x7fff_ffff) | lx) == 0) {
                return Double.NEGATIVE_INFINITY;
            }
            if (hx < 0) {
                return (x - x) / 0.0;
            }
            k -= 54;
            x *= TWO_54;
            hx = high(x);
        }
        if (hx >= 0x7ff0_0000) {
            return x + x;
        }
        k += (hx >> 20) - 1023;
        hx &= 0x000f_ffff;
        // i is 0x100000 exactly when the fraction is at least sqrt(2) - 1 (0x6a09e), which moves x down to [1/2, 1).
        int i = (hx + 0x9_5f64) & 0x10_0000;
        x = withHigh(x, hx | (i ^ 0x3ff0_0000));
        k += i >> 20;
        double f = x - 1.0;
        if ((0x000f_ffff & (2 + hx)) < 3) {
            // -2^-20 < f < 2^-20: a short series.
            if (f == 0.0) {
                if (k == 0) {
                    return 0.0;
                }
                double dk = k;
                return dk * LN2_HI + dk * LN2_LO;
            }
            double r = f * f * (0.5 - 0.33333333333333333 * f);
            if (k == 0) {
                return f - r;
            }
            double dk = k;
            return dk * LN2_HI - ((r - dk * LN2_LO) - f);
        }
        double s = f / (2.0 + f);
        double dk = k;
        double z = s * s;
        double w = z * z;
        // The polynomial in even and odd halves in w = s^4.
        double t1 = w * (L2 + w * (L4 + w * L6));
        double t2 = z * (L1 + w * (L3 + w * (L5 + w * L7)));
        double r = t2 + t1;
        // Where |f| is largest (x's fraction from 0x6147a to 0x6b851, about 0.38 to 0.42), f^2/2 is split off.
        boolean splitSquare = ((hx - 0x6_147a) | (0x6_b851 - hx)) > 0;
        if (splitSquare) {
            double halfSquare = 0.5 * f * f;
            if (k == 0) {
                return f - (halfSquare - s * (halfSquare + r));
            }
            return dk * LN2_HI - ((halfSquare - (s * (halfSquare + r) + dk * LN2_LO)) - f);
        }
        if (k == 0) {
            return f - s * (f - r);
        }
        return dk * LN2_HI - ((s * (f - r) - dk * LN2_LO) - f);
    }

    /** The base-10 logarithm of {@code x}. */
    public static double log10(double x) {
        int hx = high(x);
        int lx = low(x);
        int k = 0;
        if (hx < 0x0010_0000) {
            if (((hx & 0x7fff_ffff) | lx) == 0) {
                return Double.NEGATIVE_INFINITY;
            }
            if (hx < 0) {
                return (x - x) / 0.0;
            }
            k -= 54;
            x *= TWO_54;
            hx = high(x);
        }
        if (hx >= 0x7ff0_0000) {
            return x + x;
        }
        k += (hx >> 20) - 1023;
        // For a negative exponent, take m in [1/2, 1) and n = k + 1, which keeps n*log10(2) and log10(m) of one sign.
        int negative = k >>> 31;
        hx = (hx & 0x000f_ffff) | ((0x3ff - negative) << 20);
        double n = k + negative;
        x = withHigh(x, hx);
        double z = n * LOG10_2_LO + INV_LN10 * log(x);
        return z + n * LOG10_2_HI;
    }

    /** The natural logarithm of {@code 1 + x}, accurate also where 1 + x would round. */
    public static double log1p(double x) {
        int hx = high(x);
        int ax = hx & 0x7fff_ffff;
        int k = 1;
        double f = 0.0;
        int hu = 0;
        if (hx < 0x3fda_827a) {
            // x < sqrt(2) - 1, or negative.
            if (ax >= 0x3ff0_0000) {
                // x <= -1
                if (x == -1.0) {
                    return Double.NEGATIVE_INFINITY;
                }
                return (x - x) / (x - x);
            }
            if (ax < 0x3e20_0000) {
                // |x| < 2^-29: x - x^2/2, or x alone below 2^-54.
                if (TWO_54 + x > 0.0 && ax < 0x3c90_0000) {
                    return x;
                }
                return x - x * x * 0.5;
            }
            if (hx > 0 || hx <= 0xbfd2_bec3) {
                // 1 - sqrt(2)/2 < x < sqrt(2) - 1: f = x, no reduction.
                k = 0;
                f = x;
                hu = 1;
            }
        }
        if (hx >= 0x7ff0_0000) {
            return x + x;
        }
        double c = 0.0;
        if (k != 0) {
            double u;
            if (hx < 0x4340_0000) {
                // x < 2^53: 1 + x rounds; c is what it lost, relative to 1 + x.
                u = 1.0 + x;
                hu = high(u);
                k = (hu >> 20) - 1023;
                c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
                c /= u;
            } else {
                u = x;
                hu = high(u);
                k = (hu >> 20) - 1023;
            }
            hu &= 0x000f_ffff;
            // Scale u into [sqrt(2)/2, sqrt(2)); for u's fraction below sqrt(2) - 1 (0x6a09e) that is [1, sqrt(2)).
            if (hu < 0x6_a09e) {
                u = withHigh(u, hu | 0x3ff0_0000);
            } else {
                k += 1;
                u = withHigh(u, hu | 0x3fe0_0000);
                hu = (0x0010_0000 - hu) >> 2;
            }
            f = u - 1.0;
        }
        double halfSquare = 0.5 * f * f;
        if (hu == 0) {
            // |f| < 2^-20
            if (f == 0.0) {
                if (k == 0) {
                    return 0.0;
                }
                c += k * LN2_LO;
                return k * LN2_HI + c;
            }
            double r = halfSquare * (1.0 - 0.66666666666666666 * f);
            if (k == 0) {
                return f - r;
            }
            return k * LN2_HI - ((r - (k * LN2_LO + c)) - f);
        }
        double s = f / (2.0 + f);
        double z = s * s;
        double r = z * (L1 + z * (L2 + z * (L3 + z * (L4 + z * (L5 + z * (L6 + z * L7))))));
        if (k == 0) {
            return f - (halfSquare - s * (halfSquare + r));
        }
        return k * LN2_HI - ((halfSquare - (s * (halfSquare + r) + (k * LN2_LO + c))) - f);
    }
}
