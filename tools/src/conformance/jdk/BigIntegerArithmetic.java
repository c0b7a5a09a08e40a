// BigInteger: add/subtract/multiply/divide/mod/remainder with signs, pow, gcd, modPow, modInverse, sqrt, factorial and Fibonacci, radix strings.
import java.math.BigInteger;

public class BigIntegerArithmetic {
    public static void main(String[] args) {
        BigInteger a = new BigInteger("123456789012345678901234567890");
        BigInteger b = new BigInteger("-987654321098765432109876543210");
        BigInteger c = BigInteger.valueOf(97);
        System.out.println(a.add(b) + " " + a.subtract(b) + " " + a.multiply(b));
        System.out.println(b.divide(a) + " " + b.remainder(a) + " " + b.mod(a) + " " + java.util.Arrays.toString(b.divideAndRemainder(c)));
        System.out.println(a.negate() + " " + b.abs() + " " + a.signum() + b.signum() + BigInteger.ZERO.signum() + " " + a.compareTo(b) + " " + a.equals(new BigInteger(a.toString())));
        System.out.println(BigInteger.TWO.pow(200) + " " + BigInteger.TEN.pow(30).subtract(BigInteger.ONE));
        System.out.println(a.gcd(b) + " " + c.modPow(BigInteger.valueOf(1000), BigInteger.valueOf(1000007)) + " " + c.modInverse(BigInteger.valueOf(1000007)) + " " + BigInteger.valueOf(-7).mod(BigInteger.valueOf(3)));
        System.out.println(a.sqrt() + " " + a.sqrt().pow(2).compareTo(a) + " " + BigInteger.valueOf(1L << 62).sqrt());
        BigInteger f = BigInteger.ONE;
        for (int i = 2; i <= 50; i++) f = f.multiply(BigInteger.valueOf(i));
        System.out.println("50! = " + f + " digits " + f.toString().length() + " bitLength " + f.bitLength() + " lowest set bit " + f.getLowestSetBit());
        BigInteger x = BigInteger.ZERO, y = BigInteger.ONE;
        for (int i = 0; i < 150; i++) { BigInteger t = x.add(y); x = y; y = t; }
        System.out.println("fib(150) = " + x);
        System.out.println(a.toString(16) + " " + a.toString(2).length() + " " + a.toString(36) + " " + new BigInteger("-ff", 16) + " " + new BigInteger("zz", 36));
        System.out.println(a.longValue() + " " + a.intValue() + " " + a.doubleValue() + " " + a.floatValue() + " " + b.shortValue() + " " + b.byteValue());
        try { a.longValueExact(); } catch (ArithmeticException e) { System.out.println("longValueExact: " + e.getMessage()); }
        try { a.divide(BigInteger.ZERO); } catch (ArithmeticException e) { System.out.println("divide: " + e.getMessage()); }
        try { new BigInteger("12x"); } catch (NumberFormatException e) { System.out.println("parse: " + e.getMessage()); }
        try { BigInteger.TEN.modInverse(BigInteger.valueOf(20)); } catch (ArithmeticException e) { System.out.println("modInverse: " + e.getMessage()); }
        System.out.println(BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.ONE) + " " + BigInteger.valueOf(Long.MIN_VALUE).subtract(BigInteger.ONE).negate());
        System.out.println(BigInteger.valueOf(1000003).isProbablePrime(50) + " " + BigInteger.valueOf(1000001).isProbablePrime(50) + " " + BigInteger.valueOf(1000).nextProbablePrime());
        System.out.println(a.max(b) + " " + a.min(b) + " " + a.hashCode() + " " + b.hashCode() + " " + java.util.Arrays.toString(BigInteger.valueOf(-129).toByteArray()) + " " + new BigInteger(new byte[]{1, 0}));
    }
}
