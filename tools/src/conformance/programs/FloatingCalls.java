import org.keelvm.hal.Console;

/**
 * float and double values through calls (register and stack arguments, mixed with ints and longs, results in
 * xmm0), static fields, locals and the dup/pop family of stack bytecodes.
 */
public class FloatingCalls {
    static float singleField;
    static double doubleField;
    static final float SINGLE_CONSTANT = 2.5f;
    static final double DOUBLE_CONSTANT = -0.0;

    public static void main(String[] args) {
        hex(mixed(1, 2.5f, 3L, 4.25, 5, 6.5f, 7L, 8.75, 9, 10.5f, 11L, 12.25, 13, 14.5f, 15L, 16.75, 17, 18.5f));
        hex(sumOfSingles(1f, 2f, 3f, 4f, 5f, 6f, 7f, 8f, 9f, 10f));
        hex(sumOfDoubles(0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.1));
        singleField = identity(-0f);
        doubleField = identity(Double.MIN_VALUE);
        hex(singleField);
        hex(doubleField);
        singleField += 1.5f;
        doubleField *= 2;
        hex(singleField);
        hex(doubleField);
        hex(SINGLE_CONSTANT);
        hex(DOUBLE_CONSTANT);
        Console.println();
        hex(duplicated(3.25));
        hex(duplicated(-1.5f));
        hex(chained(0.5f));
        Console.println(Float.floatToRawIntBits(identity(Float.intBitsToFloat(0x7F80_0001))));
        Console.println(Double.doubleToRawLongBits(identity(Double.longBitsToDouble(0x7FF0_0000_0000_0001L))));
    }

    static double mixed(int a, float b, long c, double d, int e, float f, long g, double h, int i, float j, long k,
            double l, int m, float n, long o, double p, int q, float r) {
        return a + b * 2 + c * 3 + d * 4 + e * 5 + f * 6 + g * 7 + h * 8 + i * 9 + j * 10 + k * 11 + l * 12 + m * 13
                + n * 14 + o * 15 + p * 16 + q * 17 + r * 18;
    }

    static float sumOfSingles(float a, float b, float c, float d, float e, float f, float g, float h, float i,
            float j) {
        return a - b + c - d + e - f + g - h + i * j;
    }

    static double sumOfDoubles(double a, double b, double c, double d, double e, double f, double g, double h,
            double i, double j, double k) {
        return ((((((((((a + b) + c) + d) + e) + f) + g) + h) + i) + j) + k);
    }

    static float identity(float f) {
        return f;
    }

    static double identity(double d) {
        return d;
    }

    /** x = x * x, twice, through dup2 and a local. */
    static double duplicated(double x) {
        double y;
        double z = y = x * x;
        return z * y;
    }

    static float duplicated(float x) {
        float y;
        float z = y = x * x;
        return z * y;
    }

    static float chained(float x) {
        singleField = x;
        float a = singleField = singleField * 3;
        return a + singleField;
    }

    static void hex(float value) {
        Console.printHex(Float.floatToRawIntBits(value) & 0xFFFF_FFFFL);
        Console.putChar(' ');
    }

    static void hex(double value) {
        Console.printHex(Double.doubleToRawLongBits(value));
        Console.putChar(' ');
    }
}
