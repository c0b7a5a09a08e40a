// generics erasure and bridge methods: overriding generic methods with concrete types, covariant returns, Comparable bridges, raw-type calls reaching bridges, bridge CCE.
import java.util.ArrayList;
import java.util.List;

public class GenericsAndBridges {
    interface Transformer<A, B> { B apply(A a); }
    static class Length implements Transformer<String, Integer> { public Integer apply(String s) { return s.length(); } }
    static abstract class Node<T> { abstract T value(); Node<T> self() { return this; } }
    static class IntNode extends Node<Integer> {
        final int v; IntNode(int v) { this.v = v; }
        @Override Integer value() { return v; }
        @Override IntNode self() { return this; }
        IntNode twice() { return new IntNode(v * 2); }
    }
    static class Version implements Comparable<Version> {
        final int major, minor;
        Version(int major, int minor) { this.major = major; this.minor = minor; }
        public int compareTo(Version o) { return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor); }
        public String toString() { return major + "." + minor; }
    }
    static class Animal { Animal create() { return new Animal(); } String name() { return "animal"; } }
    static class Dog extends Animal { @Override Dog create() { return new Dog(); } String name() { return "dog"; } void bark() { System.out.println("  woof"); } }
    static <T extends Comparable<? super T>> T max(List<? extends T> xs) {
        T best = xs.get(0);
        for (T x : xs) if (x.compareTo(best) > 0) best = x;
        return best;
    }
    static double sum(List<? extends Number> xs) { double s = 0; for (Number n : xs) s += n.doubleValue(); return s; }
    static void fill(List<? super Integer> sink, int n) { for (int i = 0; i < n; i++) sink.add(i); }
    static <T> T firstOr(List<T> xs, T dflt) { return xs.isEmpty() ? dflt : xs.get(0); }

    @SuppressWarnings({"rawtypes", "unchecked"})
    public static void main(String[] args) throws Exception {
        Transformer<String, Integer> t = new Length();
        System.out.println(t.apply("hello") + " " + new Length().apply(""));
        Transformer raw = t;
        System.out.println("raw call via bridge " + raw.apply("four"));
        try { raw.apply(42); } catch (ClassCastException e) { System.out.println("bridge cast: " + e.getMessage()); }
        int bridges = 0;
        for (var m : Length.class.getDeclaredMethods()) if (m.isBridge()) bridges++;
        System.out.println("Length bridges " + bridges);
        Node<Integer> n = new IntNode(21);
        System.out.println(n.value() + " " + n.self().getClass().getSimpleName() + " " + new IntNode(5).self().twice().value());
        List<Version> vs = List.of(new Version(1, 10), new Version(2, 0), new Version(1, 9), new Version(2, 1));
        System.out.println("max " + max(vs) + " " + max(List.of("pear", "apple", "zoo")) + " " + max(List.of(3, 9, 2)));
        Comparable rawCmp = new Version(1, 0);
        try { rawCmp.compareTo("not a version"); } catch (ClassCastException e) { System.out.println("Comparable bridge: " + e.getMessage()); }
        Animal a = new Dog();
        Animal c = a.create();
        System.out.println(c.name() + " " + (c instanceof Dog));
        new Dog().create().bark();
        List<Object> sink = new ArrayList<>();
        fill(sink, 4);
        List<Number> nums = new ArrayList<>();
        fill(nums, 3);
        nums.add(2.5);
        System.out.println(sink + " " + nums + " sum " + sum(nums) + " " + sum(List.of(1L, 2L)));
        System.out.println(firstOr(List.of(), "default") + " " + firstOr(List.of("x"), "default") + " " + GenericsAndBridges.<Integer>firstOr(new ArrayList<>(), 7));
        List<String> strings = new ArrayList<>();
        List rawList = strings;
        rawList.add(123);
        try { String s = strings.get(0); System.out.println(s); } catch (ClassCastException e) { System.out.println("heap pollution: " + e.getMessage()); }
        Object o = strings.get(0);
        System.out.println("as Object " + o);
    }
}
