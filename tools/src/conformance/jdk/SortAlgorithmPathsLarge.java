// Arrays.sort on large inputs that reach every internal path: DualPivotQuicksort (insertion, mixed-insertion, heap-sort fallback on adversarial data, run merging of presorted runs), counting sort for byte/short/char, float/double with NaN and -0.0 at scale, TimSort galloping/merging with a stable comparator, and the "Comparison method violates its general contract" detection.
import java.util.*;

public class SortAlgorithmPathsLarge {
    static long seed = 0x9E3779B97F4A7C15L;
    static int next() { seed ^= seed << 13; seed ^= seed >>> 7; seed ^= seed << 17; return (int) (seed >>> 32); }

    static long checksum(int[] a) { long h = 17; for (int v : a) h = h * 31 + v; return h; }
    static boolean sorted(int[] a) { for (int i = 1; i < a.length; i++) if (a[i - 1] > a[i]) return false; return true; }

    static void intCase(String name, int[] a) {
        int[] copy = a.clone();
        Arrays.sort(a);
        long sumBefore = 0, sumAfter = 0;
        for (int v : copy) sumBefore += v;
        for (int v : a) sumAfter += v;
        System.out.println(name + ": n=" + a.length + " sorted=" + sorted(a) + " sumKept=" + (sumBefore == sumAfter) + " min=" + (a.length > 0 ? a[0] : 0) + " max=" + (a.length > 0 ? a[a.length - 1] : 0) + " hash=" + checksum(a));
    }

    public static void main(String[] args) {
        int[] tiny = new int[40];
        for (int i = 0; i < tiny.length; i++) tiny[i] = next() % 100;
        intCase("tiny insertion", tiny);
        int[] random = new int[20000];
        for (int i = 0; i < random.length; i++) random[i] = next();
        intCase("random 20000", random);
        int[] runs = new int[10000];
        for (int i = 0; i < runs.length; i++) runs[i] = (i % 1000) * ((i / 1000) % 2 == 0 ? 1 : -1);
        intCase("alternating runs", runs);
        int[] organ = new int[9000];
        for (int i = 0; i < organ.length; i++) organ[i] = i < 4500 ? i : 9000 - i;
        intCase("organ pipe", organ);
        int[] dups = new int[15000];
        for (int i = 0; i < dups.length; i++) dups[i] = next() & 7;
        intCase("few distinct", dups);
        int[] desc = new int[12000];
        for (int i = 0; i < desc.length; i++) desc[i] = -i * 3;
        intCase("descending", desc);
        int[] saw = new int[8192];
        for (int i = 0; i < saw.length; i++) saw[i] = (i * 7919) % 257;
        intCase("sawtooth", saw);
        int[] partial = new int[10000];
        for (int i = 0; i < partial.length; i++) partial[i] = i;
        for (int i = 0; i < 50; i++) { int x = Math.floorMod(next(), partial.length), y = Math.floorMod(next(), partial.length); int t = partial[x]; partial[x] = partial[y]; partial[y] = t; }
        intCase("nearly sorted", partial);
        int[] range = new int[1000];
        for (int i = 0; i < range.length; i++) range[i] = 1000 - i;
        Arrays.sort(range, 100, 900);
        System.out.println("range sort " + range[0] + " " + range[99] + " " + range[100] + " " + range[899] + " " + range[900] + " " + range[999]);
        long[] longs = new long[5000];
        for (int i = 0; i < longs.length; i++) longs[i] = ((long) next() << 32) ^ next();
        Arrays.sort(longs);
        boolean lok = true; for (int i = 1; i < longs.length; i++) if (longs[i - 1] > longs[i]) lok = false;
        System.out.println("longs sorted " + lok + " first " + longs[0] + " last " + longs[4999]);
        byte[] bytes = new byte[3000];
        for (int i = 0; i < bytes.length; i++) bytes[i] = (byte) next();
        Arrays.sort(bytes);
        int[] bc = new int[256]; for (byte b : bytes) bc[b & 0xff]++;
        System.out.println("bytes " + bytes[0] + " " + bytes[1499] + " " + bytes[2999] + " count(-128)=" + bc[128] + " count(0)=" + bc[0]);
        short[] shorts = new short[7000];
        for (int i = 0; i < shorts.length; i++) shorts[i] = (short) next();
        Arrays.sort(shorts);
        System.out.println("shorts " + shorts[0] + " " + shorts[3500] + " " + shorts[6999]);
        char[] chars = new char[6000];
        for (int i = 0; i < chars.length; i++) chars[i] = (char) next();
        Arrays.sort(chars);
        System.out.println("chars " + (int) chars[0] + " " + (int) chars[3000] + " " + (int) chars[5999]);
        double[] ds = new double[4000];
        for (int i = 0; i < ds.length; i++) {
            int k = Math.floorMod(next(), 10);
            ds[i] = k == 0 ? Double.NaN : k == 1 ? -0.0 : k == 2 ? 0.0 : k == 3 ? Double.NEGATIVE_INFINITY : next() / 1000.0;
        }
        Arrays.sort(ds);
        int nan = 0, negz = 0, posz = 0; int firstNegZero = -1, firstPosZero = -1;
        for (int i = 0; i < ds.length; i++) {
            if (Double.isNaN(ds[i])) nan++;
            else if (ds[i] == 0 && 1 / ds[i] < 0) { negz++; if (firstNegZero < 0) firstNegZero = i; }
            else if (ds[i] == 0) { posz++; if (firstPosZero < 0) firstPosZero = i; }
        }
        System.out.println("doubles NaN=" + nan + " -0=" + negz + " +0=" + posz + " -0 before +0=" + (firstNegZero + negz == firstPosZero) + " first=" + ds[0] + " lastNonNaN=" + ds[ds.length - nan - 1] + " last=" + ds[ds.length - 1]);
        float[] fs = new float[3000];
        for (int i = 0; i < fs.length; i++) fs[i] = (i % 7 == 0) ? Float.NaN : (i % 5 == 0) ? -0.0f : (float) (next() % 1000) / 8;
        Arrays.sort(fs);
        System.out.println("floats first " + fs[0] + " mid " + fs[1500] + " last " + fs[2999] + " idx(-0.0)=" + (Arrays.binarySearch(fs, 0, 2500, -0.0f) >= 0));
        Integer[] keys = new Integer[5000];
        for (int i = 0; i < keys.length; i++) keys[i] = i;
        int[] rank = new int[5000];
        for (int i = 0; i < rank.length; i++) rank[i] = Math.floorMod(next(), 50);
        Arrays.sort(keys, Comparator.comparingInt(k -> rank[k]));
        boolean stable = true;
        for (int i = 1; i < keys.length; i++) if (rank[keys[i - 1]] == rank[keys[i]] && keys[i - 1] > keys[i]) stable = false;
        System.out.println("TimSort stable=" + stable + " first=" + keys[0] + " last=" + keys[4999]);
        String[] words = new String[3000];
        for (int i = 0; i < words.length; i++) words[i] = Integer.toString(Math.floorMod(next(), 100000), 36);
        String[] natural = words.clone();
        Arrays.sort(natural);
        Arrays.sort(words, Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder()));
        System.out.println("strings natural " + natural[0] + " " + natural[2999] + " byLenRev " + words[0] + " " + words[2999]);
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < 4000; i++) list.add(i % 2 == 0 ? i : 4000 - i);
        list.sort(null);
        System.out.println("list.sort " + list.get(0) + " " + list.get(1) + " " + list.get(3999));
        Integer[] contract = new Integer[2000];
        for (int i = 0; i < contract.length; i++) contract[i] = Math.floorMod(next(), 1000);
        try {
            Random rnd = new Random(12345);
            Arrays.sort(contract, (a, b) -> rnd.nextInt(3) - 1);
            System.out.println("bad comparator: no exception detected");
        } catch (IllegalArgumentException e) {
            System.out.println("bad comparator: " + e.getMessage());
        }
    }
}
