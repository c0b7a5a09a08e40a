// java.text.MessageFormat, ChoiceFormat and CompactNumberFormat with Locale.US/ROOT: argument indices and formats (number/integer/percent/choice), quoting rules with apostrophes, nested choice plurals, parse back, CompactNumberFormat SHORT/LONG rounding, and format errors.
import java.text.*;
import java.util.*;

public class MessageAndChoiceFormat {
    public static void main(String[] args) throws Exception {
        java.util.Locale.setDefault(java.util.Locale.US);
        MessageFormat mf = new MessageFormat("{0} has {1,number,integer} file(s), {2,number,percent} done, total {3,number,#,##0.00}; again {0}", Locale.US);
        System.out.println(mf.format(new Object[]{"Disk", 1234567, 0.256, 9876.5}));
        System.out.println(mf.toPattern());
        MessageFormat plural = new MessageFormat("There {0,choice,0#are no files|1#is one file|1<are {0,number,integer} files}.", Locale.US);
        for (int n : new int[]{0, 1, 2, 1000}) System.out.println(plural.format(new Object[]{n}));
        System.out.println(MessageFormat.format("It''s {0} o''clock, '{literal}' and '' and {1}", 5, "x"));
        System.out.println(MessageFormat.format("{1} before {0}, missing {2}, null {3}", "a", "b", null, null));
        System.out.println(MessageFormat.format("{0}|{0,number}|{0,number,#.#}", 1234.5678));
        System.out.println(new MessageFormat("{0,number,currency}", Locale.US).format(new Object[]{-1234.5}));
        System.out.println(new MessageFormat("{0,number}", Locale.ROOT).format(new Object[]{1234567.891}));
        MessageFormat p = new MessageFormat("{0} is {1,number,integer} years", Locale.US);
        Object[] parsed = p.parse("Alice is 1,234 years");
        System.out.println("parsed " + parsed[0] + " / " + parsed[1] + " (" + parsed[1].getClass().getSimpleName() + ")");
        try { p.parse("nothing matches"); } catch (ParseException e) { System.out.println("parse error offset " + e.getErrorOffset() + " " + e.getMessage()); }
        try { new MessageFormat("{0,nosuchtype}"); } catch (IllegalArgumentException e) { System.out.println("bad type: " + e.getMessage()); }
        try { new MessageFormat("{0"); } catch (IllegalArgumentException e) { System.out.println("unmatched: " + e.getMessage()); }
        try { MessageFormat.format("{0,number}", "text"); } catch (IllegalArgumentException e) { System.out.println("wrong arg: " + e.getMessage()); }
        ChoiceFormat cf = new ChoiceFormat("-1#negative|0#zero|0<small|10#ten-ish|100<huge");
        for (double d : new double[]{-5, -1, -0.5, 0, 0.001, 9.99, 10, 100, 100.5, Double.NaN, Double.POSITIVE_INFINITY}) System.out.print(d + "=" + cf.format(d) + " ");
        System.out.println();
        System.out.println("choice pattern " + cf.toPattern() + " limits " + Arrays.toString(cf.getLimits()));
        System.out.println("nextDouble " + ChoiceFormat.nextDouble(1.0) + " previousDouble " + ChoiceFormat.previousDouble(1.0) + " " + ChoiceFormat.nextDouble(0.0, false));
        System.out.println("choice parse " + cf.parse("ten-ish", new ParsePosition(0)) + " " + cf.parse("zero", new ParsePosition(0)));
        NumberFormat shortF = NumberFormat.getCompactNumberInstance(Locale.US, NumberFormat.Style.SHORT);
        NumberFormat longF = NumberFormat.getCompactNumberInstance(Locale.US, NumberFormat.Style.LONG);
        long[] ns = {0, 999, 1000, 1499, 1500, 1999, 12345, 999999, 1000000, 1234567, 1_000_000_000L, -2_500_000L, 1_000_000_000_000L, 999_999_999_999_999L};
        for (long n : ns) System.out.println("compact " + n + " short=" + shortF.format(n) + " long=" + longF.format(n));
        shortF.setMaximumFractionDigits(2);
        System.out.println("compact fraction " + shortF.format(1234567) + " " + shortF.format(1500) + " " + shortF.format(999.999));
        System.out.println("compact parse " + shortF.parse("1.5K") + " " + longF.parse("3 million") + " " + shortF.parse("42"));
        NumberFormat pct = NumberFormat.getPercentInstance(Locale.US);
        NumberFormat cur = NumberFormat.getCurrencyInstance(Locale.US);
        NumberFormat integer = NumberFormat.getIntegerInstance(Locale.US);
        System.out.println("percent " + pct.format(0.125) + " " + pct.format(-1.5) + " currency " + cur.format(1234.565) + " " + cur.format(-0.005) + " integer " + integer.format(2.5) + " " + integer.format(3.5) + " " + integer.format(-2.5));
        System.out.println("parse integer " + integer.parse("1,234.99") + " currency " + cur.parse("$1,234.50") + " percent " + pct.parse("12.5%"));
    }
}
