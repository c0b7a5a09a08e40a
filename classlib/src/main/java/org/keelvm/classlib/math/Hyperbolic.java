package org.keelvm.classlib.math;

import static org.keelvm.classlib.math.DoubleWords.high;
import static org.keelvm.classlib.math.DoubleWords.low;

/**
 * Hyperbolic sine, cosine and tangent with the results {@link StrictMath} specifies, each within 2.5 ulps of the
 * exact value.
 *
 * <p>All three are built on {@link Exponentials#expm1} and {@link StrictMath#exp}, by range of |x|:
 * <ul>
 *   <li>small |x|, where e<sup>x</sup> - e<sup>-x</sup> would cancel: from E = e<sup>|x|</sup> - 1, which keeps
 *       its relative accuracy. Below 22, sinh|x| = (E + E/(E + 1))/2, evaluated as (2E - E<sup>2</sup>/(E + 1))/2
 *       below 1; below ln2/2, cosh x = 1 + E<sup>2</sup>/(2(1 + E)); below 22, tanh|x| = 1 - 2/(E' + 2) with E' =
 *       e<sup>2|x|</sup> - 1, or -E''/(E'' + 2) with E'' = e<sup>-2|x|</sup> - 1 below 1;</li>
 *   <li>up to 22, where e<sup>-|x|</sup> falls below half an ulp of e<sup>|x|</sup>: cosh = (e<sup>|x|</sup> +
 *       1/e<sup>|x|</sup>)/2. From 22 on, tanh is &plusmn;1;</li>
 *   <li>up to ln(Double.MAX_VALUE): sinh and cosh are &plusmn;e<sup>|x|</sup>/2;</li>
 *   <li>up to the threshold where the result overflows: (e<sup>|x|/2</sup>/2) e<sup>|x|/2</sup>, so that the
 *       intermediate power stays finite.</li>
 * </ul>
 */
public final class Hyperbolic {
    private static final double SINH_HUGE = 1.0e307;
    private static final double COSH_HUGE = 1.0e300;
    private static final double TINY = 1.0e-300;

    private Hyperbolic() {
    }

    /** The hyperbolic sine of {@code x}. */
    public static double sinh(double x) {
        int jx = high(x);
        int ix = jx & 0x7fff_ffff;
        if (ix >= 0x7ff0_0000) {
            return x + x;
        }
        double h = jx < 0 ? -0.5 : 0.5;
        if (ix < 0x4036_0000) {
            // |x| < 22
            if (ix < 0x3e30_0000 && SINH_HUGE + x > 1.0) {
                // |x| < 2^-28: sinh x rounds to x.
                return x;
            }
            double t = Exponentials.expm1(Math.abs(x));
            if (ix < 0x3ff0_0000) {
                return h * (2.0 * t - t * t / (t + 1.0));
            }
            return h * (t + t / (t + 1.0));
        }
        if (ix < 0x4086_2e42) {
            // |x| < ln(MAX_VALUE)
            return h * StrictMath.exp(Math.abs(x));
        }
        if (belowOverflowThreshold(ix, low(x))) {
            double w = StrictMath.exp(0.5 * Math.abs(x));
            double t = h * w;
            return t * w;
        }
        return x * SINH_HUGE;
    }

    /** The hyperbolic cosine of {@code x}. */
    public static double cosh(double x) {
        int ix = high(x) & 0x7fff_ffff;
        if (ix >= 0x7ff0_0000) {
            return x * x;
        }
        if (ix < 0x3fd6_2e43) {
            // |x| < ln2/2
            double t = Exponentials.expm1(Math.abs(x));
            double w = 1.0 + t;
            if (ix < 0x3c80_0000) {
                // |x| < 2^-55: cosh x rounds to 1.
                return w;
            }
            return 1.0 + (t * t) / (w + w);
        }
        if (ix < 0x4036_0000) {
            // |x| < 22
            double t = StrictMath.exp(Math.abs(x));
            return 0.5 * t + 0.5 / t;
        }
        if (ix < 0x4086_2e42) {
            return 0.5 * StrictMath.exp(Math.abs(x));
        }
        if (belowOverflowThreshold(ix, low(x))) {
            double w = StrictMath.exp(0.5 * Math.abs(x));
            double t = 0.5 * w;
            return t * w;
        }
        return COSH_HUGE * COSH_HUGE;
    }

    /** The hyperbolic tangent of {@code x}. */
    public static double tanh(double x) {
        int jx = high(x);
        int ix = jx & 0x7fff_ffff;
        if (ix >= 0x7ff0_0000) {
            // tanh(+-inf) = +-1; a NaN passes through the division.
            return jx >= 0 ? 1.0 / x + 1.0 : 1.0 / x - 1.0;
        }
        double z;
        if (ix < 0x4036_0000) {
            // |x| < 22
            if (ix < 0x3c80_0000) {
                // |x| < 2^-55: tanh x rounds to x.
                return x * (1.0 + x);
            }
            if (ix >= 0x3ff0_0000) {
                // |x| >= 1: tanh|x| = 1 - 2/(e^(2|x|) + 1)
                double t = Exponentials.expm1(2.0 * Math.abs(x));
                z = 1.0 - 2.0 / (t + 2.0);
            } else {
                // tanh|x| = -E/(E + 2) with E = e^(-2|x|) - 1
                double t = Exponentials.expm1(-2.0 * Math.abs(x));
                z = -t / (t + 2.0);
            }
        } else {
            // |x| >= 22: 1 to double precision.
            z = 1.0 - TINY;
        }
        return jx >= 0 ? z : -z;
    }

    /**
     * Whether |x|, given as its high word {@code ix} and low word {@code lx}, is at most the largest argument
     * (0x408633ce_8fb9f87d, about 710.4758) for which sinh and cosh are finite.
     */
    private static boolean belowOverflowThreshold(int ix, int lx) {
        return ix < 0x4086_33ce || (ix == 0x4086_33ce && Integer.compareUnsigned(lx, 0x8fb9_f87d) <= 0);
    }
}
