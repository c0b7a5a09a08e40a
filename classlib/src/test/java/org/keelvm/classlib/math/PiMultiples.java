package org.keelvm.classlib.math;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * Arguments close to multiples of &pi;/2, where the reduction of sin, cos and tan cancels most of their bits. &pi;
 * is computed here with Machin's formula to 450 digits, enough for the fraction of x*2/&pi; to be known to well
 * over 100 bits for every finite double x.
 */
final class PiMultiples {
    private static final MathContext CONTEXT = new MathContext(450, RoundingMode.HALF_EVEN);
    private static final BigDecimal PI = machin();
    private static final BigDecimal TWO_OVER_PI = BigDecimal.valueOf(2).divide(PI, CONTEXT);
    private static final BigInteger TWO_52 = BigInteger.ONE.shiftLeft(52);
    private static final BigInteger TWO_53 = BigInteger.ONE.shiftLeft(53);

    private PiMultiples() {
    }

    /** The double nearest to {@code n*pi/2}, for each n, with {@code radius} neighbours on either side. */
    static double[] nearest(long[] multiples, int radius) {
        int width = 2 * radius + 1;
        double[] values = new double[multiples.length * width];
        for (int i = 0; i < multiples.length; i++) {
            double x = PI.multiply(BigDecimal.valueOf(multiples[i])).divide(BigDecimal.valueOf(2), CONTEXT)
                    .doubleValue();
            System.arraycopy(Inputs.neighbours(x, radius), 0, values, i * width, width);
        }
        return values;
    }

    /**
     * For each binary exponent e, a double m*2<sup>e</sup> (m a 53-bit integer) that comes very close to a
     * multiple of &pi;/2: m is a multiple of a continued-fraction convergent's denominator of the fraction of
     * 2<sup>e</sup>*2/&pi;, the best of those in [2<sup>52</sup>, 2<sup>53</sup>). At e = 797 this finds
     * 6381956970095103*2<sup>797</sup>, the double closest to a multiple of &pi;/2 of all.
     */
    static double[] closestApproaches(int... exponents) {
        double[] values = new double[exponents.length];
        for (int i = 0; i < exponents.length; i++) {
            int e = exponents[i];
            BigDecimal scaled = TWO_OVER_PI.multiply(powerOfTwo(e), CONTEXT);
            BigDecimal beta = scaled.subtract(new BigDecimal(scaled.toBigInteger()));
            BigInteger best = null;
            BigDecimal bestDistance = null;
            for (BigInteger q : convergentDenominators(beta)) {
                BigInteger[] quotient = TWO_52.add(q).subtract(BigInteger.ONE).divideAndRemainder(q);
                BigInteger m = q.multiply(quotient[0]);
                if (m.compareTo(TWO_53) >= 0) {
                    continue;
                }
                BigDecimal product = beta.multiply(new BigDecimal(m), CONTEXT);
                BigDecimal distance = product.subtract(product.setScale(0, RoundingMode.HALF_EVEN)).abs();
                if (bestDistance == null || distance.compareTo(bestDistance) < 0) {
                    best = m;
                    bestDistance = distance;
                }
            }
            values[i] = Math.scalb(best.doubleValue(), e);
        }
        return values;
    }

    /** Denominators of the continued-fraction convergents of {@code beta} in (0, 1), up to 2^53. */
    private static BigInteger[] convergentDenominators(BigDecimal beta) {
        BigInteger[] denominators = new BigInteger[0];
        BigInteger previous = BigInteger.ZERO;
        BigInteger current = BigInteger.ONE;
        BigDecimal rest = beta;
        while (rest.signum() != 0) {
            BigDecimal inverse = BigDecimal.ONE.divide(rest, CONTEXT);
            BigInteger term = inverse.toBigInteger();
            rest = inverse.subtract(new BigDecimal(term));
            BigInteger next = term.multiply(current).add(previous);
            if (next.compareTo(TWO_53) >= 0) {
                break;
            }
            previous = current;
            current = next;
            denominators = Arrays.copyOf(denominators, denominators.length + 1);
            denominators[denominators.length - 1] = current;
        }
        return denominators;
    }

    private static BigDecimal powerOfTwo(int e) {
        return e >= 0 ? new BigDecimal(BigInteger.ONE.shiftLeft(e))
                : BigDecimal.ONE.divide(new BigDecimal(BigInteger.ONE.shiftLeft(-e)));
    }

    /** pi = 16 atan(1/5) - 4 atan(1/239). */
    private static BigDecimal machin() {
        return arctanOfInverse(5).multiply(BigDecimal.valueOf(16)).subtract(arctanOfInverse(239)
                .multiply(BigDecimal.valueOf(4))).round(CONTEXT);
    }

    /** atan(1/n) by its Taylor series, to the precision of {@link #CONTEXT} and a few guard digits. */
    private static BigDecimal arctanOfInverse(int n) {
        MathContext guarded = new MathContext(CONTEXT.getPrecision() + 10, RoundingMode.HALF_EVEN);
        BigDecimal epsilon = BigDecimal.ONE.movePointLeft(guarded.getPrecision());
        BigDecimal nSquared = BigDecimal.valueOf((long) n * n);
        BigDecimal power = BigDecimal.ONE.divide(BigDecimal.valueOf(n), guarded);
        BigDecimal sum = power;
        for (int k = 1; power.compareTo(epsilon) > 0; k++) {
            power = power.divide(nSquared, guarded);
            BigDecimal term = power.divide(BigDecimal.valueOf(2L * k + 1), guarded);
            sum = (k % 2 == 1) ? sum.subtract(term) : sum.add(term);
        }
        return sum;
    }
}
