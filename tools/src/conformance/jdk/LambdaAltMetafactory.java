// lambdas needing LambdaMetafactory.altMetafactory or unusual shapes: intersection casts with marker interfaces (Runnable & Serializable), functional interfaces whose erased method differs from an inherited generic one (bridges), default methods on the target, lambdas/method refs implementing generic interfaces through raw types, capture of varargs/arrays/long/double, and Object methods on lambdas that are safe to print.
import java.io.Serializable;
import java.util.*;
import java.util.function.*;

public class LambdaAltMetafactory {
    interface Marker {}
    interface Generic<T> { T apply(T t); }
    interface StringOp extends Generic<String> { String apply(String s); default StringOp twice() { return s -> apply(apply(s)); } }
    interface Sup<T extends Comparable<T>> { T get(); }
    interface Named { String name(); default String greet() { return "hi " + name(); } }
    interface Combined extends Named, Supplier<String> { default String get() { return greet() + "!"; } }
    interface Prim { long calc(int a, long b, double c, float d, char e, short f, byte g, boolean h); }
    interface VarArgs { String join(String... parts); }
    interface Thrower<E extends Exception> { void run() throws E; }
    @FunctionalInterface interface WithObjectMethods { int f(int x); boolean equals(Object o); String toString(); int hashCode(); }

    static String describe(Object o) {
        List<String> names = new ArrayList<>();
        for (Class<?> i : o.getClass().getInterfaces()) names.add(i.getSimpleName());
        Collections.sort(names);
        return "interfaces=" + names + " synthetic=" + o.getClass().isSynthetic() + " serializable=" + (o instanceof Serializable) + " marker=" + (o instanceof Marker);
    }

    static <E extends Exception> void runIt(Thrower<E> t) throws E { t.run(); }

    @SuppressWarnings({"rawtypes", "unchecked"})
    public static void main(String[] args) throws Exception {
        int[] counter = {0};
        Runnable r = (Runnable & Serializable) () -> counter[0]++;
        r.run(); r.run();
        System.out.println("intersection " + counter[0] + " " + describe(r));
        Runnable rm = (Runnable & Marker) () -> counter[0] += 10;
        rm.run();
        System.out.println("marker " + counter[0] + " " + describe(rm));
        Comparator<String> cs = (Comparator<String> & Serializable) String::compareToIgnoreCase;
        List<String> l = new ArrayList<>(List.of("b", "A", "c"));
        l.sort(cs);
        System.out.println("serializable method ref " + l + " " + describe(cs));
        StringOp up = s -> s.toUpperCase() + ".";
        System.out.println("bridge direct " + up.apply("ab") + " twice " + up.twice().apply("x"));
        Generic rawG = up;
        System.out.println("bridge via raw " + rawG.apply("cd"));
        try { rawG.apply(42); } catch (ClassCastException e) { System.out.println("bridge CCE " + e.getMessage().substring(0, e.getMessage().indexOf(" ("))); }
        Generic<String> asGeneric = up;
        System.out.println("bridge via generic " + asGeneric.apply("ef"));
        Sup<String> sup = () -> "comparable";
        System.out.println("bounded generic " + sup.get().compareTo("b"));
        Combined comb = () -> "bob";
        Supplier<String> asSup = comb;
        System.out.println("defaults on target " + comb.greet() + " " + asSup.get());
        Prim p = (a, b, c, d, e, f, g, h) -> a + b + (long) c + (long) d + e + f + g + (h ? 1000 : 0);
        System.out.println("primitive params " + p.calc(1, 2L, 3.9, 4.9f, 'A', (short) 6, (byte) 7, true));
        VarArgs va = parts -> parts.length + ":" + String.join("+", parts);
        System.out.println("varargs " + va.join() + " " + va.join("a") + " " + va.join("a", "b", "c") + " " + va.join(new String[]{"x", "y"}));
        BiFunction<String, Object[], String> fmt = String::format;
        System.out.println("varargs method ref " + fmt.apply("%s-%s", new Object[]{1, 2}));
        Function<Object[], List<Object>> asList = Arrays::asList;
        System.out.println("Arrays::asList " + asList.apply(new Object[]{1, "two"}));
        long big = 1L << 40; double dd = 0.1; char cc = 'Z';
        Supplier<String> capture = () -> big + "/" + dd + "/" + cc + "/" + args.length;
        System.out.println("captured wide " + capture.get());
        IntFunction<int[]> mk = int[]::new;
        Function<Integer, List<String>[]> gen = List[]::new;
        System.out.println("array ctor refs " + mk.apply(3).length + " " + gen.apply(2).getClass().getSimpleName());
        Function<String, StringBuilder> ctor = StringBuilder::new;
        BiFunction<String, Integer, Character> charAt = String::charAt;
        ToIntFunction<List<?>> size = List::size;
        System.out.println("ctor/unbound refs " + ctor.apply("q").reverse() + " " + charAt.apply("hello", 1) + " " + size.applyAsInt(List.of(1, 2)));
        WithObjectMethods wom = x -> x * 3;
        System.out.println("object methods iface " + wom.f(7) + " equalsSelf " + wom.equals(wom) + " toStringHasLambda " + wom.toString().contains("$$Lambda"));
        try { runIt(() -> { throw new java.io.IOException("generic checked"); }); } catch (java.io.IOException e) { System.out.println("generic throws " + e.getMessage()); }
        runIt(() -> System.out.println("generic throws RuntimeException inferred"));
        Function<Integer, Function<Integer, Function<Integer, Integer>>> curried = a -> b -> c -> a * 100 + b * 10 + c;
        System.out.println("curried " + curried.apply(1).apply(2).apply(3));
        Supplier<Supplier<String>> nested = () -> () -> "inner" + counter[0];
        System.out.println("nested " + nested.get().get());
        Object o = (Function<String, Integer>) String::length;
        System.out.println("instanceof Function " + (o instanceof Function) + " Supplier " + (o instanceof Supplier));
        Predicate<String> empty = String::isEmpty;
        System.out.println("predicate combinators " + empty.negate().and(s -> s.length() < 3).or(s -> s.equals("long!")).test("ab") + " " + Predicate.not(empty).test("") + " " + Predicate.isEqual(null).test(null));
        UnaryOperator<String> id = UnaryOperator.identity();
        System.out.println("identity same " + (id == UnaryOperator.<String>identity()) + " " + (Function.identity() == Function.identity()));
        BinaryOperator<Integer> mx = BinaryOperator.maxBy(Comparator.naturalOrder());
        System.out.println("maxBy " + mx.apply(3, 9) + " minBy " + BinaryOperator.<Integer>minBy(Comparator.reverseOrder()).apply(3, 9));
        Runnable[] rs = new Runnable[3];
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 3; i++) { final int j = i; rs[i] = () -> out.append(j * j); }
        for (Runnable x : rs) x.run();
        System.out.println("loop capture " + out);
        Object same1 = (Runnable) LambdaAltMetafactory::staticTarget;
        Object same2 = (Runnable) LambdaAltMetafactory::staticTarget;
        ((Runnable) same1).run();
        System.out.println("non-capturing class equal " + (same1.getClass() == same2.getClass()));
    }

    static void staticTarget() { System.out.println("static target ran"); }
}
