// BigDecimal setScale with every RoundingMode on positive/negative halves, UNNECESSARY failures, MathContext precision rounding.
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

public class BigDecimalRounding {
    public static void main(String[] args) {
        String[] vals = {"5.5", "2.5", "1.6", "1.1", "1.0", "-1.0", "-1.1", "-1.6", "-2.5", "-5.5", "0.05", "-0.05", "2.45", "2.55"};
        StringBuilder head = new StringBuilder(String.format("%-7s", "value"));
        for (RoundingMode m : RoundingMode.values()) head.append(String.format("%-12s", m));
        System.out.println(head);
        for (String v : vals) {
            BigDecimal d = new BigDecimal(v);
            StringBuilder sb = new StringBuilder(String.format("%-7s", v));
            int scale = v.length() > 4 ? 1 : 0;
            for (RoundingMode m : RoundingMode.values()) {
                String r;
                try { r = d.setScale(scale, m).toString(); } catch (ArithmeticException e) { r = "ERR"; }
                sb.append(String.format("%-12s", r));
            }
            System.out.println(sb);
        }
        try { new BigDecimal("1.25").setScale(1, RoundingMode.UNNECESSARY); } catch (ArithmeticException e) { System.out.println("UNNECESSARY: " + e.getMessage()); }
        System.out.println(new BigDecimal("1.25").setScale(4) + " " + new BigDecimal("1.2500").setScale(2));
        BigDecimal pi = new BigDecimal("3.14159265358979323846264338327950288");
        for (int p = 1; p <= 10; p++) System.out.print(pi.round(new MathContext(p, RoundingMode.HALF_EVEN)) + " ");
        System.out.println();
        System.out.println(new BigDecimal("123456").round(new MathContext(2)) + " " + new BigDecimal("-123456").round(new MathContext(3, RoundingMode.DOWN)) + " " + new BigDecimal("999.9").round(new MathContext(3)));
        System.out.println(new BigDecimal("10").divide(new BigDecimal("3"), 5, RoundingMode.CEILING) + " " + new BigDecimal("-10").divide(new BigDecimal("3"), 5, RoundingMode.FLOOR) + " " + new BigDecimal("2").divide(new BigDecimal("3"), 0, RoundingMode.HALF_DOWN));
        System.out.println(MathContext.DECIMAL32 + " | " + MathContext.UNLIMITED + " | " + new MathContext("precision=5 roundingMode=UP"));
    }
}
