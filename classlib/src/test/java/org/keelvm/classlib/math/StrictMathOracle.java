package org.keelvm.classlib.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * Comparison of Keel's functions with the host JDK's {@link StrictMath}, whose native methods run the C library
 * the specification names and so serve as the oracle. Results must agree in every bit
 * ({@link Double#doubleToRawLongBits}), NaNs included; the first input that disagrees fails the test, named in
 * hex.
 */
final class StrictMathOracle {
    private StrictMathOracle() {
    }

    /** A one-argument function under test, with its reference. */
    record Unary(String name, DoubleUnaryOperator keel, DoubleUnaryOperator reference) {
    }

    /** A two-argument function under test, with its reference. */
    record Binary(String name, DoubleBinaryOperator keel, DoubleBinaryOperator reference) {
    }

    /** Asserts that {@code function} agrees with its reference on every input; returns how many were checked. */
    static int assertAgrees(Unary function, double[] inputs) {
        for (double x : inputs) {
            long expected = Double.doubleToRawLongBits(function.reference().applyAsDouble(x));
            long actual = Double.doubleToRawLongBits(function.keel().applyAsDouble(x));
            if (expected != actual) {
                fail(function.name() + "(" + hex(x) + ") is " + hex(actual) + ", StrictMath gives " + hex(expected));
            }
        }
        return inputs.length;
    }

    /** Asserts that {@code function} agrees with its reference on each pair {@code (xs[i], ys[i])}. */
    static int assertAgrees(Binary function, double[] xs, double[] ys) {
        assertEquals(xs.length, ys.length, "one second argument per first argument");
        for (int i = 0; i < xs.length; i++) {
            double x = xs[i];
            double y = ys[i];
            long expected = Double.doubleToRawLongBits(function.reference().applyAsDouble(x, y));
            long actual = Double.doubleToRawLongBits(function.keel().applyAsDouble(x, y));
            if (expected != actual) {
                fail(function.name() + "(" + hex(x) + ", " + hex(y) + ") is " + hex(actual)
                        + ", StrictMath gives " + hex(expected));
            }
        }
        return xs.length;
    }

    /** Asserts that each function agrees with its reference on every input. */
    static void assertAllAgree(Unary[] functions, double[] inputs) {
        for (Unary function : functions) {
            assertAgrees(function, inputs);
        }
    }

    private static String hex(double x) {
        return hex(Double.doubleToRawLongBits(x));
    }

    private static String hex(long bits) {
        return String.format("0x%016x", bits) + " (" + Double.longBitsToDouble(bits) + ")";
    }
}
