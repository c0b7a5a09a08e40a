package org.keelvm.classlib.math;

import static org.keelvm.classlib.math.DoubleWords.high;
import static org.keelvm.classlib.math.DoubleWords.low;
import static org.keelvm.classlib.math.DoubleWords.of;
import static org.keelvm.classlib.math.DoubleWords.withHigh;

/**
 * e<sup>x</sup> - 1 with the results {@link StrictMath} specifies, within 1 ulp of the exact value, and exact in
 * sign and accurate in relative terms near 0, where e<sup>x</sup> - 1 would cancel.
 *
 * <p>The argument is reduced to x = k ln2 + r with |r| &le; ln2/2, r carried as a rounded value and a correction
 * c, ln2 as a 32-bit head (so k times it is exact) and a tail. On the reduced range, e<sup>r</sup> - 1 is built
 * from a rational form in which a minimax polynomial of degree 5 in r<sup>2</sup>/2 (error below
 * 2<sup>-61</sup>) approximates (6/r)((e<sup>r</sup> + 1)/(e<sup>r</sup> - 1) - 2/r), which is even in r and
 * near 1; the correction c enters to first order.
 * Scaling by 2<sup>k</sup> is an addition to the exponent field, arranged for each range of k so that the
 * subtraction of 1 loses nothing: for k &lt; 20 the 1 is folded in as 1 - 2<sup>-k</sup> before scaling, for
 * larger k as 2<sup>-k</sup>.
 */
public final class Exponentials {
    private static final double HUGE = 1.0e300;
    private static final double TINY = 1.0e-300;
    /** The largest x whose e^x is finite. */
    private static final double OVERFLOW_THRESHOLD = 0x1.62e42fefa39efp9;
    /** ln2 to 32 bits, and ln2 minus it. */
    private static final double LN2_HI = 0x1.62e42feep-1;
    private static final double LN2_LO = 0x1.a39ef35793c76p-33;
    private static final double INV_LN2 = 0x1.71547652b82fep0;

    // (6/r)((e^r + 1)/(e^r - 1) - 2/r) ~ 1 + Q1 z + ... + Q5 z^5 with z = r^2/2
    private static final double Q1 = -0x1.11111111110f4p-5;
    private static final double Q2 = 0x1.a01a019fe5585p-10;
    private static final double Q3 = -0x1.4ce199eaadbb7p-14;
    private static final double Q4 = 0x1.0cfca86e65239p-18;
    private static final double Q5 = -0x1.afdb76e09c32dp-23;

    private Exponentials() {
    }

    /** e<sup>x</sup> - 1. */
    public static double expm1(double x) {
        int hx = high(x);
        boolean negative = hx < 0;
        hx &= 0x7fff_ffff;

        if (hx >= 0x4043_687a) {
            // |x| >= 56 ln2
            if (hx >= 0x4086_2e42) {
                // |x| >= 709.78
                if (hx >= 0x7ff0_0000) {
                    if (((hx & 0x000f_ffff) | low(x)) != 0) {
                        return x + x;
                    }
                    return negative ? -1.0 : x;
                }
                if (x > OVERFLOW_THRESHOLD) {
                    return HUGE * HUGE;
                }
            }
            if (negative && x + TINY < 0.0) {
                // x < -56 ln2: e^x is below half an ulp of 1.
                return TINY - 1.0;
            }
        }

        int k;
        double c = 0.0;
        if (hx > 0x3fd6_2e42) {
            // |x| > ln2/2: reduce.
            double hi;
            double lo;
            if (hx < 0x3ff0_a2b2) {
                // |x| < 3 ln2/2: k = +-1
                if (!negative) {
                    hi = x - LN2_HI;
                    lo = LN2_LO;
                    k = 1;
                } else {
                    hi = x + LN2_HI;
                    lo = -LN2_LO;
                    k = -1;
                }
            } else {
                k = (int) (INV_LN2 * x + (negative ? -0.5 : 0.5));
                double t = k;
                hi = x - t * LN2_HI;
                lo = t * LN2_LO;
            }
            x = hi - lo;
            c = (hi - x) - lo;
        } else if (hx < 0x3c90_0000) {
            // |x| < 2^-54: e^x - 1 rounds to x (the sum raises the inexact flag as the reference does).
            double t = HUGE + x;
            return x - (t - (HUGE + x));
        } else {
            k = 0;
        }

        double halfX = 0.5 * x;
        double halfSquare = x * halfX;
        double r1 = 1.0 + halfSquare * (Q1 + halfSquare * (Q2 + halfSquare * (Q3 + halfSquare * (Q4 + halfSquare
                * Q5))));
        double t = 3.0 - r1 * halfX;
        double e = halfSquare * ((r1 - t) / (6.0 - x * t));
        if (k == 0) {
            return x - (x * e - halfSquare);
        }
        e = x * (e - c) - c;
        e -= halfSquare;
        if (k == -1) {
            return 0.5 * (x - e) - 0.5;
        }
        if (k == 1) {
            if (x < -0.25) {
                return -2.0 * (e - (x + 0.5));
            }
            return 1.0 + 2.0 * (x - e);
        }
        if (k <= -2 || k > 56) {
            // 2^k (e^r) - 1 where the 1 is below the rounding of the product, or would overflow the shortcut.
            double y = 1.0 - (e - x);
            y = addToExponent(y, k);
            return y - 1.0;
        }
        double y;
        if (k < 20) {
            double oneMinusTwoToMinusK = of(0x3ff0_0000 - (0x20_0000 >> k), 0);
            y = oneMinusTwoToMinusK - (e - x);
            y = addToExponent(y, k);
        } else {
            double twoToMinusK = of((0x3ff - k) << 20, 0);
            y = x - (e + twoToMinusK);
            y += 1.0;
            y = addToExponent(y, k);
        }
        return y;
    }

    /** {@code y * 2^k} by adding k to the exponent field; y and the result must be normal. */
    private static double addToExponent(double y, int k) {
        return withHigh(y, high(y) + (k << 20));
    }
}
