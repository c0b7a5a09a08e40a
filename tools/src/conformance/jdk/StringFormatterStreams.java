// java.util.Formatter details: writing to StringBuilder and PrintStream, flags on %s with Formattable, %b on non-Boolean, %h, dates via TemporalAccessor, %e/%g boundaries, locale-free Locale.ROOT output.
import java.util.Formattable;
import java.util.FormattableFlags;
import java.util.Formatter;
import java.util.Locale;

public class StringFormatterStreams {
    static class Money implements Formattable {
        final long cents;
        Money(long cents) { this.cents = cents; }
        public void formatTo(Formatter f, int flags, int width, int precision) {
            String s = (cents < 0 ? "-" : "") + "$" + Math.abs(cents) / 100 + "." + String.format("%02d", Math.abs(cents) % 100);
            if ((flags & FormattableFlags.UPPERCASE) != 0) s = s.toUpperCase() + "USD";
            if (precision >= 0 && precision < s.length()) s = s.substring(0, precision);
            if (width > s.length()) s = (flags & FormattableFlags.LEFT_JUSTIFY) != 0 ? s + " ".repeat(width - s.length()) : " ".repeat(width - s.length()) + s;
            f.format("%s", s);
        }
    }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        try (Formatter f = new Formatter(sb, Locale.ROOT)) {
            f.format("[%s] [%10s] [%-10s] [%S] [%.3s]", new Money(12345), new Money(-5), new Money(99), new Money(100), new Money(7777));
            System.out.println(f.toString() + " locale " + f.locale());
        }
        Formatter out = new Formatter(System.out);
        out.format("to stdout %d %s%n", 1, "two");
        out.flush();
        System.out.println(String.format(Locale.ROOT, "%b %b %b %b", "x", 0, null, Boolean.FALSE) + " " + String.format("%h %H", "keel", 255));
        double[] gs = {0.0001, 0.00009999, 123456.0, 1234567.0, 9999995.0, 1e-5, 100.0};
        StringBuilder g = new StringBuilder();
        for (double d : gs) g.append(String.format(Locale.ROOT, "%g|", d));
        System.out.println(g);
        StringBuilder e = new StringBuilder();
        for (double d : new double[]{9.9999e9, 0.5, 1e-300, 123.456}) e.append(String.format(Locale.ROOT, "%.2e|%.0e|", d, d));
        System.out.println(e);
        java.time.LocalDateTime t = java.time.LocalDateTime.of(2024, 7, 4, 9, 5, 3, 120_000_000);
        System.out.println(String.format(Locale.ROOT, "%tY/%<tm/%<td %<tH:%<tM:%<tS.%<tL %<tj %<tI%<tp %<tb %<ta %<tR %<tD", t));
        System.out.println(String.format(Locale.ROOT, "%-8s|%8.3f|%+,d|%x|%c", "row", Math.E, 1234567, -1L, 'z'));
        try { String.format("%tY", "not a date"); } catch (java.util.IllegalFormatConversionException ex) { System.out.println("IFCE " + ex.getMessage()); }
        try { String.format(Locale.ROOT, "%tH", java.time.LocalDate.of(2024, 1, 1)); } catch (java.util.IllegalFormatException ex) { System.out.println("time field on a date: " + ex.getClass().getSimpleName() + " " + ex.getMessage()); }
        Formatter closed = new Formatter();
        closed.close();
        try { closed.format("x"); } catch (java.util.FormatterClosedException ex) { System.out.println("FormatterClosedException " + ex.getMessage()); }
    }
}
