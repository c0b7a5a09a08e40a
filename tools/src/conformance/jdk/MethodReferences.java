// every kind of method reference: static, bound instance, unbound instance, super::, this::, constructor, array constructor, varargs and generic targets.
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

public class MethodReferences {
    static class Base { String greet(String who) { return "base hello " + who; } }
    static class Derived extends Base {
        @Override String greet(String who) { return "derived hello " + who; }
        Function<String, String> viaSuper() { return super::greet; }
        Function<String, String> viaThis() { return this::greet; }
    }
    static class Box {
        final String content;
        Box() { this("empty"); }
        Box(String c) { content = c; }
        Box(String c, int times) { this(c.repeat(times)); }
        public String toString() { return "Box(" + content + ")"; }
    }
    static int twice(int x) { return 2 * x; }
    static String joinAll(String... parts) { return String.join("+", parts); }

    public static void main(String[] args) {
        Function<Integer, Integer> st = MethodReferences::twice;
        Function<String, Integer> parse = Integer::parseInt;
        String target = "bound-target";
        Supplier<Integer> bound = target::length;
        Function<String, String> unbound = String::toUpperCase;
        BiFunction<String, String, Boolean> unbound2 = String::startsWith;
        ToIntFunction<String> len = String::length;
        System.out.println(st.apply(21) + " " + parse.apply("-17") + " " + bound.get() + " " + unbound.apply("abc") + " " + unbound2.apply("keelvm", "keel") + " " + len.applyAsInt("four"));
        Derived d = new Derived();
        System.out.println(d.viaSuper().apply("x") + " | " + d.viaThis().apply("y"));
        Supplier<Box> c0 = Box::new;
        Function<String, Box> c1 = Box::new;
        BiFunction<String, Integer, Box> c2 = Box::new;
        System.out.println(c0.get() + " " + c1.apply("gift") + " " + c2.apply("ab", 3));
        IntFunction<int[]> arr = int[]::new;
        Function<Integer, String[][]> arr2 = String[][]::new;
        System.out.println(arr.apply(4).length + " " + arr2.apply(3).length + " " + Arrays.toString(List.of("a", "b").toArray(String[]::new)));
        Function<String[], String> va = MethodReferences::joinAll;
        BiFunction<String, String, String> va2 = MethodReferences::joinAll;
        System.out.println(va.apply(new String[]{"x", "y", "z"}) + " " + va2.apply("p", "q"));
        List<String> words = List.of("banana", "Apple", "cherry", "apple", "fig");
        System.out.println(words.stream().map(String::length).collect(Collectors.toList()) + " " + words.stream().sorted(String::compareToIgnoreCase).collect(Collectors.toList()));
        TreeMap<Integer, Long> byLength = words.stream().collect(Collectors.groupingBy(String::length, TreeMap::new, Collectors.counting()));
        System.out.println(byLength);
        StringBuilder sb = new StringBuilder();
        words.forEach(sb::append);
        System.out.println(sb);
        Object nul = null;
        try { Supplier<String> s = nul::toString; System.out.println(s); } catch (NullPointerException e) { System.out.println("bound null receiver -> NPE at creation"); }
        Function<Object, Integer> hash = Object::hashCode;
        System.out.println(hash.apply("abc") + " " + hash.apply(42));
        Function<List<Integer>, Integer> size = List::size;
        System.out.println(size.apply(List.of(1, 2, 3)));
        Runnable printer = System.out::println;
        printer.run();
        Function<Integer, Integer> compare = Integer.valueOf(10)::compareTo;
        System.out.println(compare.apply(5) + " " + compare.apply(10) + " " + compare.apply(20));
    }
}
