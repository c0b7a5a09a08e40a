// locale-sensitive formatting with explicit locales (no default locale dependence): String.format with US/GERMANY/FRANCE/ROOT, decimal and grouping separators, upper-casing in Turkish.
import java.util.Locale;

public class LocaleFormatting {
    static String esc(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) sb.append(c >= 32 && c < 127 ? String.valueOf(c) : String.format("<%04X>", (int) c));
        return sb.toString();
    }

    public static void main(String[] args) {
        Locale[] locales = {Locale.ROOT, Locale.US, Locale.GERMANY, Locale.FRANCE, Locale.ITALY, new Locale("de", "CH"), Locale.forLanguageTag("hi-IN")};
        for (Locale l : locales) {
            System.out.println(String.format("%-6s", l.toLanguageTag()) + " " + esc(String.format(l, "%,d | %,.2f | %.3e | %10.1f | %s | %b", 1234567, 9876543.215, 0.000123, -3.25, 1.5, true)));
        }
        System.out.println(Locale.US + " " + Locale.GERMANY.getLanguage() + " " + Locale.GERMANY.getCountry() + " " + Locale.forLanguageTag("pt-BR") + " " + Locale.ROOT.toLanguageTag() + " " + new Locale("EN", "us"));
        System.out.println(Locale.GERMANY.getDisplayLanguage(Locale.ENGLISH) + " " + Locale.FRANCE.getDisplayCountry(Locale.ENGLISH) + " " + Locale.JAPAN.getDisplayName(Locale.ENGLISH));
        Locale tr = Locale.forLanguageTag("tr");
        System.out.println(esc("TITLE".toLowerCase(tr)) + " " + esc("title".toUpperCase(tr)) + " " + esc("TITLE".toLowerCase(Locale.ROOT)) + " " + esc("title".toUpperCase(Locale.ROOT)));
        System.out.println(String.format(Locale.US, "%tF %<tA %<tB %<te", java.time.LocalDate.of(2024, 3, 9)) + " | " + esc(String.format(Locale.FRANCE, "%tA %<te %<tB %<tY", java.time.LocalDate.of(2024, 3, 9))));
        System.out.println(String.format(Locale.US, "%tH:%<tM:%<tS %<tp", java.time.LocalTime.of(15, 4, 5)) + " " + String.format(Locale.ROOT, "%tY-%<tm-%<td %<tT", java.time.LocalDateTime.of(1999, 12, 31, 23, 59, 58)));
        java.text.DecimalFormatSymbols de = java.text.DecimalFormatSymbols.getInstance(Locale.GERMANY);
        System.out.println("de symbols decimal=" + de.getDecimalSeparator() + " grouping=" + de.getGroupingSeparator() + " minus=" + de.getMinusSign() + " exp=" + de.getExponentSeparator());
    }
}
