import org.keelvm.hal.Console;

/**
 * fcmpl, fcmpg, dcmpl and dcmpg through every Java comparison operator, over pairs of special values: any comparison
 * with NaN is false except !=, which javac gets by choosing fcmpl or fcmpg so that NaN falls on the false side.
 */
public class FloatingComparisons {
    static final int VALUES = 12;

    public static void main(String[] args) {
        for (int i = 0; i < VALUES; i++) {
            for (int j = 0; j < VALUES; j++) {
                Console.print(i);
                Console.putChar(' ');
                Console.print(j);
                Console.putChar(' ');
                Console.print(floats(single(i), single(j)));
                Console.putChar(' ');
                Console.print(doubles(wide(i), wide(j)));
                Console.putChar(' ');
                Console.print(ordered(single(i), single(j)));
                Console.putChar(' ');
                Console.println(ordered(wide(i), wide(j)));
            }
        }
        Console.println(isNaN(Float.intBitsToFloat(0x7F80_0001)) ? 1 : 0);
        Console.println(isNaN(Float.intBitsToFloat(0xFFFF_FFFF)) ? 1 : 0);
        Console.println(isNaN(Float.POSITIVE_INFINITY) ? 1 : 0);
        Console.println(countBelow(0.5, 100));
        Console.println(maximum(single(5), single(11)) == single(5) ? 1 : 0);
    }

    static float single(int i) {
        switch (i) {
            case 0: return 0f;
            case 1: return -0f;
            case 2: return 1f;
            case 3: return -1f;
            case 4: return Float.MIN_VALUE;
            case 5: return Float.MAX_VALUE;
            case 6: return Float.POSITIVE_INFINITY;
            case 7: return Float.NEGATIVE_INFINITY;
            case 8: return 1.0000001f;
            case 9: return Float.NaN;
            case 10: return Float.intBitsToFloat(0xFFC0_0001);
            default: return -Float.MIN_VALUE;
        }
    }

    static double wide(int i) {
        switch (i) {
            case 0: return 0d;
            case 1: return -0d;
            case 2: return 1d;
            case 3: return -1d;
            case 4: return Double.MIN_VALUE;
            case 5: return Double.MAX_VALUE;
            case 6: return Double.POSITIVE_INFINITY;
            case 7: return Double.NEGATIVE_INFINITY;
            case 8: return 1.0000000000000002;
            case 9: return Double.NaN;
            case 10: return Double.longBitsToDouble(0xFFF8_0000_0000_0001L);
            default: return -Double.MIN_VALUE;
        }
    }

    /** One bit per operator: {@code <, <=, >, >=, ==, !=}. */
    static int floats(float a, float b) {
        int bits = 0;
        if (a < b) {
            bits |= 1;
        }
        if (a <= b) {
            bits |= 2;
        }
        if (a > b) {
            bits |= 4;
        }
        if (a >= b) {
            bits |= 8;
        }
        if (a == b) {
            bits |= 16;
        }
        if (a != b) {
            bits |= 32;
        }
        // The negated forms branch on the opposite outcome of the same comparison bytecode.
        if (!(a < b)) {
            bits |= 64;
        }
        if (!(a > b)) {
            bits |= 128;
        }
        return bits;
    }

    static int doubles(double a, double b) {
        int bits = 0;
        if (a < b) {
            bits |= 1;
        }
        if (a <= b) {
            bits |= 2;
        }
        if (a > b) {
            bits |= 4;
        }
        if (a >= b) {
            bits |= 8;
        }
        if (a == b) {
            bits |= 16;
        }
        if (a != b) {
            bits |= 32;
        }
        if (!(a < b)) {
            bits |= 64;
        }
        if (!(a > b)) {
            bits |= 128;
        }
        return bits;
    }

    /** Comparisons as values rather than branches: -1, 0 or 1 for less, equal or greater, 2 for unordered. */
    static int ordered(float a, float b) {
        return a < b ? -1 : a > b ? 1 : a == b ? 0 : 2;
    }

    static int ordered(double a, double b) {
        return a < b ? -1 : a > b ? 1 : a == b ? 0 : 2;
    }

    static boolean isNaN(float a) {
        return a != a;
    }

    static int countBelow(double limit, int n) {
        int count = 0;
        double x = 0;
        for (int i = 0; i < n; i++) {
            x += 0.01;
            if (x < limit) {
                count++;
            }
        }
        return count;
    }

    static float maximum(float a, float b) {
        return a >= b ? a : b;
    }
}
