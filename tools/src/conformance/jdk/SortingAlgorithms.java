// hand-written sorts over int and object arrays (quicksort, merge sort, heap sort, insertion sort, counting sort) on seeded data; results checked against Arrays.sort.
import java.util.Arrays;
import java.util.Random;

public class SortingAlgorithms {
    static void quick(int[] a, int lo, int hi) {
        if (lo >= hi) return;
        int p = a[(lo + hi) >>> 1], i = lo, j = hi;
        while (i <= j) { while (a[i] < p) i++; while (a[j] > p) j--; if (i <= j) { int t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; } }
        quick(a, lo, j); quick(a, i, hi);
    }
    static void merge(long[] a, long[] tmp, int lo, int hi) {
        if (hi - lo < 2) return;
        int mid = (lo + hi) >>> 1;
        merge(a, tmp, lo, mid); merge(a, tmp, mid, hi);
        int i = lo, j = mid, k = lo;
        while (i < mid && j < hi) tmp[k++] = a[i] <= a[j] ? a[i++] : a[j++];
        while (i < mid) tmp[k++] = a[i++];
        while (j < hi) tmp[k++] = a[j++];
        System.arraycopy(tmp, lo, a, lo, hi - lo);
    }
    static void heap(double[] a) {
        int n = a.length;
        for (int i = n / 2 - 1; i >= 0; i--) sift(a, i, n);
        for (int end = n - 1; end > 0; end--) { double t = a[0]; a[0] = a[end]; a[end] = t; sift(a, 0, end); }
    }
    static void sift(double[] a, int i, int n) {
        while (true) {
            int l = 2 * i + 1, r = l + 1, m = i;
            if (l < n && a[l] > a[m]) m = l;
            if (r < n && a[r] > a[m]) m = r;
            if (m == i) return;
            double t = a[i]; a[i] = a[m]; a[m] = t; i = m;
        }
    }
    static <T extends Comparable<T>> void insertion(T[] a) {
        for (int i = 1; i < a.length; i++) { T v = a[i]; int j = i - 1; while (j >= 0 && a[j].compareTo(v) > 0) { a[j + 1] = a[j]; j--; } a[j + 1] = v; }
    }
    static int[] counting(byte[] a) {
        int[] counts = new int[256];
        for (byte b : a) counts[b + 128]++;
        return counts;
    }

    public static void main(String[] args) {
        Random r = new Random(31337);
        int[] ints = new int[3000];
        for (int i = 0; i < ints.length; i++) ints[i] = r.nextInt(20001) - 10000;
        int[] expect = ints.clone(); Arrays.sort(expect);
        quick(ints, 0, ints.length - 1);
        System.out.println("quicksort " + Arrays.equals(ints, expect) + " " + ints[0] + " " + ints[1500] + " " + ints[2999]);
        long[] longs = new long[2000];
        for (int i = 0; i < longs.length; i++) longs[i] = r.nextLong() >> r.nextInt(60);
        long[] le = longs.clone(); Arrays.sort(le);
        merge(longs, new long[longs.length], 0, longs.length);
        System.out.println("mergesort " + Arrays.equals(longs, le) + " " + longs[0] + " " + longs[1999]);
        double[] ds = new double[1500];
        for (int i = 0; i < ds.length; i++) ds[i] = r.nextGaussian() * 100;
        double[] de = ds.clone(); Arrays.sort(de);
        heap(ds);
        System.out.println("heapsort " + Arrays.equals(ds, de) + " " + ds[0] + " " + ds[1499]);
        String[] words = new String[300];
        for (int i = 0; i < words.length; i++) { char[] w = new char[1 + r.nextInt(6)]; for (int k = 0; k < w.length; k++) w[k] = (char) ('a' + r.nextInt(26)); words[i] = new String(w); }
        String[] we = words.clone(); Arrays.sort(we);
        insertion(words);
        System.out.println("insertion " + Arrays.equals(words, we) + " " + words[0] + " " + words[299] + " " + Arrays.toString(Arrays.copyOf(words, 8)));
        byte[] bytes = new byte[5000];
        r.nextBytes(bytes);
        int[] counts = counting(bytes);
        int maxIdx = 0;
        for (int i = 0; i < 256; i++) if (counts[i] > counts[maxIdx]) maxIdx = i;
        System.out.println("counting most frequent byte " + (maxIdx - 128) + " x" + counts[maxIdx] + " zeros " + counts[128]);
    }
}
