// Arrays.fill/copyOf/copyOfRange (padding, truncation, type change), equals/deepEquals, hashCode/deepHashCode, mismatch, compare, setAll.
import java.util.Arrays;

public class ArraysFillCopyEquals {
    public static void main(String[] args) {
        int[] a = new int[8];
        Arrays.fill(a, 7);
        Arrays.fill(a, 2, 5, -1);
        System.out.println(Arrays.toString(a));
        int[] grown = Arrays.copyOf(a, 11), shrunk = Arrays.copyOf(a, 3), range = Arrays.copyOfRange(a, 4, 10);
        System.out.println(Arrays.toString(grown) + " " + Arrays.toString(shrunk) + " " + Arrays.toString(range));
        String[] s = {"x", "y", "z"};
        System.out.println(Arrays.toString(Arrays.copyOf(s, 5)) + " " + Arrays.toString(Arrays.copyOfRange(s, 1, 2)));
        Object[] asObj = Arrays.copyOf(s, 2, Object[].class);
        System.out.println(asObj.getClass().getSimpleName() + " " + Arrays.toString(asObj));
        boolean[] z = Arrays.copyOf(new boolean[]{true}, 3); char[] c = Arrays.copyOf("ab".toCharArray(), 4); double[] d = Arrays.copyOf(new double[]{1.5}, 2);
        System.out.println(Arrays.toString(z) + " " + (int) c[3] + " " + Arrays.toString(d));
        try { Arrays.copyOfRange(a, 5, 2); } catch (IllegalArgumentException e) { System.out.println("copyOfRange: " + e.getMessage()); }
        try { Arrays.copyOf(a, -1); } catch (NegativeArraySizeException e) { System.out.println("copyOf: " + e.getMessage()); }
        try { Arrays.fill(a, 3, 20, 0); } catch (ArrayIndexOutOfBoundsException e) { System.out.println("fill: " + e.getMessage()); }
        int[] b = a.clone();
        System.out.println(Arrays.equals(a, b) + " " + (a == b) + " " + a.equals(b) + " " + Arrays.equals(a, grown) + " " + Arrays.equals((int[]) null, null) + " " + Arrays.equals(a, 0, 3, grown, 0, 3));
        System.out.println(Arrays.equals(new double[]{Double.NaN}, new double[]{Double.NaN}) + " " + Arrays.equals(new double[]{0.0}, new double[]{-0.0}));
        int[][] m1 = {{1, 2}, {3}}, m2 = {{1, 2}, {3}};
        System.out.println(Arrays.equals(m1, m2) + " " + Arrays.deepEquals(m1, m2) + " " + Arrays.deepHashCode(m1) + " " + (Arrays.deepHashCode(m1) == Arrays.deepHashCode(m2)));
        System.out.println(Arrays.hashCode(a) + " " + Arrays.hashCode(new long[]{1L << 32}) + " " + Arrays.hashCode(new double[]{1.5, -0.0}) + " " + Arrays.hashCode(new boolean[]{true, false})
            + " " + Arrays.hashCode(s) + " " + Arrays.hashCode((int[]) null) + " " + Arrays.hashCode(new char[]{'a'}) + " " + Arrays.hashCode(new float[]{1f}));
        System.out.println(Arrays.mismatch(a, b) + " " + Arrays.mismatch(a, grown) + " " + Arrays.mismatch(new int[]{1, 2, 3}, new int[]{1, 5, 3}));
        System.out.println(Arrays.compare(new int[]{1, 2}, new int[]{1, 3}) + " " + Arrays.compare(new int[]{1, 2, 3}, new int[]{1, 2}) + " " + Arrays.compare(new String[]{"b"}, new String[]{"a", "z"}) + " " + Arrays.compareUnsigned(new byte[]{-1}, new byte[]{1}));
        long[] sq = new long[10];
        Arrays.setAll(sq, i -> (long) i * i * i);
        System.out.println(Arrays.toString(sq));
        int[] pre = {1, 2, 3, 4, 5};
        Arrays.parallelPrefix(pre, Integer::sum);
        System.out.println(Arrays.toString(pre));
        Object[] objs = new Object[4];
        Arrays.fill(objs, "same");
        System.out.println((objs[0] == objs[3]) + " " + Arrays.toString(objs));
        try { Arrays.fill(new Integer[2], "str"); } catch (ArrayStoreException e) { System.out.println("fill store: " + e.getMessage()); }
    }
}
