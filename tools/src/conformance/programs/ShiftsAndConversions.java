import org.keelvm.hal.Console;

/** Shifts use only the low 5 (int) or 6 (long) bits of the count; narrowing conversions keep the low bits. */
public class ShiftsAndConversions {
    public static void main(String[] args) {
        int one = 1;
        Console.println(one << 33);
        Console.println(-1 >>> 28);
        Console.println(-256 >> 4);
        Console.println(Integer.MIN_VALUE >>> shift(31));
        Console.println(1L << 65);
        Console.println(-1L >>> 60);
        Console.println(Long.MIN_VALUE >> shift(63));
        Console.println(0x0123_4567_89AB_CDEFL >>> shift(-4));
        Console.println((byte) 200);
        Console.println((short) 70000);
        Console.println((int) (char) -1);
        Console.println((int) 0x1_2345_6789L);
        Console.println((long) Integer.MIN_VALUE);
        Console.println((byte) shift(129));
        Console.println((char) shift(65601) + 0);
        Console.printHex(0xCAFE_BABE_DEAD_BEEFL);
        Console.println();
        long bits = 0;
        for (int i = 0; i < 64; i += 3) {
            bits |= 1L << i;
        }
        Console.println(bits);
        Console.println(bits ^ (bits >>> 1) & ~bits);
    }

    static int shift(int count) {
        return count;
    }
}
