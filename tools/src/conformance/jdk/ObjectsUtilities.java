// java.util.Objects: equals/deepEquals/hash/hashCode/toString/compare, requireNonNull variants and messages, requireNonNullElse(Get), isNull/nonNull, checkIndex/checkFromToIndex messages.
import java.util.Comparator;
import java.util.Objects;

public class ObjectsUtilities {
    static void attempt(String what, Runnable r) {
        try { r.run(); System.out.println(what + " ok"); }
        catch (RuntimeException e) { System.out.println(what + " -> " + e.getClass().getSimpleName() + ": " + e.getMessage()); }
    }

    public static void main(String[] args) {
        System.out.println(Objects.equals(null, null) + " " + Objects.equals("a", null) + " " + Objects.equals("a", "a") + " " + Objects.equals(new int[]{1}, new int[]{1}) + " " + Objects.deepEquals(new int[]{1}, new int[]{1}) + " " + Objects.deepEquals(new int[][]{{1}}, new int[][]{{1}}));
        System.out.println(Objects.hash() + " " + Objects.hash((Object) null) + " " + Objects.hash(1, "a", 2.5) + " " + Objects.hash("x") + " " + "x".hashCode() + " " + Objects.hashCode(null) + " " + Objects.hashCode("abc"));
        System.out.println(Objects.toString(null) + " " + Objects.toString(null, "dflt") + " " + Objects.toString(42, "dflt") + " " + Objects.isNull(null) + " " + Objects.nonNull(null));
        System.out.println(Objects.compare("a", "b", Comparator.naturalOrder()) + " " + Objects.compare(null, null, Comparator.<String>naturalOrder()) + " " + Objects.requireNonNullElse(null, "else") + " " + Objects.requireNonNullElseGet(null, () -> "got"));
        attempt("requireNonNull", () -> Objects.requireNonNull(null));
        attempt("requireNonNull msg", () -> Objects.requireNonNull(null, "param x"));
        attempt("requireNonNull supplier", () -> Objects.requireNonNull(null, () -> "supplied " + 42));
        attempt("requireNonNullElse both null", () -> Objects.requireNonNullElse(null, null));
        attempt("checkIndex ok", () -> Objects.checkIndex(2, 3));
        attempt("checkIndex", () -> Objects.checkIndex(3, 3));
        attempt("checkIndex negative", () -> Objects.checkIndex(-1, 3));
        attempt("checkFromToIndex", () -> Objects.checkFromToIndex(2, 1, 5));
        attempt("checkFromToIndex past", () -> Objects.checkFromToIndex(0, 6, 5));
        attempt("checkFromIndexSize", () -> Objects.checkFromIndexSize(3, 4, 5));
        attempt("checkFromIndexSize negative", () -> Objects.checkFromIndexSize(1, -1, 5));
        long count = java.util.stream.Stream.of("a", null, "b", null).filter(Objects::nonNull).count();
        System.out.println("nonNull filter " + count);
    }
}
