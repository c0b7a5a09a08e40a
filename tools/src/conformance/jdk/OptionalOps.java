// Optional and OptionalInt/Long/Double: of/ofNullable/empty, map/flatMap/filter/or, orElse vs orElseGet laziness, orElseThrow messages, ifPresentOrElse, stream, equals/toString.
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;

public class OptionalOps {
    static int calls = 0;
    static String expensive() { calls++; return "computed"; }
    static Optional<Integer> parse(String s) { try { return Optional.of(Integer.parseInt(s)); } catch (NumberFormatException e) { return Optional.empty(); } }

    public static void main(String[] args) {
        Optional<String> some = Optional.of("value"), none = Optional.empty(), nul = Optional.ofNullable(null);
        System.out.println(some + " " + none + " " + nul + " " + none.equals(nul) + " " + some.equals(Optional.of("value")) + " " + some.hashCode() + " " + none.hashCode());
        System.out.println(some.isPresent() + " " + none.isEmpty() + " " + some.get() + " " + none.orElse("dflt") + " " + some.map(String::length).get() + " " + none.map(String::length));
        System.out.println(some.filter(s -> s.startsWith("v")) + " " + some.filter(s -> s.startsWith("x")) + " " + some.flatMap(s -> parse("12")) + " " + some.flatMap(s -> parse("x")));
        System.out.println(none.or(() -> Optional.of("alt")).get() + " " + some.or(() -> Optional.of("alt")).get());
        some.orElse(expensive());
        some.orElseGet(OptionalOps::expensive);
        none.orElseGet(OptionalOps::expensive);
        System.out.println("expensive calls " + calls);
        try { none.get(); } catch (NoSuchElementException e) { System.out.println("get: " + e.getMessage()); }
        try { none.orElseThrow(); } catch (NoSuchElementException e) { System.out.println("orElseThrow: " + e.getMessage()); }
        try { none.orElseThrow(() -> new IllegalStateException("custom")); } catch (IllegalStateException e) { System.out.println("custom: " + e.getMessage()); }
        try { Optional.of(null); } catch (NullPointerException e) { System.out.println("of(null) -> NPE"); }
        some.ifPresent(v -> System.out.println("present " + v));
        none.ifPresentOrElse(v -> System.out.println("unexpected"), () -> System.out.println("absent branch"));
        System.out.println(some.stream().count() + " " + none.stream().count() + " " + some.map(v -> null).isPresent());
        OptionalInt oi = OptionalInt.of(7);
        OptionalLong ol = OptionalLong.empty();
        OptionalDouble od = OptionalDouble.of(2.5);
        System.out.println(oi + " " + ol + " " + od + " " + oi.getAsInt() + " " + ol.orElse(-1) + " " + od.orElseGet(() -> 0) + " " + OptionalInt.empty().isPresent() + " " + oi.equals(OptionalInt.of(7)));
        try { ol.getAsLong(); } catch (NoSuchElementException e) { System.out.println("getAsLong: " + e.getMessage()); }
        String[] inputs = {"10", "x", "-3", "", "42"};
        int total = 0;
        for (String s : inputs) total += parse(s).filter(v -> v > 0).orElse(0);
        System.out.println("total " + total);
        System.out.println(Optional.of("a").map(x -> x + "b").map(String::toUpperCase).filter(x -> x.length() == 2).orElse("none"));
    }
}
