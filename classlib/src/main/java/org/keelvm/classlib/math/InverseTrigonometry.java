package org.keelvm.classlib.math;

import static org.keelvm.classlib.math.DoubleWords.clearLow;
import static org.keelvm.classlib.math.DoubleWords.high;
import static org.keelvm.classlib.math.DoubleWords.low;
import static org.keelvm.classlib.math.DoubleWords.of;

/**
 * Arc sine, arc cosine, arc tangent and the two-argument arc tangent with the results {@link StrictMath}
 * specifies, each within 1 ulp of the exact value.
 *
 * <p>asin and acos share one rational approximation {@code R(t)} of (asin s - s)/s in t = s<sup>2</sup>
 * (numerator of degree 6, denominator of degree 4). Below 1/2 it is used directly. Above, the identity
 * asin x = &pi;/2 - 2 asin(&radic;((1 - x)/2)) keeps the argument small; the square root is then split into a
 * 21-bit head and a correction (or, near 1, used whole) so that the final subtraction from &pi;/2 is carried in
 * extra precision with &pi;/2 as a head and a tail.
 *
 * <p>atan reduces |x| to [0, 7/16] with atan x = atan c + atan((x - c)/(1 + xc)) for c = 1/2, 1, 3/2 or infinity,
 * chosen at the breakpoints 7/16, 11/16, 19/16 and 39/16; the four atan c are stored as a head and a tail. An odd
 * polynomial of degree 23, split into even and odd halves in x<sup>4</sup>, approximates atan on the reduced
 * range. atan2 settles the signed zeros, infinities and quadrants itself and calls atan on |y/x|, subtracting a
 * tail of &pi; before &pi; itself where the quadrant needs it.
 */
public final class InverseTrigonometry {
    private static final double PI = 0x1.921fb54442d18p1;
    /** &pi; minus {@link #PI}. */
    private static final double PI_TAIL = 0x1.1a62633145c07p-53;
    private static final double PI_OVER_2 = 0x1.921fb54442d18p0;
    /** &pi;/2 minus {@link #PI_OVER_2}. */
    private static final double PI_OVER_2_TAIL = 0x1.1a62633145c07p-54;
    private static final double PI_OVER_4 = 0x1.921fb54442d18p-1;
    /** Added to exact results that are not representable, to raise the inexact flag as the reference does. */
    private static final double TINY = 1.0e-300;
    private static final double HUGE = 1.0e300;

    // R(t) = t (P0 + P1 t + ... + P5 t^5) / (1 + Q1 t + ... + Q4 t^4)
    private static final double P0 = 0x1.5555555555555p-3;
    private static final double P1 = -0x1.4d61203eb6f7dp-2;
    private static final double P2 = 0x1.9c1550e884455p-3;
    private static final double P3 = -0x1.48228b5688f3bp-5;
    private static final double P4 = 0x1.9efe07501b288p-11;
    private static final double P5 = 0x1.23de10dfdf709p-15;
    private static final double Q1 = -0x1.33a271c8a2d4bp1;
    private static final double Q2 = 0x1.02ae59c598ac8p1;
    private static final double Q3 = -0x1.6066c1b8d0159p-1;
    private static final double Q4 = 0x1.3b8c5b12e9282p-4;

    /** atan of 0.5, 1, 1.5 and infinity, each as a rounded head and the tail the rounding lost. */
    private static final double[] ATAN_HEAD = {
        0x1.dac670561bb4fp-2, 0x1.921fb54442d18p-1, 0x1.f730bd281f69bp-1, 0x1.921fb54442d18p0,
    };
    private static final double[] ATAN_TAIL = {
        0x1.a2b7f222f65e2p-56, 0x1.1a62633145c07p-55, 0x1.007887af0cbbdp-56, 0x1.1a62633145c07p-54,
    };
    // atan x = x - x (A[0] x^2 + A[1] x^4 + ... + A[10] x^22) on [-7/16, 7/16]
    private static final double[] A = {
        0x1.555555555550dp-2, -0x1.999999998ebc4p-3, 0x1.24924920083ffp-3, -0x1.c71c6fe231671p-4,
        0x1.745cdc54c206ep-4, -0x1.3b0f2af749a6dp-4, 0x1.10d66a0d03d51p-4, -0x1.dde2d52defd9ap-5,
        0x1.97b4b24760debp-5, -0x1.2b4442c6a6c2fp-5, 0x1.0ad3ae322da11p-6,
    };

    private InverseTrigonometry() {
    }

    /** The arc sine of {@code x}, in [-&pi;/2, &pi;/2]; NaN if |x| &gt; 1. */
    public static double asin(double x) {
        int hx = high(x);
        int ix = hx & 0x7fff_ffff;
        if (ix >= 0x3ff0_0000) {
            if (((ix - 0x3ff0_0000) | low(x)) == 0) {
                // asin(+-1) = +-pi/2, rounded from the head and tail.
                return x * PI_OVER_2 + x * PI_OVER_2_TAIL;
            }
            // |x| > 1 or NaN.
            return (x - x) / (x - x);
        }
        if (ix < 0x3fe0_0000) {
            if (ix < 0x3e40_0000 && HUGE + x > 1.0) {
                // |x| < 2^-27: x^3/6 is below half an ulp of x.
                return x;
            }
            return x + x * ratio(x * x);
        }
        // 1/2 <= |x| < 1: asin|x| = pi/2 - 2 asin(s) with s = sqrt(t), t = (1 - |x|)/2.
        double w = 1.0 - Math.abs(x);
        double t = w * 0.5;
        double s = Math.sqrt(t);
        double result;
        if (ix >= 0x3fef_3333) {
            // |x| > 0.975: s is small enough that 2(s + s R) needs no split.
            result = PI_OVER_2 - (2.0 * (s + s * ratio(t)) - PI_OVER_2_TAIL);
        } else {
            // s = head + c exactly to double precision, with head short enough that head^2 is exact.
            double head = clearLow(s);
            double c = (t - head * head) / (s + head);
            double p = 2.0 * s * ratio(t) - (PI_OVER_2_TAIL - 2.0 * c);
            double q = PI_OVER_4 - 2.0 * head;
            result = PI_OVER_4 - (p - q);
        }
        return hx > 0 ? result : -result;
    }

    /** The arc cosine of {@code x}, in [0, &pi;]; NaN if |x| &gt; 1. */
    public static double acos(double x) {
        int hx = high(x);
        int ix = hx & 0x7fff_ffff;
        if (ix >= 0x3ff0_0000) {
            if (((ix - 0x3ff0_0000) | low(x)) == 0) {
                return hx > 0 ? 0.0 : PI + 2.0 * PI_OVER_2_TAIL;
            }
            return (x - x) / (x - x);
        }
        if (ix < 0x3fe0_0000) {
            if (ix <= 0x3c60_0000) {
                // |x| <= 2^-57: acos x rounds to pi/2.
                return PI_OVER_2 + PI_OVER_2_TAIL;
            }
            // acos x = pi/2 - asin x, with pi/2's tail subtracted first.
            return PI_OVER_2 - (x - (PI_OVER_2_TAIL - x * ratio(x * x)));
        }
        if (hx < 0) {
            // x <= -1/2: acos x = pi - 2 asin(s), s = sqrt((1 + x)/2).
            double z = (1.0 + x) * 0.5;
            double s = Math.sqrt(z);
            double w = ratio(z) * s - PI_OVER_2_TAIL;
            return PI - 2.0 * (s + w);
        }
        // x >= 1/2: acos x = 2 asin(s), s = sqrt((1 - x)/2), with s split into a short head and a correction.
        double z = (1.0 - x) * 0.5;
        double s = Math.sqrt(z);
        double head = clearLow(s);
        double c = (z - head * head) / (s + head);
        double w = ratio(z) * s + c;
        return 2.0 * (head + w);
    }

    /** The arc tangent of {@code x}, in [-&pi;/2, &pi;/2]. */
    public static double atan(double x) {
        int hx = high(x);
        int ix = hx & 0x7fff_ffff;
        if (ix >= 0x4410_0000) {
            // |x| >= 2^66, or not finite.
            if (ix > 0x7ff0_0000 || (ix == 0x7ff0_0000 && low(x) != 0)) {
                return x + x;
            }
            return hx > 0 ? ATAN_HEAD[3] + ATAN_TAIL[3] : -ATAN_HEAD[3] - ATAN_TAIL[3];
        }
        int id;
        if (ix < 0x3fdc_0000) {
            // |x| < 7/16: no reduction.
            if (ix < 0x3e20_0000 && HUGE + x > 1.0) {
                // |x| < 2^-29: x^3/3 is below half an ulp of x.
                return x;
            }
            id = -1;
        } else {
            x = Math.abs(x);
            if (ix < 0x3ff3_0000) {
                if (ix < 0x3fe6_0000) {
                    // 7/16 <= |x| < 11/16: c = 1/2
                    id = 0;
                    x = (2.0 * x - 1.0) / (2.0 + x);
                } else {
                    // 11/16 <= |x| < 19/16: c = 1
                    id = 1;
                    x = (x - 1.0) / (x + 1.0);
                }
            } else if (ix < 0x4003_8000) {
                // 19/16 <= |x| < 39/16: c = 3/2
                id = 2;
                x = (x - 1.5) / (1.0 + 1.5 * x);
            } else {
                // 39/16 <= |x| < 2^66: c = infinity
                id = 3;
                x = -1.0 / x;
            }
        }
        double z = x * x;
        double w = z * z;
        double s1 = z * (A[0] + w * (A[2] + w * (A[4] + w * (A[6] + w * (A[8] + w * A[10])))));
        double s2 = w * (A[1] + w * (A[3] + w * (A[5] + w * (A[7] + w * A[9]))));
        if (id < 0) {
            return x - x * (s1 + s2);
        }
        z = ATAN_HEAD[id] - ((x * (s1 + s2) - ATAN_TAIL[id]) - x);
        return hx < 0 ? -z : z;
    }

    /** The angle of the point ({@code x}, {@code y}) from the positive x axis, in [-&pi;, &pi;]. */
    public static double atan2(double y, double x) {
        int hx = high(x);
        int ix = hx & 0x7fff_ffff;
        int lx = low(x);
        int hy = high(y);
        int iy = hy & 0x7fff_ffff;
        int ly = low(y);
        // A nonzero low word counts as one more bit above 0x7ff00000: NaN.
        if ((ix | ((lx | -lx) >>> 31)) > 0x7ff0_0000 || (iy | ((ly | -ly) >>> 31)) > 0x7ff0_0000) {
            // The reference returns x's NaN when both are NaN; x + y alone would leave that to operand order.
            return x != x ? x + x : y + y;
        }
        if (((hx - 0x3ff0_0000) | lx) == 0) {
            // x = 1
            return atan(y);
        }
        // Bit 0: y negative; bit 1: x negative.
        int quadrant = ((hy >> 31) & 1) | ((hx >> 30) & 2);
        if ((iy | ly) == 0) {
            return switch (quadrant) {
                case 0, 1 -> y;
                case 2 -> PI + TINY;
                default -> -PI - TINY;
            };
        }
        if ((ix | lx) == 0) {
            return hy < 0 ? -PI_OVER_2 - TINY : PI_OVER_2 + TINY;
        }
        if (ix == 0x7ff0_0000) {
            if (iy == 0x7ff0_0000) {
                return switch (quadrant) {
                    case 0 -> PI_OVER_4 + TINY;
                    case 1 -> -PI_OVER_4 - TINY;
                    case 2 -> 3.0 * PI_OVER_4 + TINY;
                    default -> -3.0 * PI_OVER_4 - TINY;
                };
            }
            return switch (quadrant) {
                case 0 -> 0.0;
                case 1 -> -0.0;
                case 2 -> PI + TINY;
                default -> -PI - TINY;
            };
        }
        if (iy == 0x7ff0_0000) {
            return hy < 0 ? -PI_OVER_2 - TINY : PI_OVER_2 + TINY;
        }
        // The exponent difference decides whether y/x is beyond the range where atan changes.
        int k = (iy - ix) >> 20;
        double z;
        if (k > 60) {
            // |y/x| > 2^60
            z = PI_OVER_2 + 0.5 * PI_TAIL;
        } else if (hx < 0 && k < -60) {
            // |y/x| < 2^-60 with x < 0: the result is +-pi.
            z = 0.0;
        } else {
            z = atan(Math.abs(y / x));
        }
        return switch (quadrant) {
            case 0 -> z;
            case 1 -> of(high(z) ^ 0x8000_0000, low(z));
            case 2 -> PI - (z - PI_TAIL);
            default -> (z - PI_TAIL) - PI;
        };
    }

    /** R(t) = P(t)/Q(t), the rational part of asin: asin s = s + s R(s^2). */
    private static double ratio(double t) {
        double p = t * (P0 + t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5)))));
        double q = 1.0 + t * (Q1 + t * (Q2 + t * (Q3 + t * Q4)));
        return p / q;
    }
}
