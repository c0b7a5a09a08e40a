// bridge methods reached through raw types and erased supertypes: covariant-return bridges, generic-parameter bridges throwing ClassCastException on wrong raw arguments (message names the types), bridges in abstract classes and interfaces with defaults, overloads that only differ after erasure, and heap pollution surfacing at the use site.
import java.util.*;
import java.util.function.*;

public class BridgeMethodHeapPollution {
    interface Source<T> { T get(); default T twice() { get(); return get(); } }
    interface Sink<T> { void put(T t); }

    static class Counter implements Source<Integer>, Sink<Integer>, Comparable<Counter> {
        int n;
        public Integer get() { return ++n; }
        public void put(Integer i) { n += i; }
        public int compareTo(Counter o) { return Integer.compare(n, o.n); }
    }

    static abstract class Shape implements Comparable<Shape> {
        abstract double area();
        public int compareTo(Shape o) { return Double.compare(area(), o.area()); }
        Shape copy() { return this; }
    }

    static class Sq extends Shape {
        final double s;
        Sq(double s) { this.s = s; }
        double area() { return s * s; }
        @Override Sq copy() { return new Sq(s); }
        public String toString() { return "Sq" + s; }
    }

    static abstract class Transformer<A, B> implements Function<A, B> {
        int calls;
        public abstract B apply(A a);
    }

    static class Len extends Transformer<String, Integer> {
        public Integer apply(String s) { calls++; return s.length(); }
    }

    static class Box<T extends Number> {
        T value;
        Box(T v) { value = v; }
        T get() { return value; }
        void set(T v) { value = v; }
    }

    static class IntBox extends Box<Integer> {
        IntBox(int v) { super(v); }
        @Override Integer get() { return super.get() * 10; }
        @Override void set(Integer v) { super.set(v + 1); }
    }

    static String cce(Runnable r) {
        try { r.run(); return "no exception"; }
        catch (ClassCastException e) { return "CCE: " + e.getMessage(); }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    public static void main(String[] args) {
        Counter c = new Counter();
        Source raw = c;
        Object o = raw.get();
        System.out.println("raw get " + o + " twice " + raw.twice() + " class " + o.getClass().getSimpleName());
        Sink rawSink = c;
        rawSink.put(5);
        System.out.println("raw put ok n=" + c.n);
        System.out.println(cce(() -> rawSink.put("five")));
        Comparable rawCmp = c;
        System.out.println(cce(() -> rawCmp.compareTo("str")));
        System.out.println("compare ok " + rawCmp.compareTo(new Counter()));
        Shape sq = new Sq(2);
        Shape copy = sq.copy();
        System.out.println("covariant copy " + copy + " same=" + (copy == sq) + " area=" + copy.area());
        List<Shape> shapes = new ArrayList<>(List.of(new Sq(3), new Sq(1), new Sq(2)));
        Collections.sort(shapes);
        System.out.println("sorted via bridge " + shapes);
        Function<String, Integer> f = new Len();
        Function rawF = f;
        System.out.println("function " + f.apply("hello") + " raw " + rawF.apply("abc") + " andThen " + f.andThen(i -> i * 2).apply("xyz"));
        System.out.println(cce(() -> rawF.apply(42)));
        System.out.println("calls " + ((Len) f).calls);
        Box<Integer> b = new IntBox(4);
        Box rawBox = b;
        System.out.println("box get " + b.get() + " raw " + rawBox.get());
        rawBox.set(7);
        System.out.println("after raw set " + b.value);
        System.out.println(cce(() -> rawBox.set(3.5)));
        Box<Double> plain = new Box<>(1.5);
        ((Box) plain).set(9);
        System.out.println("polluted box holds " + ((Box) plain).get() + " class " + ((Box) plain).get().getClass().getSimpleName());
        System.out.println(cce(() -> { Double d = plain.get(); System.out.println(d); }));
        System.out.println("Number view works " + ((Box<? extends Number>) plain).get().intValue());
        List<String> strings = new ArrayList<>();
        ((List) strings).add(17);
        System.out.println("polluted list size " + strings.size() + " toString " + strings);
        System.out.println(cce(() -> { String s = strings.get(0); }));
        System.out.println(cce(() -> { for (String s : strings) System.out.println(s); }));
        Object obj = strings;
        System.out.println("length via Object " + cce(() -> System.out.println(((List<String>) obj).get(0).length())));
        Map<String, List<Integer>> m = new HashMap<>();
        ((Map) m).put("k", "not a list");
        System.out.println(cce(() -> m.get("k").size()));
        Comparator<String> byLen = Comparator.comparingInt(String::length);
        Comparator rawCmp2 = byLen;
        System.out.println(cce(() -> rawCmp2.compare(1, 2)));
        Supplier<List<String>> sup = ArrayList::new;
        Supplier rawSup = sup;
        System.out.println("supplier " + rawSup.get().getClass().getSimpleName());
        Object[] arr = Arrays.asList("a", "b").toArray();
        System.out.println("toArray class " + arr.getClass().getSimpleName());
        List<Integer> ints = Arrays.asList(3, 1, 2);
        List rawInts = ints;
        System.out.println(cce(() -> Collections.sort(rawInts.subList(0, 2))));
        try { rawInts.set(0, "x"); } catch (ArrayStoreException e) { System.out.println("ASE through Arrays.asList: " + e.getMessage()); }
        List rawList = new ArrayList(ints);
        rawList.set(0, "x");
        System.out.println(cce(() -> Collections.sort(rawList)));
        System.out.println("max " + cce(() -> Collections.max((Collection) Arrays.asList(1, "a"))));
    }
}
