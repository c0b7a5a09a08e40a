// Formatter exception types and messages for malformed specifiers, plus flag/width corners: %x/%o of negative Byte/Short/Long/BigInteger, %#o/%#x, %c with code points, %10.3s, relative index %<s.
import java.math.BigInteger;
import java.util.Formatter;
import java.util.Locale;

public class FormatterSpecifiersAndErrors {
    static void tryFmt(String fmt, Object... args) {
        try {
            System.out.println("[" + fmt + "] -> [" + esc(String.format(Locale.ROOT, fmt, args)) + "]");
        } catch (RuntimeException e) {
            System.out.println("[" + fmt + "] !! " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    static String esc(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '\n') sb.append("\\n");
            else if (c < 32 || c > 126) sb.append(String.format("\\u%04x", (int) c));
            else sb.append(c);
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        tryFmt("%x %x %x %x", (byte) -1, (short) -2, -3, -4L);
        tryFmt("%o %o %o", (byte) -1, (short) -8, Long.MIN_VALUE);
        tryFmt("%#x %#X %#o %#o", 255, 255L, 8, 0);
        tryFmt("%x %#x %o %X", new BigInteger("-255"), new BigInteger("-255"), new BigInteger("-64"), new BigInteger("123456789abcdef0123", 16));
        tryFmt("%+x", new BigInteger("255"));
        tryFmt("%(d %(x", -42, new BigInteger("-42"));
        tryFmt("%010x|%-10X|%#010x", 0xabc, 0xabc, 0xabc);
        tryFmt("% d|% d|%+d|%+d", 5, -5, 0, Integer.MIN_VALUE);
        tryFmt("%,d %,d %,d", 999, 1000, Long.MIN_VALUE);
        tryFmt("%,015d|%-,15d|", -1234567, 1234567);
        tryFmt("%c%c%c", 'a', 0x1F600, (int) 'Z');
        tryFmt("%C %c", 'q', (byte) 65);
        tryFmt("%10.3s|%-10.3s|%.0s|", "abcdef", "abcdef", "xyz");
        tryFmt("%S %S", "stra\u00dfe", null);
        tryFmt("%b %b %B %b", null, "false", false, 0);
        tryFmt("%2$s %1$s %<s %s %s", "a", "b");
        tryFmt("%3$s", "a", "b");
        tryFmt("%<s", "a");
        tryFmt("%s %s", "only");
        tryFmt("%q", 1);
        tryFmt("%", 1);
        tryFmt("%-d", 1);
        tryFmt("%-05d", 1);
        tryFmt("%+s", "x");
        tryFmt("%#d", 1);
        tryFmt("%--5d", 1);
        tryFmt("%+ d", 1);
        tryFmt("%.3c", 'a');
        tryFmt("%.2x", 1);
        tryFmt("%,x", 1);
        tryFmt("%c", 0x110000);
        tryFmt("%c", -1);
        tryFmt("%c", "str");
        tryFmt("%d", "str");
        tryFmt("%f", 3);
        tryFmt("%0s", "x");
        tryFmt("%-s", "x");
        tryFmt("%0$s", "x");
        tryFmt("%tY", "notadate");
        tryFmt("%ty %tB %<tA %<tj", java.time.LocalDate.of(2004, 2, 29), java.time.LocalDate.of(1999, 12, 31));
        tryFmt("%#s", "x");
        tryFmt("%h %H", "hello", 255);
        tryFmt("%n|%%|%5%|%-5%|");
        tryFmt("%e|%.0e|%#.0e|%#.0f|%#x", 12345.0, 12345.0, 12345.0, 3.0, 0);
        tryFmt("%,.3f|%,e", 1234567.8915, 1234.5);
        tryFmt("%s", (Object) new int[0].getClass().getName());
        StringBuilder sb = new StringBuilder();
        Formatter f = new Formatter(sb, Locale.ROOT);
        f.format("%d-", 1).format("%s-", "two").format("%x", 3);
        System.out.println("chained: " + f + " locale=" + f.locale());
        f.close();
        try { f.format("x"); } catch (RuntimeException e) { System.out.println("closed: " + e.getClass().getName() + " " + e.getMessage()); }
        try { f.toString(); } catch (RuntimeException e) { System.out.println("closed toString: " + e.getClass().getName()); }
        System.out.println("formatted: " + "%05d|%s".formatted(42, "x"));
    }
}
