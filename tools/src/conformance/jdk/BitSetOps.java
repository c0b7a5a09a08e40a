// BitSet: set/clear/flip ranges, get, cardinality, nextSetBit/nextClearBit/previousSetBit, and/or/xor/andNot, toString, toLongArray/valueOf, sieve.
import java.util.Arrays;
import java.util.BitSet;

public class BitSetOps {
    public static void main(String[] args) {
        BitSet b = new BitSet();
        b.set(1); b.set(5, 10); b.set(64); b.set(130, true); b.clear(7); b.flip(0, 3);
        System.out.println(b + " card=" + b.cardinality() + " len=" + b.length() + " get5=" + b.get(5) + " get7=" + b.get(7) + " sub=" + b.get(4, 12));
        StringBuilder sb = new StringBuilder();
        for (int i = b.nextSetBit(0); i >= 0; i = b.nextSetBit(i + 1)) sb.append(i).append(' ');
        System.out.println("set bits " + sb + "| nextClear(5)=" + b.nextClearBit(5) + " prevSet(63)=" + b.previousSetBit(63) + " prevClear(9)=" + b.previousClearBit(9));
        BitSet x = BitSet.valueOf(new long[]{0b101101L}), y = BitSet.valueOf(new long[]{0b110011L});
        BitSet and = (BitSet) x.clone(); and.and(y);
        BitSet or = (BitSet) x.clone(); or.or(y);
        BitSet xor = (BitSet) x.clone(); xor.xor(y);
        BitSet andNot = (BitSet) x.clone(); andNot.andNot(y);
        System.out.println(and + " " + or + " " + xor + " " + andNot + " intersects=" + x.intersects(y) + " " + x.equals(BitSet.valueOf(new long[]{45})));
        System.out.println(Arrays.toString(b.toLongArray()) + " " + Arrays.toString(b.toByteArray()) + " " + b.hashCode() + " " + BitSet.valueOf(new byte[]{(byte) 0x81}));
        BitSet sieve = new BitSet(200);
        sieve.set(2, 200);
        for (int p = 2; p * p < 200; p = sieve.nextSetBit(p + 1)) for (int m = p * p; m < 200; m += p) sieve.clear(m);
        System.out.println("primes<200 " + sieve.cardinality() + " " + sieve);
        BitSet empty = new BitSet();
        System.out.println(empty + " " + empty.isEmpty() + " " + empty.length() + " " + empty.nextSetBit(0) + " " + empty.stream().count() + " " + sieve.stream().limit(5).sum());
        try { b.set(-1); } catch (IndexOutOfBoundsException e) { System.out.println("set(-1): " + e.getMessage()); }
        try { b.set(5, 2); } catch (IndexOutOfBoundsException e) { System.out.println("set(5,2): " + e.getMessage()); }
        b.clear();
        System.out.println("cleared " + b + " " + b.cardinality());
    }
}
