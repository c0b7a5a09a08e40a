package org.keelvm.classlib;

import org.keelvm.classlib.math.Exponentials;
import org.keelvm.classlib.math.Hyperbolic;
import org.keelvm.classlib.math.InverseTrigonometry;
import org.keelvm.classlib.math.Logarithms;
import org.keelvm.classlib.math.Remainder;
import org.keelvm.classlib.math.Trigonometry;
import org.keelvm.vm.substitution.Substitute;
import org.keelvm.vm.substitution.TargetClass;

/**
 * {@code StrictMath}'s native methods, in Java from {@code org.keelvm.classlib.math}, with the results the
 * specification requires bit for bit. The one native left, {@code sqrt}, is compiled to the processor's square root
 * instruction; {@code exp}, {@code pow}, {@code cbrt} and {@code hypot} are already Java in JDK 17.
 */
@TargetClass(StrictMath.class)
final class Target_java_lang_StrictMath {
    @Substitute
    public static double sin(double a) {
        return Trigonometry.sin(a);
    }

    @Substitute
    public static double cos(double a) {
        return Trigonometry.cos(a);
    }

    @Substitute
    public static double tan(double a) {
        return Trigonometry.tan(a);
    }

    @Substitute
    public static double asin(double a) {
        return InverseTrigonometry.asin(a);
    }

    @Substitute
    public static double acos(double a) {
        return InverseTrigonometry.acos(a);
    }

    @Substitute
    public static double atan(double a) {
        return InverseTrigonometry.atan(a);
    }

    @Substitute
    public static double log(double a) {
        return Logarithms.log(a);
    }

    @Substitute
    public static double log10(double a) {
        return Logarithms.log10(a);
    }

    @Substitute
    public static double IEEEremainder(double f1, double f2) {
        return Remainder.ieeeRemainder(f1, f2);
    }

    @Substitute
    public static double atan2(double y, double x) {
        return InverseTrigonometry.atan2(y, x);
    }

    @Substitute
    public static double sinh(double x) {
        return Hyperbolic.sinh(x);
    }

    @Substitute
    public static double cosh(double x) {
        return Hyperbolic.cosh(x);
    }

    @Substitute
    public static double tanh(double x) {
        return Hyperbolic.tanh(x);
    }

    @Substitute
    public static double expm1(double x) {
        return Exponentials.expm1(x);
    }

    @Substitute
    public static double log1p(double x) {
        return Logarithms.log1p(x);
    }
}
