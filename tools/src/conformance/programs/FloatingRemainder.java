import org.keelvm.hal.Console;

/**
 * frem and drem: the remainder of the truncated quotient, exact, with the dividend's sign; NaN for an infinite
 * dividend or a zero divisor, the dividend itself for an infinite divisor. Quotients far beyond 2^63 need many
 * partial reductions.
 */
public class FloatingRemainder {
    static final int VALUES = 16;

    public static void main(String[] args) {
        for (int i = 0; i < VALUES; i++) {
            for (int j = 0; j < VALUES; j++) {
                Console.print(i);
                Console.putChar(' ');
                Console.print(j);
                Console.putChar(' ');
                hex(remainder(single(i), single(j)));
                hex(remainder(wide(i), wide(j)));
                Console.println();
            }
        }
        hex(remainder(Float.MAX_VALUE, Float.MIN_VALUE));
        hex(remainder(Float.MAX_VALUE, 3f));
        hex(remainder(-1e30f, 7f));
        hex(remainder(Double.MAX_VALUE, Double.MIN_VALUE));
        hex(remainder(Double.MAX_VALUE, 3d));
        hex(remainder(-1e300, 7d));
        hex(remainder(1e300, 0.1));
        hex(remainder(5.5, -2d));
        hex(remainder(-5.5f, 2f));
        hex(remainder(-6d, 3d));
        hex(remainder(6f, -3f));
        Console.println();
        double x = 1;
        for (int i = 0; i < 50; i++) {
            x = remainder(x * 12345.678, 1000.5) + 1;
        }
        hex(x);
        Console.println();
    }

    static float single(int i) {
        switch (i) {
            case 0: return 0f;
            case 1: return -0f;
            case 2: return 1f;
            case 3: return -1f;
            case 4: return 5.75f;
            case 5: return -5.75f;
            case 6: return 2.5f;
            case 7: return 0.1f;
            case 8: return Float.MIN_VALUE;
            case 9: return Float.MIN_NORMAL;
            case 10: return Float.MAX_VALUE;
            case 11: return -Float.MAX_VALUE;
            case 12: return Float.POSITIVE_INFINITY;
            case 13: return Float.NEGATIVE_INFINITY;
            case 14: return 3e-39f;
            default: return Float.NaN;
        }
    }

    static double wide(int i) {
        switch (i) {
            case 0: return 0d;
            case 1: return -0d;
            case 2: return 1d;
            case 3: return -1d;
            case 4: return 5.75d;
            case 5: return -5.75d;
            case 6: return 2.5d;
            case 7: return 0.1d;
            case 8: return Double.MIN_VALUE;
            case 9: return Double.MIN_NORMAL;
            case 10: return Double.MAX_VALUE;
            case 11: return -Double.MAX_VALUE;
            case 12: return Double.POSITIVE_INFINITY;
            case 13: return Double.NEGATIVE_INFINITY;
            case 14: return 3e-310;
            default: return Double.NaN;
        }
    }

    static float remainder(float a, float b) {
        return a % b;
    }

    static double remainder(double a, double b) {
        return a % b;
    }

    /** A NaN's bits are left open by Java and differ between C libraries: print them one way. */
    static void hex(float value) {
        Console.printHex(Float.floatToRawIntBits(value != value ? Float.NaN : value) & 0xFFFF_FFFFL);
        Console.putChar(' ');
    }

    static void hex(double value) {
        Console.printHex(Double.doubleToRawLongBits(value != value ? Double.NaN : value));
        Console.putChar(' ');
    }
}
