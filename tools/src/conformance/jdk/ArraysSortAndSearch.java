// Arrays.sort of every primitive type (NaN and -0.0 ordering for floats), ranges, objects with comparators (stable), binarySearch hits and insertion points.
import java.util.Arrays;
import java.util.Comparator;

public class ArraysSortAndSearch {
    public static void main(String[] args) {
        int[] ia = {5, -3, 9, 0, Integer.MIN_VALUE, 7, 7, Integer.MAX_VALUE, -3, 2};
        Arrays.sort(ia);
        System.out.println(Arrays.toString(ia));
        for (int k : new int[]{7, -3, 4, 100, Integer.MIN_VALUE, -1000}) System.out.print(Arrays.binarySearch(ia, k) + " ");
        System.out.println();
        double[] da = {3.5, Double.NaN, -0.0, 0.0, Double.NEGATIVE_INFINITY, -1, Double.NaN, 0.0, -0.0, 1e-300};
        Arrays.sort(da);
        System.out.println(Arrays.toString(da) + " " + Arrays.binarySearch(da, -0.0) + " " + Arrays.binarySearch(da, Double.NaN) + " " + Arrays.binarySearch(da, 2.0));
        float[] fa = {Float.NaN, 2f, -0f, 0f, -2f};
        Arrays.sort(fa);
        System.out.println(Arrays.toString(fa));
        long[] la = {3L, 1L << 40, -5L, 0L};
        Arrays.sort(la);
        char[] ca = "keelvirtualmachine".toCharArray();
        Arrays.sort(ca);
        byte[] ba = {5, -128, 127, 0, -1};
        Arrays.sort(ba);
        short[] sa = {300, -300, 0, 32767};
        Arrays.sort(sa);
        System.out.println(Arrays.toString(la) + " " + new String(ca) + " " + Arrays.toString(ba) + " " + Arrays.toString(sa));
        int[] part = {9, 8, 7, 6, 5, 4, 3, 2, 1};
        Arrays.sort(part, 2, 6);
        System.out.println(Arrays.toString(part) + " " + Arrays.binarySearch(part, 2, 6, 5) + " " + Arrays.binarySearch(part, 2, 6, 10));
        String[] words = {"pear", "Apple", "fig", "banana", "kiwi", "apple", "Fig", "date"};
        String[] w1 = words.clone(); Arrays.sort(w1);
        String[] w2 = words.clone(); Arrays.sort(w2, String.CASE_INSENSITIVE_ORDER);
        String[] w3 = words.clone(); Arrays.sort(w3, Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder()));
        String[] w4 = words.clone(); Arrays.sort(w4, Comparator.comparingInt(String::length));
        System.out.println(Arrays.toString(w1) + "\n" + Arrays.toString(w2) + "\n" + Arrays.toString(w3) + "\n" + Arrays.toString(w4));
        System.out.println(Arrays.binarySearch(w1, "fig") + " " + Arrays.binarySearch(w1, "grape") + " " + Arrays.binarySearch(w2, "FIG", String.CASE_INSENSITIVE_ORDER));
        Integer[] boxed = {3, 1, 2, 5, 4};
        Arrays.sort(boxed, Comparator.reverseOrder());
        System.out.println(Arrays.toString(boxed));
        int[] big = new int[5000];
        long seed = 12345;
        for (int i = 0; i < big.length; i++) { seed = seed * 6364136223846793005L + 1442695040888963407L; big[i] = (int) (seed >>> 40) - (1 << 23); }
        Arrays.sort(big);
        boolean ok = true;
        for (int i = 1; i < big.length; i++) ok &= big[i - 1] <= big[i];
        System.out.println("big sorted " + ok + " " + big[0] + " " + big[2500] + " " + big[4999]);
        try { Arrays.sort(new int[3], 2, 1); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        try { Arrays.sort(new int[3], 0, 4); } catch (ArrayIndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        Object[] mixed = {"a", 1};
        try { Arrays.sort(mixed); } catch (ClassCastException e) { System.out.println("CCE " + e.getMessage()); }
    }
}
