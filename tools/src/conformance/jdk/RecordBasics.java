// records: generated accessors, toString, equals/hashCode (including double and array components), compact and canonical constructors with validation, static members, nested generic records.
import java.util.Arrays;
import java.util.List;

public class RecordBasics {
    record Point(int x, int y) {
        static final Point ORIGIN = new Point(0, 0);
        Point { if (x < -1000) throw new IllegalArgumentException("x too small: " + x); }
        Point scale(int k) { return new Point(x * k, y * k); }
        static Point of(String s) { String[] p = s.split(","); return new Point(Integer.parseInt(p[0]), Integer.parseInt(p[1])); }
    }
    record Range(int lo, int hi) {
        Range {
            if (lo > hi) { int t = lo; lo = hi; hi = t; }
        }
        int length() { return hi - lo; }
    }
    record Named(String name, double weight) {
        Named(String name) { this(name, 1.0); }
        @Override public String name() { return name.toUpperCase(); }
    }
    record Holder(int[] data, List<String> tags) { }
    record Pair<A, B>(A first, B second) { <C> Pair<A, C> withSecond(C c) { return new Pair<>(first, c); } }
    record Empty() { }
    interface HasArea { double area(); }
    record Rect(double w, double h) implements HasArea { public double area() { return w * h; } }

    public static void main(String[] args) {
        Point p = new Point(3, -4);
        System.out.println(p + " " + p.x() + " " + p.y() + " " + p.scale(2) + " " + Point.ORIGIN + " " + Point.of("7,8"));
        System.out.println(p.equals(new Point(3, -4)) + " " + p.equals(new Point(4, 3)) + " " + (p.hashCode() == new Point(3, -4).hashCode()) + " " + p.hashCode() + " " + new Point(0, 0).hashCode());
        try { new Point(-2000, 0); } catch (IllegalArgumentException e) { System.out.println("compact ctor: " + e.getMessage()); }
        System.out.println(new Range(9, 2) + " length " + new Range(9, 2).length() + " " + new Range(1, 5));
        Named n = new Named("keel");
        System.out.println(n + " " + n.name() + " " + n.weight() + " " + new Named("a", 0.0).equals(new Named("a", -0.0)) + " " + new Named("a", Double.NaN).equals(new Named("a", Double.NaN)));
        int[] arr = {1, 2};
        Holder h1 = new Holder(arr, List.of("x")), h2 = new Holder(arr, List.of("x")), h3 = new Holder(new int[]{1, 2}, List.of("x"));
        System.out.println(h1.equals(h2) + " " + h1.equals(h3) + " " + h1.toString().startsWith("Holder[data=[I@") + " " + Arrays.toString(h1.data()) + " " + h1.tags());
        Pair<String, Integer> pair = new Pair<>("k", 1);
        Pair<String, List<Integer>> other = pair.withSecond(List.of(1, 2));
        System.out.println(pair + " " + other + " " + other.second().size() + " " + new Pair<>(null, null) + " " + new Pair<>(null, null).hashCode());
        System.out.println(new Empty() + " " + new Empty().equals(new Empty()) + " " + new Empty().hashCode());
        HasArea a = new Rect(2.5, 4);
        System.out.println(a + " " + a.area() + " " + (a instanceof Record) + " " + Rect.class.isRecord() + " " + Rect.class.getSuperclass().getName());
        var comps = Point.class.getRecordComponents();
        StringBuilder sb = new StringBuilder();
        for (var c : comps) sb.append(c.getName()).append(':').append(c.getType()).append(' ');
        System.out.println(sb.toString().trim());
        System.out.println(new Pair<>("s", 2).hashCode() + " " + new Pair<>(1L, 'c').hashCode() + " " + new Rect(1.5, -0.0).hashCode() + " " + new Pair<>(true, (byte) 3));
    }
}
