// BigInteger bit operations on negative (two's complement) values: and/or/xor/not/andNot, shifts, testBit/setBit/clearBit/flipBit, bitCount, bitLength.
import java.math.BigInteger;

public class BigIntegerBits {
    public static void main(String[] args) {
        BigInteger[] vs = {BigInteger.ZERO, BigInteger.ONE, BigInteger.valueOf(-1), BigInteger.valueOf(255), BigInteger.valueOf(-256),
                new BigInteger("123456789abcdef0123456789", 16), new BigInteger("-123456789abcdef0123456789", 16), BigInteger.ONE.shiftLeft(100)};
        BigInteger m = new BigInteger("f0f0f0f0f0f0f0f0f0f0", 16);
        for (BigInteger v : vs) {
            System.out.println(v + ": bl=" + v.bitLength() + " bc=" + v.bitCount() + " and=" + v.and(m) + " or=" + v.or(m) + " xor=" + v.xor(m) + " not=" + v.not() + " andNot=" + v.andNot(m));
            System.out.println("   <<5=" + v.shiftLeft(5) + " >>5=" + v.shiftRight(5) + " >>-3=" + v.shiftRight(-3) + " t0=" + v.testBit(0) + " t200=" + v.testBit(200)
                + " set3=" + v.setBit(3) + " clr0=" + v.clearBit(0) + " flip70=" + v.flipBit(70) + " lsb=" + v.getLowestSetBit());
        }
        for (int s = 0; s < 70; s += 13) {
            System.out.println(s + " " + BigInteger.valueOf(-12345).shiftRight(s) + " " + (-12345L >> Math.min(s, 63)) + " " + BigInteger.valueOf(-12345).shiftLeft(s));
        }
        try { BigInteger.ONE.testBit(-1); } catch (ArithmeticException e) { System.out.println("testBit: " + e.getMessage()); }
        long acc = 0;
        BigInteger big = BigInteger.ONE.shiftLeft(300).subtract(BigInteger.ONE);
        for (int i = 0; i < 300; i += 7) if (big.testBit(i)) acc += i;
        System.out.println("acc " + acc + " " + big.bitCount() + " " + big.toString(32));
    }
}
