package org.keelvm.boot.desugar;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LambdaDesugaringTest {
    private static final String LAMBDAS = """
            package demo;

            import java.io.*;
            import java.util.*;
            import java.util.function.*;
            import java.util.stream.*;

            public class Lambdas {
                interface Named<T> { T name(String s); }
                interface StringNamed extends Named<String> { String name(String s); }
                interface Marker { }
                interface Greeter {
                    String who();
                    default Supplier<String> greet() { return () -> "hi " + who(); }
                    default Function<String, String> tagger() { return this::tag; }
                    private String tag(String s) { return who() + ":" + s; }
                }
                static class Base { String who() { return "base"; } }
                static class Derived extends Base {
                    @Override String who() { return "derived"; }
                    Supplier<String> viaSuper() { return super::who; }
                    Supplier<String> viaThis() { return this::who; }
                }
                static class A {
                    String tag = "a";
                    Supplier<String> make() { return () -> "A(" + tag + ")"; }
                }
                static class B extends A {
                    @Override Supplier<String> make() { return () -> "B(" + tag + ")" + super.make().get(); }
                }

                private final String name;
                int counter;

                private Lambdas(String name) { this.name = name; }
                static int twice(int x) { return 2 * x; }
                private static String secret(String s) { return "<" + s + ">"; }
                private String priv(int x) { return name + x; }
                static String join(String... parts) { return parts.length + ":" + String.join("+", parts); }
                Runnable incrementer() { return () -> counter++; }
                static Supplier<String> constant() { return () -> "constant"; }

                static Object roundTrip(Object o) throws Exception {
                    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) { out.writeObject(o); }
                    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                        return in.readObject();
                    }
                }

                @SuppressWarnings("unchecked")
                public static void main(String[] args) throws Exception {
                    int local = 5; long big = 1L << 40; double d = 2.5; char c = 'x'; boolean flag = true;
                    float f = 0.5f; short sh = -2; byte by = 7;
                    Supplier<String> captured = () -> "local=" + local + " big=" + big + " d=" + d + " c=" + c
                            + " flag=" + flag + " f=" + f + " sh=" + sh + " by=" + by;
                    System.out.println(captured.get());
                    IntUnaryOperator twice = Lambdas::twice;
                    System.out.println(twice.applyAsInt(21));
                    Function<String, String> secret = Lambdas::secret;
                    System.out.println(secret.apply("s"));
                    Lambdas me = new Lambdas("me");
                    IntFunction<String> priv = me::priv;
                    System.out.println(priv.apply(7));
                    Function<String, Lambdas> ctor = Lambdas::new;
                    System.out.println(ctor.apply("made").name);
                    Function<String, Integer> length = String::length;
                    System.out.println(length.apply("hello"));
                    BiFunction<String, String, Boolean> startsWith = String::startsWith;
                    System.out.println(startsWith.apply("hello", "he"));
                    Function<List<String>, Integer> size = List::size;
                    System.out.println(size.apply(List.of("a", "b")));
                    Supplier<ArrayList<String>> newList = ArrayList::new;
                    ArrayList<String> list = newList.get();
                    list.add("z"); list.add("yy"); list.add("xxx");
                    Function<Integer, StringBuilder> sized = StringBuilder::new;
                    System.out.println(sized.apply(4).append("sb"));
                    IntFunction<int[]> ints = int[]::new;
                    System.out.println(ints.apply(3).length);
                    IntFunction<String[][]> grid = String[][]::new;
                    System.out.println(grid.apply(2).length);
                    Function<String[], String> joinArray = Lambdas::join;
                    System.out.println(joinArray.apply(new String[] {"p", "q"}));
                    BiFunction<String, String, String> joinTwo = Lambdas::join;
                    System.out.println(joinTwo.apply("p", "q"));
                    Supplier<String> joinNone = Lambdas::join;
                    System.out.println(joinNone.get());
                    Derived derived = new Derived();
                    System.out.println(derived.viaSuper().get() + " " + derived.viaThis().get());
                    System.out.println(new B().make().get());
                    ToLongFunction<Integer> toLong = Integer::longValue;
                    System.out.println(toLong.applyAsLong(-9));
                    ToIntFunction<String> hash = String::hashCode;
                    System.out.println(hash.applyAsInt("abc"));
                    LongFunction<Long> boxLong = Long::valueOf;
                    System.out.println(boxLong.apply(3L));
                    Function<Integer, Long> widenBoxed = Long::valueOf;
                    System.out.println(widenBoxed.apply(41));
                    DoubleUnaryOperator square = x -> x * x;
                    System.out.println(square.applyAsDouble(1.5));
                    IntBinaryOperator max = Math::max;
                    System.out.println(max.applyAsInt(3, 9));
                    IntToDoubleFunction widen = x -> x;
                    System.out.println(widen.applyAsDouble(3));
                    IntToLongFunction widenMethod = Integer::toUnsignedLong;
                    System.out.println(widenMethod.applyAsLong(-1));
                    BinaryOperator<Integer> sum = Integer::sum;
                    System.out.println(sum.apply(40, 2));
                    Predicate<String> empty = String::isEmpty;
                    System.out.println(empty.test("") + " " + empty.negate().test(""));
                    ObjIntConsumer<StringBuilder> append = StringBuilder::append;
                    StringBuilder sb = new StringBuilder();
                    append.accept(sb, 12);
                    System.out.println(sb);
                    Consumer<String> printer = System.out::println;
                    printer.accept("printed");
                    CharSupplier charSupplier = () -> 'k';
                    System.out.println(charSupplier.get());
                    ToDoubleBiFunction<Float, Short> mixed = (x, y) -> x * y;
                    System.out.println(mixed.applyAsDouble(1.5f, (short) 3));
                    list.sort(Comparator.comparing(String::length).reversed());
                    System.out.println(list);
                    System.out.println(IntStream.range(0, 10).filter(i -> i % 2 == 0).mapToObj(Integer::toString)
                            .collect(Collectors.joining(",")));
                    StringNamed named = s -> s + "!";
                    Named<String> raw = named;
                    System.out.println(raw.name("bridge") + ((Named) named).name("raw"));
                    Greeter greeter = () -> "greeter";
                    System.out.println(greeter.greet().get() + " " + greeter.tagger().apply("t"));
                    me.incrementer().run();
                    Runnable inc = me.incrementer();
                    inc.run();
                    inc.run();
                    System.out.println(me.counter);
                    System.out.println(constant() == constant());
                    Runnable serial = (Runnable & Serializable) () -> System.out.println("serial run");
                    serial.run();
                    System.out.println(serial instanceof Serializable);
                    Runnable marked = (Runnable & Marker) () -> { };
                    System.out.println(marked instanceof Marker);
                    System.out.println(captured instanceof Serializable);
                    Function<Integer, Integer> adder = (Function<Integer, Integer> & Serializable) x -> x + local;
                    Function<Integer, Integer> back = (Function<Integer, Integer>) roundTrip(adder);
                    System.out.println(back.apply(10));
                    Function<String, String> ref = (Function<String, String> & Serializable) String::trim;
                    System.out.println(((Function<String, String>) roundTrip(ref)).apply("  trimmed  "));
                    try {
                        roundTrip(captured);
                    } catch (NotSerializableException e) {
                        System.out.println("not serializable");
                    }
                    Function<Object, String> cast = Object::toString;
                    Function<String, String> narrowed = cast::apply;
                    System.out.println(narrowed.apply("narrowed"));
                    Supplier<Integer> nullBox = () -> null;
                    IntSupplier unboxNull = nullBox::get;
                    try {
                        unboxNull.getAsInt();
                    } catch (NullPointerException e) {
                        System.out.println("unboxing null throws");
                    }
                }

                interface CharSupplier { char get(); }
            }
            """;

    @Test
    void lambdasAndMethodReferencesBehaveAsOnHotSpot() throws Exception {
        String output = JavaPrograms.assertSameBehaviour(Map.of("demo/Lambdas.java", LAMBDAS), "demo.Lambdas");
        assertTrue(output.contains("B(a)A(a)"), output);
        assertTrue(output.contains("\n15\ntrimmed\n"), output);
    }
}
