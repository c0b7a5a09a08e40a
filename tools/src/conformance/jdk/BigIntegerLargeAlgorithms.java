// BigInteger at sizes that switch algorithms: Karatsuba and Toom-Cook multiplication, Burnikel-Ziegler division, recursive Schoenhage toString/radix conversion, squaring, huge pow/shift, sqrt of big values, modPow with odd/even/huge moduli, nextProbablePrime and isProbablePrime on known primes, checked by digests and identities rather than full printing.
import java.math.BigInteger;
import java.security.MessageDigest;
import java.util.HexFormat;

public class BigIntegerLargeAlgorithms {
    static String digest(BigInteger b) throws Exception {
        byte[] d = MessageDigest.getInstance("SHA-256").digest(b.toByteArray());
        return HexFormat.of().formatHex(d, 0, 8);
    }

    static String digest(String s) throws Exception {
        byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        return HexFormat.of().formatHex(d, 0, 8);
    }

    public static void main(String[] args) throws Exception {
        BigInteger three = BigInteger.valueOf(3);
        int[] exps = {100, 1000, 5000, 20000};
        for (int e : exps) {
            BigInteger p = three.pow(e);
            String dec = p.toString();
            System.out.println("3^" + e + " bits=" + p.bitLength() + " digits=" + dec.length() + " head=" + dec.substring(0, 15) + " tail=" + dec.substring(dec.length() - 15) + " sha=" + digest(p) + " decSha=" + digest(dec) + " roundTrip=" + new BigInteger(dec).equals(p));
        }
        BigInteger fact = BigInteger.ONE;
        for (int i = 2; i <= 3000; i++) fact = fact.multiply(BigInteger.valueOf(i));
        String fs = fact.toString();
        int trailing = 0;
        while (fs.charAt(fs.length() - 1 - trailing) == '0') trailing++;
        System.out.println("3000! digits=" + fs.length() + " trailingZeros=" + trailing + " lowestSetBit=" + fact.getLowestSetBit() + " bitCount=" + fact.bitCount() + " sha=" + digest(fact));
        BigInteger a = three.pow(9000).add(BigInteger.valueOf(12345));
        BigInteger b = BigInteger.valueOf(7).pow(6000).subtract(BigInteger.ONE);
        BigInteger prod = a.multiply(b);
        BigInteger[] qr = prod.add(BigInteger.valueOf(99)).divideAndRemainder(b);
        System.out.println("toom-cook product bits=" + prod.bitLength() + " sha=" + digest(prod) + " division exact=" + qr[0].equals(a) + " remainder=" + qr[1]);
        BigInteger sq = a.multiply(a);
        System.out.println("square via multiply == pow(2) " + sq.equals(a.pow(2)) + " sqrt back " + sq.sqrt().equals(a) + " sqrtAndRemainder " + sq.add(BigInteger.TEN).sqrtAndRemainder()[1]);
        BigInteger big = BigInteger.ONE.shiftLeft(100000).subtract(BigInteger.ONE);
        System.out.println("2^100000-1 bitCount=" + big.bitCount() + " digits=" + big.toString().length() + " hexLen=" + big.toString(16).length() + " radix36Len=" + big.toString(36).length() + " radix7sha=" + digest(big.toString(7)));
        System.out.println("negative radix " + big.negate().toString(36).substring(0, 10) + " parse back " + new BigInteger(big.negate().toString(36), 36).equals(big.negate()));
        BigInteger d1 = BigInteger.TEN.pow(4000).add(BigInteger.valueOf(17));
        BigInteger d2 = BigInteger.TEN.pow(1500).add(BigInteger.valueOf(3));
        BigInteger[] dr = d1.divideAndRemainder(d2);
        System.out.println("burnikel-ziegler q bits=" + dr[0].bitLength() + " check=" + dr[0].multiply(d2).add(dr[1]).equals(d1) + " r<d " + (dr[1].compareTo(d2) < 0) + " sha=" + digest(dr[1]));
        BigInteger negDiv = d1.negate().divide(d2);
        System.out.println("signed division truncates " + negDiv.equals(dr[0].negate()) + " mod positive " + (d1.negate().mod(d2).signum() >= 0) + " remainder sign " + d1.negate().remainder(d2).signum());
        BigInteger m61 = BigInteger.ONE.shiftLeft(61).subtract(BigInteger.ONE);
        BigInteger m521 = BigInteger.ONE.shiftLeft(521).subtract(BigInteger.ONE);
        System.out.println("mersenne primes " + m61.isProbablePrime(50) + " " + m521.isProbablePrime(20) + " composite 2^67-1 " + BigInteger.ONE.shiftLeft(67).subtract(BigInteger.ONE).isProbablePrime(50));
        System.out.println("nextProbablePrime " + BigInteger.TEN.pow(20).nextProbablePrime() + " " + BigInteger.valueOf(1000000).nextProbablePrime() + " " + BigInteger.ONE.shiftLeft(200).nextProbablePrime().subtract(BigInteger.ONE.shiftLeft(200)));
        BigInteger base = three.pow(300);
        System.out.println("modPow odd " + base.modPow(BigInteger.valueOf(65537), m521).mod(BigInteger.valueOf(1000000007)) + " even " + base.modPow(BigInteger.valueOf(12345), BigInteger.TEN.pow(30)) + " negative exp " + BigInteger.valueOf(3).modPow(BigInteger.valueOf(-1), BigInteger.valueOf(1000000007)));
        System.out.println("fermat check " + BigInteger.TWO.modPow(m521.subtract(BigInteger.ONE), m521) + " modInverse " + BigInteger.valueOf(17).modInverse(m61));
        System.out.println("gcd of large " + three.pow(500).multiply(BigInteger.valueOf(14)).gcd(three.pow(300).multiply(BigInteger.valueOf(35))).equals(three.pow(300).multiply(BigInteger.valueOf(7))));
        BigInteger shifted = big.shiftRight(99990);
        System.out.println("shiftRight " + shifted + " negative shift " + big.negate().shiftRight(99995) + " shiftLeft(-3) " + BigInteger.valueOf(64).shiftLeft(-3));
        System.out.println("toByteArray len " + big.toByteArray().length + " negated " + big.negate().toByteArray().length + " longValue " + big.longValue() + " intValue " + big.negate().intValue() + " doubleValue " + big.doubleValue() + " float " + three.pow(80).floatValue());
        try { big.longValueExact(); } catch (ArithmeticException e) { System.out.println("longValueExact: " + e.getMessage()); }
        try { BigInteger.TEN.pow(Integer.MAX_VALUE); } catch (ArithmeticException e) { System.out.println("huge pow: " + e.getMessage()); }
        try { BigInteger.TWO.modInverse(BigInteger.valueOf(4)); } catch (ArithmeticException e) { System.out.println("modInverse: " + e.getMessage()); }
    }
}
