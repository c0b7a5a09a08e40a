// varargs: zero/one/many arguments, passing an array vs null, overload resolution phases (exact, boxing, varargs), generic varargs, primitive varargs, most-specific choice.
import java.util.Arrays;
import java.util.List;

public class VarargsResolution {
    static String v(Object... xs) { return "Object..." + (xs == null ? "null" : String.valueOf(xs.length)); }
    static String w(int x) { return "int"; }
    static String w(Integer x) { return "Integer"; }
    static String w(int... xs) { return "int..." + xs.length; }
    static String w(long x, long y) { return "long,long"; }
    static String p(String s, Object... rest) { return s + ":" + Arrays.toString(rest); }
    static String q(long... xs) { return "long..." + Arrays.toString(xs); }
    static String q(Integer... xs) { return "Integer..." + Arrays.toString(xs); }
    static String d(double... ds) { double s = 0; for (double x : ds) s += x; return "sum=" + s; }
    @SafeVarargs static <T> List<T> listOf(T... items) { return Arrays.asList(items); }
    static int count(String... s) { return s.length; }
    static String arr(int[]... rows) { return rows.length + ":" + Arrays.deepToString(rows); }

    public static void main(String[] args) {
        System.out.println(v() + " " + v(1) + " " + v(1, "a", 2.0) + " " + v((Object[]) null) + " " + v((Object) null) + " " + v(new Object[]{1, 2}) + " " + v((Object) new Object[]{1, 2}) + " " + v((Object[]) new String[]{"x", "y", "z"}));
        System.out.println(w(1) + " " + w(Integer.valueOf(1)) + " " + w() + " " + w(1, 2) + " " + w(1, 2, 3) + " " + w((short) 1) + " " + w('c'));
        System.out.println(p("head") + " " + p("head", 1) + " " + p("head", 1, "two", null) + " " + p("head", (Object) new int[0]).startsWith("head:[[I@"));
        System.out.println(q(1L, 2L) + " " + q(new Integer[]{1, 2}) + " " + q(1, 2L));
        System.out.println(d() + " " + d(1) + " " + d(1.5, 2.5f, 3L) + " " + d(new double[]{0.25, 0.25}));
        List<Integer> li = listOf(3, 1, 2);
        List<String> ls = listOf("a");
        List<Object> lo = VarargsResolution.<Object>listOf(1, "two", 3.0);
        System.out.println(li + " " + ls + " " + lo + " " + listOf().size());
        System.out.println(count() + " " + count("a") + " " + count("a", "b", "c") + " " + count(new String[5]));
        System.out.println(arr() + " " + arr(new int[]{1}) + " " + arr(new int[]{1, 2}, new int[0], new int[]{3}));
        System.out.println(String.format("%s-%s", "a", "b") + " " + String.join("|", "x", "y") + " " + List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13).size());
    }
}
