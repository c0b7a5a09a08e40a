// List.of/Set.of/Map.of/copyOf and unmodifiable views: mutation errors, null rejection, duplicate rejection messages, equality; never prints Set.of/Map.of iteration order.
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

public class ImmutableCollections {
    static void attempt(String what, Runnable r) {
        try { r.run(); System.out.println(what + " ok"); }
        catch (RuntimeException e) { System.out.println(what + " -> " + e.getClass().getName() + (e.getMessage() == null ? "" : ": " + e.getMessage())); }
    }

    public static void main(String[] args) {
        List<Integer> l = List.of(3, 1, 2);
        Set<String> s = Set.of("b", "a", "c");
        Map<String, Integer> m = Map.of("one", 1, "two", 2, "three", 3);
        System.out.println(l + " " + l.get(1) + " " + l.indexOf(2) + " " + l.contains(3) + " " + l.subList(1, 3));
        System.out.println(new TreeSet<>(s) + " " + s.size() + " " + s.contains("a") + " " + new TreeMap<>(m) + " " + m.get("two") + " " + m.containsKey("four"));
        attempt("List.of add", () -> l.add(4));
        attempt("List.of set", () -> l.set(0, 9));
        attempt("List.of sort", () -> l.sort(null));
        attempt("List.of remove", () -> l.remove(0));
        attempt("Set.of add", () -> s.add("d"));
        attempt("Map.of put", () -> m.put("four", 4));
        attempt("Map.of remove", () -> m.remove("one"));
        attempt("List.of null", () -> List.of(1, null));
        attempt("List.of contains null", () -> l.contains(null));
        attempt("Set.of duplicate", () -> Set.of("x", "y", "x"));
        attempt("Map.of duplicate key", () -> Map.of("k", 1, "k", 2));
        attempt("Map.of null value", () -> Map.of("k", null));
        attempt("List.of get(5)", () -> l.get(5));
        attempt("List.copyOf with null", () -> List.copyOf(java.util.Arrays.asList(1, null)));
        List<Integer> mutable = new ArrayList<>(List.of(1, 2));
        List<Integer> copy = List.copyOf(mutable), view = Collections.unmodifiableList(mutable);
        mutable.add(3);
        System.out.println("copyOf " + copy + " view " + view + " copyOf(copy) same " + (List.copyOf(copy) == copy));
        attempt("unmodifiable add", () -> view.add(1));
        attempt("unmodifiable iterator remove", () -> { var it = view.iterator(); it.next(); it.remove(); });
        attempt("unmodifiableMap put", () -> Collections.unmodifiableMap(new TreeMap<>(m)).put("x", 1));
        attempt("emptyList add", () -> Collections.emptyList().add(null));
        attempt("singletonList set", () -> Collections.singletonList(1).set(0, 2));
        attempt("Map.entry setValue", () -> Map.entry("k", 1).setValue(2));
        System.out.println(l.equals(List.of(3, 1, 2)) + " " + l.equals(new ArrayList<>(List.of(3, 1, 2))) + " " + l.hashCode() + " " + s.equals(Set.of("c", "b", "a")) + " " + s.hashCode() + " " + m.equals(Map.of("three", 3, "two", 2, "one", 1)) + " " + m.hashCode());
        Map<String, Integer> big = Map.ofEntries(Map.entry("a", 1), Map.entry("b", 2), Map.entry("c", 3), Map.entry("d", 4), Map.entry("e", 5), Map.entry("f", 6), Map.entry("g", 7), Map.entry("h", 8), Map.entry("i", 9), Map.entry("j", 10), Map.entry("k", 11));
        System.out.println(new TreeMap<>(big) + " " + big.size() + " " + List.of().size() + " " + Set.of().isEmpty() + " " + Map.of().size());
        System.out.println(Map.entry("key", "value") + " " + List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12) + " " + Set.copyOf(List.of(1, 1, 1)));
    }
}
