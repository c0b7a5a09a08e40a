import org.keelvm.hal.Console;

/**
 * float +, -, *, / and negation over every pair of special values (zeros, subnormals, extremes, infinities, NaN), with
 * the raw bits of each result; Math.abs and the raw-bit conversions.
 */
public class FloatArithmetic {
    static final int VALUES = 15;

    public static void main(String[] args) {
        for (int i = 0; i < VALUES; i++) {
            for (int j = 0; j < VALUES; j++) {
                float a = value(i);
                float b = value(j);
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
            hex(negate(value(i)));
            hex(Math.abs(value(i)));
            Console.println();
        }
        // The sign and payload of a NaN survive negation and the raw-bit conversions.
        float signaling = Float.intBitsToFloat(0x7F80_0001);
        float negativeNaN = Float.intBitsToFloat(0xFFC0_1234);
        hex(negate(signaling));
        hex(negate(negativeNaN));
        hex(negate(negate(negativeNaN)));
        hex(Float.intBitsToFloat(Float.floatToRawIntBits(negativeNaN) ^ 1));
        Console.println();
        // Rounding to nearest, ties to even.
        hex(add(16_777_216f, 1f));
        hex(add(16_777_216f, 3f));
        hex(add(0.1f, 0.2f));
        hex(divide(1f, 3f));
        hex(divide(2f, 3f));
        hex(multiply(Float.MIN_VALUE, 0.5f));
        hex(multiply(Float.MIN_VALUE, 1.5f));
        hex(multiply(Float.MIN_NORMAL, 0.5f));
        hex(divide(Float.MIN_NORMAL, 3f));
        hex(multiply(3.4e38f, 1.0000001f));
        hex(subtract(1f, 1f));
        hex(subtract(-1f, -1f));
        hex(add(-0f, -0f));
        hex(add(-0f, 0f));
        Console.println();
        Console.println(accumulate(100));
        Console.println(Float.floatToRawIntBits(polynomial(1.25f)));
    }

    /** The special values, from ldc constants and the raw-bit conversion. */
    static float value(int i) {
        switch (i) {
            case 0: return 0f;
            case 1: return -0f;
            case 2: return 1f;
            case 3: return -1f;
            case 4: return 1.5f;
            case 5: return -7.25f;
            case 6: return 0.1f;
            case 7: return Float.MIN_VALUE;
            case 8: return -Float.MIN_NORMAL;
            case 9: return Float.intBitsToFloat(0x0040_0001);
            case 10: return Float.MAX_VALUE;
            case 11: return -Float.MAX_VALUE;
            case 12: return Float.POSITIVE_INFINITY;
            case 13: return Float.NEGATIVE_INFINITY;
            default: return Float.NaN;
        }
    }

    static float add(float a, float b) {
        return a + b;
    }

    static float subtract(float a, float b) {
        return a - b;
    }

    static float multiply(float a, float b) {
        return a * b;
    }

    static float divide(float a, float b) {
        return a / b;
    }

    static float negate(float a) {
        return -a;
    }

    /** Sums 1/k; the float result depends on every rounding on the way. */
    static int accumulate(int n) {
        float sum = 0;
        for (int k = 1; k <= n; k++) {
            sum += 1f / k;
        }
        return Float.floatToRawIntBits(sum);
    }

    static float polynomial(float x) {
        return ((3.5f * x - 2.25f) * x + 0.125f) * x - 7f;
    }

    static void hex(float value) {
        Console.printHex(Float.floatToRawIntBits(value) & 0xFFFF_FFFFL);
        Console.putChar(' ');
    }
}
