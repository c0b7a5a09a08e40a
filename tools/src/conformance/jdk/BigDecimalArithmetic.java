// BigDecimal: exact add/subtract/multiply, divide with MathContext and scale, non-terminating divide error, compareTo vs equals, stripTrailingZeros, toPlainString/toEngineeringString.
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

public class BigDecimalArithmetic {
    public static void main(String[] args) {
        BigDecimal a = new BigDecimal("123.456"), b = new BigDecimal("-0.0010"), c = new BigDecimal("3");
        System.out.println(a.add(b) + " " + a.subtract(b) + " " + a.multiply(b) + " " + a.negate() + " " + b.abs() + " " + a.scale() + " " + b.scale() + " " + a.precision() + " " + b.precision());
        System.out.println(a.divide(c) + " " + a.divide(c, 10, RoundingMode.HALF_UP) + " " + a.divide(c, MathContext.DECIMAL32) + " " + BigDecimal.ONE.divide(c, MathContext.DECIMAL64) + " " + BigDecimal.ONE.divide(c, MathContext.DECIMAL128));
        try { BigDecimal.ONE.divide(c); } catch (ArithmeticException e) { System.out.println("divide: " + e.getMessage()); }
        try { BigDecimal.ONE.divide(BigDecimal.ZERO); } catch (ArithmeticException e) { System.out.println("divide by zero: " + e.getMessage()); }
        System.out.println(new BigDecimal("2.0").equals(new BigDecimal("2.00")) + " " + new BigDecimal("2.0").compareTo(new BigDecimal("2.00")) + " " + new BigDecimal("2.0").hashCode() + " " + new BigDecimal("2.00").hashCode());
        System.out.println(new BigDecimal("100.500").stripTrailingZeros() + " " + new BigDecimal("100").stripTrailingZeros() + " " + new BigDecimal("100").stripTrailingZeros().toPlainString() + " " + new BigDecimal("0.000").stripTrailingZeros());
        BigDecimal sci = new BigDecimal("1.23E+10"), small = new BigDecimal("1.23E-10");
        System.out.println(sci + " " + sci.toPlainString() + " " + sci.toEngineeringString() + " " + small + " " + small.toPlainString() + " " + small.toEngineeringString() + " " + new BigDecimal("12345E-2"));
        System.out.println(new BigDecimal(0.1) + " " + BigDecimal.valueOf(0.1) + " " + new BigDecimal("0.1").add(new BigDecimal("0.2")) + " " + BigDecimal.valueOf(100, 3) + " " + BigDecimal.valueOf(1e10));
        System.out.println(a.pow(3) + " " + a.movePointLeft(5) + " " + a.movePointRight(1) + " " + a.scaleByPowerOfTen(-2) + " " + a.unscaledValue() + " " + a.remainder(c) + " " + a.divideToIntegralValue(c));
        System.out.println(new BigDecimal("2").sqrt(new MathContext(30)) + " " + a.sqrt(MathContext.DECIMAL64) + " " + a.round(new MathContext(4)) + " " + a.max(b) + " " + a.min(b));
        System.out.println(a.doubleValue() + " " + a.floatValue() + " " + a.intValue() + " " + a.longValue() + " " + new BigDecimal("1e20").longValue() + " " + a.toBigInteger());
        try { a.intValueExact(); } catch (ArithmeticException e) { System.out.println("intValueExact: " + e.getMessage()); }
        BigDecimal total = BigDecimal.ZERO;
        for (int i = 0; i < 10; i++) total = total.add(new BigDecimal("0.1"));
        System.out.println("sum " + total + " " + total.compareTo(BigDecimal.ONE) + " signum " + b.signum() + " ulp " + a.ulp());
        BigDecimal compound = new BigDecimal("1000.00");
        for (int y = 0; y < 10; y++) compound = compound.multiply(new BigDecimal("1.05")).setScale(2, RoundingMode.HALF_EVEN);
        System.out.println("compound " + compound);
        try { new BigDecimal("1.2.3"); } catch (NumberFormatException e) { System.out.println("parse: " + e.getMessage()); }
    }
}
