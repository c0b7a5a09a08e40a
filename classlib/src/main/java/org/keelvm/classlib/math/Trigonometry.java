package org.keelvm.classlib.math;

import static org.keelvm.classlib.math.DoubleWords.clearLow;
import static org.keelvm.classlib.math.DoubleWords.high;
import static org.keelvm.classlib.math.DoubleWords.low;

/**
 * Sine, cosine and tangent with the results {@link StrictMath} specifies, each within 1 ulp of the exact value.
 *
 * <p>An argument with |x| &le; &pi;/4 goes straight to a kernel; a larger finite one is first reduced to
 * {@code x = n*pi/2 + r} with |r| &le; &pi;/4 by {@link ArgumentReduction}, which hands the remainder over as a
 * head {@code y} and a small tail {@code t}. Then {@code n mod 4} picks the kernel and the sign: sin x is
 * sin r, cos r, -sin r or -cos r, and tan x is tan r or -1/tan r.
 *
 * <p>The kernels on [-&pi;/4, &pi;/4] are minimax polynomials in r<sup>2</sup>: degree 13 in r for sine (error
 * below 2<sup>-58</sup> relative), 14 for cosine (below 2<sup>-58</sup> absolute), 27 for tangent (below
 * 2<sup>-59</sup>), each with a first-order correction for the tail. For the cosine above |r| = 0.3, a short
 * number q near r<sup>2</sup>/2 (|r|/4 with its low word cleared, or 0.28125 above |r| = 0.78125) is taken from
 * both terms of 1 - r<sup>2</sup>/2, so that 1 - q is exact and the rest is small. For the tangent above
 * |r| = 0.6744 the kernel evaluates
 * tan(&pi;/4 - |r|) and uses tan(&pi;/4 - a) = (1 - tan a)/(1 + tan a), which keeps the polynomial argument small.
 */
public final class Trigonometry {
    // sin r = r + S1 r^3 + ... + S6 r^13
    private static final double S1 = -0x1.5555555555549p-3;
    private static final double S2 = 0x1.111111110f8a6p-7;
    private static final double S3 = -0x1.a01a019c161d5p-13;
    private static final double S4 = 0x1.71de357b1fe7dp-19;
    private static final double S5 = -0x1.ae5e68a2b9cebp-26;
    private static final double S6 = 0x1.5d93a5acfd57cp-33;

    // cos r = 1 - r^2/2 + C1 r^4 + ... + C6 r^14
    private static final double C1 = 0x1.555555555554cp-5;
    private static final double C2 = -0x1.6c16c16c15177p-10;
    private static final double C3 = 0x1.a01a019cb1590p-16;
    private static final double C4 = -0x1.27e4f809c52adp-22;
    private static final double C5 = 0x1.1ee9ebdb4b1c4p-29;
    private static final double C6 = -0x1.8fae9be8838d4p-37;

    // tan r = r + T[0] r^3 + ... + T[12] r^27
    private static final double[] T = {
        0x1.5555555555563p-2, 0x1.111111110fe7ap-3, 0x1.ba1ba1bb341fep-5, 0x1.664f48406d637p-6,
        0x1.226e3e96e8493p-7, 0x1.d6d22c9560328p-9, 0x1.7dbc8fee08315p-10, 0x1.344d8f2f26501p-11,
        0x1.026f71a8d1068p-12, 0x1.47e88a03792a6p-14, 0x1.2b80f32f0a7e9p-14, -0x1.375cbdb605373p-16,
        0x1.b2a7074bf7ad4p-16,
    };
    /** &pi;/4 rounded, and &pi;/4 minus it. */
    private static final double PI_OVER_4 = 0x1.921fb54442d18p-1;
    private static final double PI_OVER_4_TAIL = 0x1.1a62633145c07p-55;

    private Trigonometry() {
    }

    /** The sine of {@code x} (radians). */
    public static double sin(double x) {
        int ix = high(x) & 0x7fff_ffff;
        if (ix <= 0x3fe9_21fb) {
            return sinKernel(x, 0.0, false);
        }
        if (ix >= 0x7ff0_0000) {
            return x - x;
        }
        double[] r = new double[2];
        int n = ArgumentReduction.reduce(x, r);
        return switch (n & 3) {
            case 0 -> sinKernel(r[0], r[1], true);
            case 1 -> cosKernel(r[0], r[1]);
            case 2 -> -sinKernel(r[0], r[1], true);
            default -> -cosKernel(r[0], r[1]);
        };
    }

    /** The cosine of {@code x} (radians). */
    public static double cos(double x) {
        int ix = high(x) & 0x7fff_ffff;
        if (ix <= 0x3fe9_21fb) {
            return cosKernel(x, 0.0);
        }
        if (ix >= 0x7ff0_0000) {
            return x - x;
        }
        double[] r = new double[2];
        int n = ArgumentReduction.reduce(x, r);
        return switch (n & 3) {
            case 0 -> cosKernel(r[0], r[1]);
            case 1 -> -sinKernel(r[0], r[1], true);
            case 2 -> -cosKernel(r[0], r[1]);
            default -> sinKernel(r[0], r[1], true);
        };
    }

    /** The tangent of {@code x} (radians). */
    public static double tan(double x) {
        int ix = high(x) & 0x7fff_ffff;
        if (ix <= 0x3fe9_21fb) {
            return tanKernel(x, 0.0, 1);
        }
        if (ix >= 0x7ff0_0000) {
            return x - x;
        }
        double[] r = new double[2];
        int n = ArgumentReduction.reduce(x, r);
        return tanKernel(r[0], r[1], 1 - ((n & 1) << 1));
    }

    /** sin(x + y) for |x| &le; about &pi;/4 and |y| tiny beside x; {@code y} is read only if {@code withTail}. */
    private static double sinKernel(double x, double y, boolean withTail) {
        int ix = high(x) & 0x7fff_ffff;
        if (ix < 0x3e40_0000 && (int) x == 0) {
            // |x| < 2^-27: x^3/6 is below half an ulp of x.
            return x;
        }
        double z = x * x;
        double v = z * x;
        double r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
        if (!withTail) {
            return x + v * (S1 + z * r);
        }
        // sin(x + y) ~ sin x + y cos x, with cos x ~ 1 - x^2/2 to the order that matters.
        return x - ((z * (0.5 * y - v * r) - y) - v * S1);
    }

    /** cos(x + y) for |x| &le; about &pi;/4 and |y| tiny beside x. */
    private static double cosKernel(double x, double y) {
        int ix = high(x) & 0x7fff_ffff;
        if (ix < 0x3e40_0000 && (int) x == 0) {
            // |x| < 2^-27: x^2/2 is below half an ulp of 1.
            return 1.0;
        }
        double z = x * x;
        double r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
        // The tail enters as -x*y, the derivative's first term.
        if (ix < 0x3fd3_3333) {
            // |x| < 0.3: 1 - x^2/2 loses nothing worth keeping.
            return 1.0 - (0.5 * z - (z * r - x * y));
        }
        // 1 - x^2/2 = (1 - q) - (x^2/2 - q), with q = |x|/4 cut to 21 bits, so that 1 - q is exact.
        double q = ix > 0x3fe9_0000 ? 0.28125 : DoubleWords.of(ix - 0x0020_0000, 0);
        double hz = 0.5 * z - q;
        double a = 1.0 - q;
        return a - (hz - (z * r - x * y));
    }

    /**
     * tan(x + y) if {@code sign} is 1, -1/tan(x + y) if it is -1, for |x| &le; about &pi;/4 and |y| tiny beside
     * x.
     */
    private static double tanKernel(double x, double y, int sign) {
        int hx = high(x);
        int ix = hx & 0x7fff_ffff;
        if (ix < 0x3e30_0000 && (int) x == 0) {
            // |x| < 2^-28: tan x is x to double precision.
            if (((ix | low(x)) | (sign + 1)) == 0) {
                return 1.0 / Math.abs(x);
            }
            if (sign == 1) {
                return x;
            }
            return negativeReciprocal(x + y, x, y);
        }
        boolean reflected = ix >= 0x3fe5_9428;
        if (reflected) {
            // |x| >= 0.6744: work on a = pi/4 - |x|, computed with the tails of both.
            if (hx < 0) {
                x = -x;
                y = -y;
            }
            double z = PI_OVER_4 - x;
            double w = PI_OVER_4_TAIL - y;
            x = z + w;
            y = 0.0;
        }
        double z = x * x;
        double w = z * z;
        // The polynomial's odd and even halves in w = x^4, so both Horner chains are short.
        double r = T[1] + w * (T[3] + w * (T[5] + w * (T[7] + w * (T[9] + w * T[11]))));
        double v = z * (T[2] + w * (T[4] + w * (T[6] + w * (T[8] + w * (T[10] + w * T[12])))));
        double s = z * x;
        r = y + z * (s * (r + v) + y);
        r += T[0] * s;
        w = x + r;
        if (reflected) {
            // With w = tan a, v - 2(w - w^2/(w + v)) is (1 - w)/(1 + w) = tan(pi/4 - a) for v = 1 and
            // (1 + w)/(w - 1) = -1/tan(pi/4 - a) for v = -1; the sign of x comes back last.
            double signValue = sign;
            return (1 - ((hx >> 30) & 2)) * (signValue - 2.0 * (x - (w * w / (w + signValue) - r)));
        }
        if (sign == 1) {
            return w;
        }
        return negativeReciprocal(w, x, r);
    }

    /**
     * -1/w for w = x + r rounded, to nearly full precision: the quotient's leading 21 bits {@code t} are corrected
     * by the residual 1 + t*w, with w split into an exact short head and the rest of x + r.
     */
    private static double negativeReciprocal(double w, double x, double r) {
        double head = clearLow(w);
        double rest = r - (head - x);
        double a = -1.0 / w;
        double t = clearLow(a);
        double s = 1.0 + t * head;
        return t + a * (s + t * rest);
    }
}
