// invokeinterface: several interfaces per class, interface inheritance, same method from two interfaces, generic interface calls.
import java.util.ArrayList;
import java.util.List;

public class InterfaceDispatch {
    interface Named { String name(); }
    interface Sized { int size(); }
    interface Thing extends Named, Sized { default String describe() { return name() + "#" + size(); } }
    interface Greeter { String name(); default String greet() { return "hi " + name(); } }
    static class Box implements Thing, Greeter {
        final int n; Box(int n) { this.n = n; }
        public String name() { return "box" + n; }
        public int size() { return n * 2; }
    }
    static class Bag implements Thing {
        public String name() { return "bag"; }
        public int size() { return 7; }
        public String describe() { return "custom " + Thing.super.describe(); }
    }
    interface Transformer<T> { T apply(T t); }
    static class Doubler implements Transformer<Integer> { public Integer apply(Integer x) { return x * 2; } }
    static class Shouter implements Transformer<String> { public String apply(String s) { return s.toUpperCase() + "!"; } }
    static class Counter implements Comparable<Counter>, Runnable {
        int count; final String id;
        Counter(String id, int c) { this.id = id; count = c; }
        public int compareTo(Counter o) { return Integer.compare(count, o.count); }
        public void run() { count++; }
    }

    public static void main(String[] args) {
        List<Named> names = new ArrayList<>();
        names.add(new Box(1)); names.add(new Bag()); names.add(new Box(5)); names.add(() -> "lambda");
        for (Named n : names) System.out.print(n.name() + " ");
        System.out.println();
        Thing[] things = {new Box(2), new Bag(), new Box(3)};
        for (Thing t : things) System.out.println(t.describe() + " size=" + ((Sized) t).size());
        Greeter g = new Box(9);
        System.out.println(g.greet() + " " + (g instanceof Thing) + " " + (g instanceof Sized));
        Transformer<Integer> d = new Doubler();
        Transformer<String> sh = new Shouter();
        Integer v = 3;
        for (int i = 0; i < 5; i++) v = d.apply(v);
        System.out.println(v + " " + sh.apply("hey") + " " + sh.apply(sh.apply("x")));
        Counter c1 = new Counter("a", 5), c2 = new Counter("b", 3);
        Runnable r = c2;
        r.run(); r.run(); r.run();
        Comparable<Counter> cmp = c1;
        System.out.println(cmp.compareTo(c2) + " " + c2.count);
        r.run();
        System.out.println(cmp.compareTo(c2) + " " + c2.compareTo(c1));
        CharSequence[] seqs = {"abc", new StringBuilder("defg"), new StringBuffer("hi")};
        for (CharSequence cs : seqs) System.out.print(cs.length() + ":" + cs.charAt(0) + ":" + cs.subSequence(1, 2) + " ");
        System.out.println();
        long total = 0;
        for (int i = 0; i < 3000; i++) total += things[i % 3].size() + names.get(i % 4).name().length();
        System.out.println("total " + total);
    }
}
