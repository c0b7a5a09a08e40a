package org.keelvm.classlib.math;

import static org.keelvm.classlib.math.DoubleWords.high;
import static org.keelvm.classlib.math.DoubleWords.low;
import static org.keelvm.classlib.math.DoubleWords.of;

/**
 * The IEEE 754 remainder, x - n*p with n the integer nearest x/p (the even one on a tie), which is always exact.
 *
 * <p>The truncating remainder of x by 2p (Java's {@code %}, exact as well) first brings |x| below 2|p|; then at
 * most two subtractions of |p| bring it to [-|p|/2, |p|/2], comparing with p/2 or, where halving |p| would lose
 * its last bit (|p| &lt; 2<sup>-1021</sup>), comparing 2|x| with |p|. The result takes the sign of x, the sign
 * an exact zero has too.
 *
 * <p>A NaN argument is returned quieted, p's if both are NaN: that is the reference's choice, made explicit here
 * so that it does not depend on the order in which a compiler puts the operands of one multiplication.
 */
public final class Remainder {
    private Remainder() {
    }

    /** x - n*p for the integer n nearest x/p; NaN if x is infinite or p is zero. */
    public static double ieeeRemainder(double x, double p) {
        int hx = high(x);
        int lx = low(x);
        int hp = high(p);
        int lp = low(p);
        int sx = hx & 0x8000_0000;
        hp &= 0x7fff_ffff;
        hx &= 0x7fff_ffff;

        if (p != p) {
            return p + p;
        }
        if (x != x) {
            return x + x;
        }
        if ((hp | lp) == 0 || hx >= 0x7ff0_0000) {
            // p = 0 or x infinite: an invalid operation, whose NaN is the processor's default one.
            return (x * p) / (x * p);
        }
        if (hp <= 0x7fdf_ffff) {
            // 2p is finite.
            x = x % (p + p);
        }
        if (((hx - hp) | (lx - lp)) == 0) {
            // |x| = |p|
            return 0.0 * x;
        }
        x = Math.abs(x);
        p = Math.abs(p);
        if (hp < 0x0020_0000) {
            if (x + x > p) {
                x -= p;
                if (x + x >= p) {
                    x -= p;
                }
            }
        } else {
            double halfP = 0.5 * p;
            if (x > halfP) {
                x -= p;
                if (x >= halfP) {
                    x -= p;
                }
            }
        }
        return of(high(x) ^ sx, low(x));
    }
}
