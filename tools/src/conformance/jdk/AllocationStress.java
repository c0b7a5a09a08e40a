// allocation volume within one program: millions of short-lived objects, large primitive arrays, a linked structure kept alive across many collections, string churn; results are checksums.
import java.util.ArrayList;
import java.util.List;

public class AllocationStress {
    record Cell(int x, int y, Cell next) { }

    public static void main(String[] args) {
        long sum = 0;
        for (int i = 0; i < 2_000_000; i++) { int[] tmp = new int[4]; tmp[i & 3] = i; sum += tmp[0] + tmp[3]; }
        System.out.println("short-lived arrays " + sum);
        Cell head = null;
        for (int i = 0; i < 200_000; i++) head = new Cell(i, -i, i % 1000 == 0 ? head : (head == null ? null : head.next()));
        long chain = 0;
        for (Cell c = head; c != null; c = c.next()) chain += c.x();
        System.out.println("kept chain " + chain);
        long[] big = new long[4_000_000];
        for (int i = 0; i < big.length; i++) big[i] = (long) i * i;
        long bs = 0;
        for (int i = 0; i < big.length; i += 1000) bs += big[i];
        System.out.println("big array " + big.length + " " + bs);
        big = null;
        List<String> strings = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) { String s = "item-" + i; if (i % 1000 == 0) strings.add(s); }
        System.out.println("string churn kept " + strings.size() + " " + strings.get(99));
        byte[][] chunks = new byte[64][];
        long total = 0;
        for (int round = 0; round < 20; round++) {
            for (int i = 0; i < chunks.length; i++) { chunks[i] = new byte[16 * 1024 + round]; chunks[i][round] = (byte) i; total += chunks[i].length; }
        }
        System.out.println("chunks " + total + " " + chunks[63][19]);
        Object[] survivors = new Object[1000];
        for (int i = 0; i < 1_000_000; i++) { Object o = new Object(); if (i % 1000 == 0) survivors[i / 1000] = o; }
        int alive = 0;
        for (Object o : survivors) if (o != null) alive++;
        System.out.println("survivors " + alive);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 200_000; i++) sb.append((char) ('a' + i % 26));
        System.out.println("builder " + sb.length() + " " + sb.toString().hashCode());
        Runtime rt = Runtime.getRuntime();
        System.out.println("maxMemory positive " + (rt.maxMemory() > 0) + " totalMemory >= freeMemory " + (rt.totalMemory() >= rt.freeMemory()));
    }
}
