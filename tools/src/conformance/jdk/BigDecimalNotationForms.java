// BigDecimal string forms: toString vs toEngineeringString vs toPlainString across negative and large scales, exponent thresholds, new BigDecimal(double) exact expansions vs valueOf, MathContext rounding, sqrt, movePoint/scaleByPowerOfTen, precision/ulp.
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

public class BigDecimalNotationForms {
    static void show(BigDecimal b) {
        System.out.println(b.unscaledValue() + "e" + (-b.scale()) + " | " + b + " | " + b.toEngineeringString() + " | " + b.toPlainString() + " | p=" + b.precision());
    }

    public static void main(String[] args) {
        int[] scales = {-7, -6, -5, -1, 0, 2, 6, 7, 10};
        long[] unscaled = {1, 123, -4567, 0};
        for (long u : unscaled) for (int s : scales) show(BigDecimal.valueOf(u, s));
        String[] parsed = {"1E+3", "10E+3", "100E+3", "1000E+3", "0.00E-5", "0E+7", "-0.000", "123.456e-10", "+.5", "5.", "1e-30", "0E-40"};
        for (String s : parsed) show(new BigDecimal(s));
        double[] ds = {0.1, 0.5, 1.0 / 3, 1e-7, 123456789.125, 1e20, 2.5e-5, -0.0};
        for (double d : ds) {
            System.out.println("double " + d + ": new=" + new BigDecimal(d) + " valueOf=" + BigDecimal.valueOf(d) + " mc7=" + new BigDecimal(d, new MathContext(7)));
        }
        BigDecimal x = new BigDecimal("123456.789");
        for (int p = 1; p <= 9; p += 2) {
            System.out.println("round p" + p + " " + x.round(new MathContext(p)) + " " + x.round(new MathContext(p, RoundingMode.DOWN)) + " " + x.negate().round(new MathContext(p, RoundingMode.CEILING)));
        }
        System.out.println("MathContext " + MathContext.DECIMAL32 + " / " + MathContext.DECIMAL64 + " / " + MathContext.UNLIMITED + " / " + new MathContext("precision=5 roundingMode=HALF_DOWN"));
        System.out.println("divide 1/7 DECIMAL32 " + BigDecimal.ONE.divide(BigDecimal.valueOf(7), MathContext.DECIMAL32) + " DECIMAL64 " + BigDecimal.ONE.divide(BigDecimal.valueOf(7), MathContext.DECIMAL64));
        System.out.println("divide 1e10/3 mc3 " + new BigDecimal("1e10").divide(BigDecimal.valueOf(3), new MathContext(3)));
        System.out.println("sqrt " + new BigDecimal(2).sqrt(new MathContext(30)) + " " + new BigDecimal("0.0004").sqrt(MathContext.DECIMAL64) + " " + new BigDecimal("1E+10").sqrt(new MathContext(5)) + " " + BigDecimal.ZERO.sqrt(MathContext.DECIMAL32));
        try { new BigDecimal(-4).sqrt(MathContext.DECIMAL32); } catch (ArithmeticException e) { System.out.println("sqrt neg: " + e.getMessage()); }
        BigDecimal m = new BigDecimal("123.45");
        System.out.println("movePoint " + m.movePointLeft(4) + " " + m.movePointRight(4) + " " + m.movePointLeft(-1) + " " + m.scaleByPowerOfTen(5) + " " + m.scaleByPowerOfTen(-5));
        System.out.println("ulp " + m.ulp() + " " + new BigDecimal("1E+5").ulp() + " " + BigDecimal.valueOf(0, 3).ulp());
        System.out.println("strip " + new BigDecimal("1200.00").stripTrailingZeros() + " " + new BigDecimal("0.000").stripTrailingZeros() + " " + new BigDecimal("1200.00").stripTrailingZeros().toPlainString());
        System.out.println("pow " + new BigDecimal("1.1").pow(10) + " " + new BigDecimal("1.1").pow(10, new MathContext(5)) + " " + new BigDecimal("2").pow(-2, MathContext.DECIMAL32));
        System.out.println("remainder " + new BigDecimal("10.75").remainder(new BigDecimal("3")) + " " + new BigDecimal("-10.75").divideToIntegralValue(new BigDecimal("3")) + " " + java.util.Arrays.toString(new BigDecimal("7.5").divideAndRemainder(new BigDecimal("-2"))));
        System.out.println("intValue " + new BigDecimal("1e10").intValue() + " " + new BigDecimal("-123.99").longValue() + " " + new BigDecimal("1e400").doubleValue() + " " + new BigDecimal("1e-400").floatValue() + " " + new BigDecimal("0.1").floatValue());
        try { new BigDecimal("1e10").intValueExact(); } catch (ArithmeticException e) { System.out.println("intValueExact: " + e.getMessage()); }
        try { new BigDecimal("1.5").longValueExact(); } catch (ArithmeticException e) { System.out.println("longValueExact: " + e.getMessage()); }
        try { System.out.println("mul scale " + new BigDecimal("1e2147483647").multiply(new BigDecimal("1e1")).scale()); } catch (ArithmeticException e) { System.out.println("overflow: " + e.getMessage()); }
        String[] badNums = {"", "1e", "--1", "1.2.3", "e5", "1e2147483648", "NaN"};
        for (String s : badNums) {
            try { new BigDecimal(s); System.out.println("parsed " + s); } catch (NumberFormatException e) { System.out.println("NFE '" + s + "': " + e.getMessage()); }
        }
        System.out.println("big " + new BigDecimal(new BigInteger("123456789012345678901234567890"), -20).toEngineeringString() + " " + new BigDecimal(BigInteger.TEN.pow(25), 50));
        System.out.println("compare " + new BigDecimal("2.0").equals(new BigDecimal("2.00")) + " " + new BigDecimal("2.0").compareTo(new BigDecimal("2.00")) + " " + new BigDecimal("2.0").hashCode() + " " + new BigDecimal("2.00").hashCode());
    }
}
