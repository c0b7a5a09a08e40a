import org.keelvm.hal.Console;

/**
 * Conversions between int, long, float and double: rounding to nearest even into floating types, truncation toward
 * zero out of them, and Java's saturation (NaN to 0, out of range to MIN_VALUE or MAX_VALUE) where x86 gives the
 * "integer indefinite" value.
 */
public class FloatingConversions {
    static final int DOUBLES = 26;
    static final int LONGS = 16;

    public static void main(String[] args) {
        for (int i = 0; i < DOUBLES; i++) {
            double d = wide(i);
            float f = (float) d;
            Console.print(i);
            Console.putChar(' ');
            Console.print(toInt(d));
            Console.putChar(' ');
            Console.print(toLong(d));
            Console.putChar(' ');
            Console.print(toInt(f));
            Console.putChar(' ');
            Console.print(toLong(f));
            Console.putChar(' ');
            Console.printHex(Float.floatToRawIntBits(toFloat(d)) & 0xFFFF_FFFFL);
            Console.putChar(' ');
            Console.printHex(Double.doubleToRawLongBits(toDouble(f)));
            Console.println();
        }
        for (int i = 0; i < LONGS; i++) {
            long l = integral(i);
            Console.print(i);
            Console.putChar(' ');
            Console.printHex(Float.floatToRawIntBits(toFloat((int) l)) & 0xFFFF_FFFFL);
            Console.putChar(' ');
            Console.printHex(Double.doubleToRawLongBits(toDouble((int) l)));
            Console.putChar(' ');
            Console.printHex(Float.floatToRawIntBits(toFloat(l)) & 0xFFFF_FFFFL);
            Console.putChar(' ');
            Console.printHex(Double.doubleToRawLongBits(toDouble(l)));
            Console.println();
        }
        // Float to double keeps a NaN's sign and payload (quieting it); double to float keeps the high payload bits.
        Console.printHex(Double.doubleToRawLongBits(toDouble(Float.intBitsToFloat(0xFFC0_1234))));
        Console.println();
        Console.printHex(Float.floatToRawIntBits(toFloat(Double.longBitsToDouble(0x7FF8_1234_5000_0000L)))
                & 0xFFFF_FFFFL);
        Console.println();
        // Narrowing after the conversion: (byte) of a float goes through int.
        Console.println((byte) toInt(300.7f));
        Console.println((char) toInt(-1.5) + 0);
        Console.println(roundTrip(16_777_217));
        Console.println(sumOfHalves(10));
    }

    static double wide(int i) {
        switch (i) {
            case 0: return 0d;
            case 1: return -0d;
            case 2: return 0.5;
            case 3: return -0.5;
            case 4: return 1.9999;
            case 5: return -1.9999;
            case 6: return 2147483647d;
            case 7: return 2147483647.9;
            case 8: return 2147483648d;
            case 9: return -2147483648d;
            case 10: return -2147483648.9;
            case 11: return -2147483649d;
            case 12: return 9.223372036854775807E18;
            case 13: return 9.2233720368547748E18;
            case 14: return -9.223372036854775808E18;
            case 15: return -9.2233720368547779E18;
            case 16: return 1e19;
            case 17: return -1e19;
            case 18: return Double.MAX_VALUE;
            case 19: return -Double.MAX_VALUE;
            case 20: return Double.MIN_VALUE;
            case 21: return Double.POSITIVE_INFINITY;
            case 22: return Double.NEGATIVE_INFINITY;
            case 23: return 1.00000017881393432617187499;
            case 24: return 3.4028235677973366E38;
            default: return Double.NaN;
        }
    }

    static long integral(int i) {
        switch (i) {
            case 0: return 0;
            case 1: return 1;
            case 2: return -1;
            case 3: return 16_777_217;
            case 4: return -16_777_219;
            case 5: return Integer.MAX_VALUE;
            case 6: return Integer.MIN_VALUE;
            case 7: return 0x7FFF_FFC0;
            case 8: return (1L << 53) + 1;
            case 9: return -(1L << 53) - 3;
            case 10: return Long.MAX_VALUE;
            case 11: return Long.MIN_VALUE;
            case 12: return 0x7FFF_FF80_0000_0001L;
            case 13: return 0x0000_0100_0000_0080L;
            case 14: return 0x0000_0100_0000_0180L;
            default: return 123_456_789_012_345L;
        }
    }

    static int toInt(double d) {
        return (int) d;
    }

    static long toLong(double d) {
        return (long) d;
    }

    static int toInt(float f) {
        return (int) f;
    }

    static long toLong(float f) {
        return (long) f;
    }

    static float toFloat(double d) {
        return (float) d;
    }

    static double toDouble(float f) {
        return f;
    }

    static float toFloat(int i) {
        return i;
    }

    static double toDouble(int i) {
        return i;
    }

    static float toFloat(long l) {
        return l;
    }

    static double toDouble(long l) {
        return l;
    }

    static int roundTrip(int i) {
        return (int) (float) i;
    }

    static long sumOfHalves(int n) {
        long sum = 0;
        for (int i = -n; i <= n; i++) {
            sum += (long) (i * 0.5) + (int) (i * 0.5f);
        }
        return sum;
    }
}
