// java.text.DecimalFormat and NumberFormat with Locale.US/ROOT symbols: patterns with grouping, decimals, percent, per-mille, exponent, negative subpatterns, rounding, parsing.
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.text.ParseException;
import java.util.Locale;

public class DecimalFormatPatterns {
    public static void main(String[] args) throws ParseException {
        DecimalFormatSymbols us = DecimalFormatSymbols.getInstance(Locale.US);
        String[] patterns = {"0", "0.00", "#,##0.###", "000000", "#.##%", "0.###E0", "00.##E00", "#,##0.00;(#,##0.00)", "\u2030#", "'#'0.0", "##0.#####E0"};
        double[] vals = {0, 1234.5678, -0.5, 1e-4, 987654321.987, 0.125};
        for (String p : patterns) {
            DecimalFormat df = new DecimalFormat(p, us);
            StringBuilder sb = new StringBuilder(String.format("%-22s", p.replace("\u2030", "permille ")));
            for (double v : vals) sb.append(df.format(v).replace("\u2030", "(pm)").replace("\u221e", "inf")).append("  ");
            System.out.println(sb.toString().trim());
        }
        DecimalFormat half = new DecimalFormat("0.0", us);
        StringBuilder sb = new StringBuilder("HALF_EVEN: ");
        for (double v : new double[]{0.05, 0.15, 0.25, 0.35, 1.45, -2.55}) sb.append(half.format(v)).append(' ');
        half.setRoundingMode(RoundingMode.HALF_UP);
        sb.append("| HALF_UP: ");
        for (double v : new double[]{0.05, 0.15, 0.25, 0.35, 1.45, -2.55}) sb.append(half.format(v)).append(' ');
        System.out.println(sb);
        NumberFormat nf = NumberFormat.getInstance(Locale.US);
        NumberFormat pf = NumberFormat.getPercentInstance(Locale.US);
        NumberFormat cf = NumberFormat.getCurrencyInstance(Locale.US);
        NumberFormat inf = NumberFormat.getIntegerInstance(Locale.US);
        System.out.println(nf.format(1234567.891) + " " + pf.format(0.256) + " " + cf.format(-1234.5) + " " + inf.format(2.5) + " " + inf.format(3.5) + " " + nf.format(Double.NaN).equals("\ufffd") + " " + nf.format(1e20));
        System.out.println(nf.parse("1,234.56") + " " + nf.parse("-7") + " " + nf.parse("12abc") + " " + new DecimalFormat("#%", us).parse("45%") + " " + nf.parse("1e3"));
        try { nf.parse("abc"); } catch (ParseException e) { System.out.println("ParseException: " + e.getMessage() + " at " + e.getErrorOffset()); }
        DecimalFormat big = new DecimalFormat("#,##0.00", us);
        big.setParseBigDecimal(true);
        System.out.println(big.parse("12,345,678,901,234,567.89").getClass().getSimpleName() + " " + big.format(new java.math.BigDecimal("12345678901234567.891")) + " " + big.format(new java.math.BigInteger("99999999999999999999")));
        DecimalFormat g = new DecimalFormat("#,##,###", us);
        g.setGroupingSize(4);
        System.out.println(g.format(123456789) + " " + new DecimalFormat("0.00", us).toPattern() + " " + new DecimalFormat("#,##0.0#", us).toPattern() + " " + NumberFormat.getCompactNumberInstance(Locale.US, NumberFormat.Style.SHORT).format(1234567));
    }
}
