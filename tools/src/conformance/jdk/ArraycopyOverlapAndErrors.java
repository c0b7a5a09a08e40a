// System.arraycopy: forward/backward overlap on every element type, object arrays with per-element store checks, and every failure with its message.
import java.util.Arrays;

public class ArraycopyOverlapAndErrors {
    static void attempt(String what, Runnable r) {
        try { r.run(); System.out.println(what + " ok"); }
        catch (RuntimeException e) { System.out.println(what + " -> " + e.getClass().getName() + ": " + e.getMessage()); }
    }

    public static void main(String[] args) {
        int[] a = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        System.arraycopy(a, 0, a, 3, 6);
        System.out.println(Arrays.toString(a));
        int[] b = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        System.arraycopy(b, 3, b, 0, 6);
        System.out.println(Arrays.toString(b));
        byte[] by = {1, 2, 3, 4, 5}; System.arraycopy(by, 0, by, 1, 4);
        char[] ch = "abcdef".toCharArray(); System.arraycopy(ch, 2, ch, 0, 4);
        long[] lo = {1, 2, 3, 4}; System.arraycopy(lo, 0, lo, 2, 2);
        double[] db = {1.5, 2.5, 3.5}; System.arraycopy(db, 1, db, 0, 2);
        short[] sh = {9, 8, 7}; System.arraycopy(sh, 0, sh, 0, 3);
        boolean[] bo = {true, false, false}; System.arraycopy(bo, 0, bo, 1, 2);
        float[] fl = {1f, 2f, 3f}; System.arraycopy(fl, 0, fl, 1, 2);
        System.out.println(Arrays.toString(by) + " " + new String(ch) + " " + Arrays.toString(lo) + " " + Arrays.toString(db) + " " + Arrays.toString(sh) + " " + Arrays.toString(bo) + " " + Arrays.toString(fl));
        String[] s = {"a", "b", "c", "d"};
        System.arraycopy(s, 0, s, 1, 3);
        System.out.println(Arrays.toString(s));
        Object[] objs = new Object[4];
        System.arraycopy(new String[]{"x", "y"}, 0, objs, 1, 2);
        System.out.println(Arrays.toString(objs));
        Object[] src = {"ok1", "ok2", 3, "never"};
        String[] dst = new String[4];
        attempt("partial object copy", () -> System.arraycopy(src, 0, dst, 0, 4));
        System.out.println("after partial copy " + Arrays.toString(dst));
        attempt("int[] to long[]", () -> System.arraycopy(new int[2], 0, new long[2], 0, 1));
        attempt("int[] to Object[]", () -> System.arraycopy(new int[2], 0, new Object[2], 0, 1));
        attempt("Object[] to int[]", () -> System.arraycopy(new Object[2], 0, new int[2], 0, 1));
        attempt("String to int[]", () -> System.arraycopy("str", 0, new int[2], 0, 1));
        attempt("int[] to String", () -> System.arraycopy(new int[2], 0, "str", 0, 1));
        attempt("null src", () -> System.arraycopy(null, 0, new int[2], 0, 1));
        attempt("null dst", () -> System.arraycopy(new int[2], 0, null, 0, 1));
        attempt("negative srcPos", () -> System.arraycopy(new int[2], -1, new int[2], 0, 1));
        attempt("negative destPos", () -> System.arraycopy(new int[2], 0, new int[2], -2, 1));
        attempt("negative length", () -> System.arraycopy(new int[2], 0, new int[2], 0, -3));
        attempt("src end past", () -> System.arraycopy(new int[3], 2, new int[5], 0, 2));
        attempt("dst end past", () -> System.arraycopy(new int[5], 0, new int[3], 2, 2));
        attempt("object src end past", () -> System.arraycopy(new String[3], 1, new Object[5], 0, 3));
        attempt("long[] dst end past", () -> System.arraycopy(new long[3], 0, new long[3], 1, 3));
        attempt("zero length at end", () -> System.arraycopy(new int[3], 3, new int[3], 3, 0));
        attempt("zero length past end", () -> System.arraycopy(new int[3], 4, new int[3], 0, 0));
        int[] big = new int[10000];
        for (int i = 0; i < big.length; i++) big[i] = i;
        System.arraycopy(big, 0, big, 1, big.length - 1);
        System.out.println(big[0] + " " + big[1] + " " + big[9999]);
    }
}
