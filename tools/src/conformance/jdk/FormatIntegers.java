// String.format integer conversions: %d %x %X %o with widths, flags (- 0 + space , ( #), long/byte/short/BigInteger arguments, negatives.
import java.math.BigInteger;

public class FormatIntegers {
    public static void main(String[] args) {
        int[] vals = {0, 1, -1, 42, -42, 255, 65535, 1234567, Integer.MAX_VALUE, Integer.MIN_VALUE};
        for (int v : vals) {
            System.out.println(String.format("[%d] [%8d] [%-8d] [%08d] [%+d] [% d] [%,d] [%(d] [%x] [%X] [%o] [%#x] [%#o] [%08X]", v, v, v, v, v, v, v, v, v, v, v, v, v, v));
        }
        long[] ls = {0L, -1L, 1L << 40, Long.MIN_VALUE, Long.MAX_VALUE};
        for (long l : ls) System.out.println(String.format("%d %x %o %,d %+,d %20d|", l, l, l, l, l, l));
        byte b = -1; short s = -2;
        System.out.println(String.format("byte %d %x %o short %d %x %o", b, b, b, s, s, s));
        BigInteger big = new BigInteger("-123456789012345678901234567890");
        System.out.println(String.format("%d %x %,d %+d %40d|", big, big, big, big.negate(), big));
        System.out.println(String.format("%1$d %1$x %2$d %1$o %<d", 10, 20));
        System.out.println(String.format("%5s|%-5s|%5d|%-5d|", "ab", "cd", 7, 8));
        System.out.println(String.format("%,015d %,(15d %(,d", 1234567, -1234567, -99));
        System.out.println(String.format("%d%%", 50) + " " + String.format("%%d is %d", 3));
        Integer boxed = 77; Long nul = null;
        System.out.println(String.format("%d %s %d", boxed, nul, 'x' + 0));
        try { String.format("%d", "str"); } catch (java.util.IllegalFormatConversionException e) { System.out.println("IFCE " + e.getMessage()); }
        try { String.format("%d %d", 1); } catch (java.util.MissingFormatArgumentException e) { System.out.println("MFAE " + e.getMessage()); }
        try { String.format("%-d", 1); } catch (java.util.MissingFormatWidthException e) { System.out.println("MFWE " + e.getMessage()); }
        try { String.format("%#d", 1); } catch (java.util.FormatFlagsConversionMismatchException e) { System.out.println("FFCME " + e.getMessage()); }
        try { String.format("%q", 1); } catch (java.util.UnknownFormatConversionException e) { System.out.println("UFCE " + e.getMessage()); }
    }
}
