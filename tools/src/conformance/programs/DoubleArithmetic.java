import org.keelvm.hal.Console;

/**
 * double +, -, *, / and negation over every pair of special values (zeros, subnormals, extremes, infinities, NaN),
 * with the raw bits of each result; Math.abs, Math.sqrt, StrictMath.sqrt and the raw-bit conversions.
 */
public class DoubleArithmetic {
    static final int VALUES = 15;

    public static void main(String[] args) {
        for (int i = 0; i < VALUES; i++) {
            for (int j = 0; j < VALUES; j++) {
                double a = value(i);
                double b = value(j);
                Console.print(i);
                Console.putChar(' ');
                Console.print(j);
                Console.putChar(' ');
                hex(add(a, b));
                hex(subtract(a, b));
                hex(multiply(a, b));
                hex(divide(a, b));
                Console.println();
            }
        }
        for (int i = 0; i < VALUES; i++) {
            double a = value(i);
            hex(negate(a));
            hex(Math.abs(a));
            hex(canonical(Math.sqrt(a)));
            hex(canonical(StrictMath.sqrt(a)));
            Console.println();
        }
        double signaling = Double.longBitsToDouble(0x7FF0_0000_0000_0001L);
        double negativeNaN = Double.longBitsToDouble(0xFFF8_0000_0000_1234L);
        hex(negate(signaling));
        hex(negate(negativeNaN));
        hex(negate(negate(negativeNaN)));
        hex(Double.longBitsToDouble(Double.doubleToRawLongBits(negativeNaN) ^ 1));
        Console.println();
        hex(add(9_007_199_254_740_992d, 1d));
        hex(add(9_007_199_254_740_992d, 3d));
        hex(add(0.1, 0.2));
        hex(divide(1d, 3d));
        hex(divide(2d, 3d));
        hex(multiply(Double.MIN_VALUE, 0.5));
        hex(multiply(Double.MIN_VALUE, 1.5));
        hex(multiply(Double.MIN_NORMAL, 0.5));
        hex(divide(Double.MIN_NORMAL, 3d));
        hex(multiply(1.7e308, 1.0000000000000002));
        hex(subtract(1d, 1d));
        hex(subtract(-1d, -1d));
        hex(add(-0d, -0d));
        hex(add(-0d, 0d));
        hex(Math.sqrt(2d));
        hex(StrictMath.sqrt(Double.MIN_VALUE));
        hex(Math.sqrt(-0d));
        Console.println();
        Console.println(accumulate(1000));
        Console.println(Double.doubleToRawLongBits(polynomial(1.25)));
        Console.println(Double.doubleToRawLongBits(newton(10)));
    }

    static double value(int i) {
        switch (i) {
            case 0: return 0d;
            case 1: return -0d;
            case 2: return 1d;
            case 3: return -1d;
            case 4: return 1.5d;
            case 5: return -7.25d;
            case 6: return 0.1d;
            case 7: return Double.MIN_VALUE;
            case 8: return -Double.MIN_NORMAL;
            case 9: return Double.longBitsToDouble(0x0008_0000_0000_0001L);
            case 10: return Double.MAX_VALUE;
            case 11: return -Double.MAX_VALUE;
            case 12: return Double.POSITIVE_INFINITY;
            case 13: return Double.NEGATIVE_INFINITY;
            default: return Double.NaN;
        }
    }

    static double add(double a, double b) {
        return a + b;
    }

    static double subtract(double a, double b) {
        return a - b;
    }

    static double multiply(double a, double b) {
        return a * b;
    }

    static double divide(double a, double b) {
        return a / b;
    }

    static double negate(double a) {
        return -a;
    }

    /** The square root of a negative number is a NaN whose bits Java leaves open. */
    static double canonical(double a) {
        return a != a ? Double.NaN : a;
    }

    static long accumulate(int n) {
        double sum = 0;
        for (int k = 1; k <= n; k++) {
            sum += 1d / k;
        }
        return Double.doubleToRawLongBits(sum);
    }

    static double polynomial(double x) {
        return ((3.5 * x - 2.25) * x + 0.125) * x - 7;
    }

    /** Newton's iteration for the square root of 2. */
    static double newton(int steps) {
        double x = 1;
        for (int i = 0; i < steps; i++) {
            x = (x + 2 / x) / 2;
        }
        return x;
    }

    static void hex(double value) {
        Console.printHex(Double.doubleToRawLongBits(value));
        Console.putChar(' ');
    }
}
