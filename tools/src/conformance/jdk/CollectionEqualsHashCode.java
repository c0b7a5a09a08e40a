// equals/hashCode contracts across collection implementations: List (order matters), Set (order-free), Map, Map.Entry, arrays vs lists, with their exact hashCode values.
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

public class CollectionEqualsHashCode {
    public static void main(String[] args) {
        List<Integer> al = new ArrayList<>(List.of(1, 2, 3)), ll = new LinkedList<>(List.of(1, 2, 3)), rev = new ArrayList<>(List.of(3, 2, 1));
        System.out.println(al.equals(ll) + " " + al.equals(rev) + " " + al.hashCode() + " " + ll.hashCode() + " " + rev.hashCode() + " " + List.of().hashCode() + " " + Arrays.asList(1, 2, 3).hashCode());
        Set<String> hs = new HashSet<>(List.of("x", "y", "z")), ts = new TreeSet<>(List.of("z", "y", "x")), lhs = new LinkedHashSet<>(List.of("y", "z", "x"));
        System.out.println(hs.equals(ts) + " " + ts.equals(lhs) + " " + hs.hashCode() + " " + ts.hashCode() + " " + lhs.hashCode() + " " + hs.equals(List.of("x", "y", "z")));
        Map<String, Integer> hm = new HashMap<>(Map.of("a", 1, "b", 2)), tm = new TreeMap<>(Map.of("b", 2, "a", 1));
        System.out.println(hm.equals(tm) + " " + hm.hashCode() + " " + tm.hashCode() + " " + hm.entrySet().equals(tm.entrySet()) + " " + hm.keySet().equals(Set.of("a", "b")) + " " + ("a".hashCode() ^ 1) + " " + Map.entry("a", 1).hashCode());
        Map.Entry<String, Integer> e1 = new AbstractMap.SimpleEntry<>("k", 5), e2 = Map.entry("k", 5), e3 = new AbstractMap.SimpleImmutableEntry<>("k", 6);
        System.out.println(e1.equals(e2) + " " + e1.equals(e3) + " " + e1.hashCode() + " " + e2.hashCode() + " " + e1 + " " + e3);
        System.out.println(Arrays.asList(1, 2).equals(List.of(1, 2)) + " " + new int[]{1}.equals(new int[]{1}) + " " + List.of(new int[]{1}).equals(List.of(new int[]{1})) + " " + List.of(List.of(1)).equals(List.of(new ArrayList<>(List.of(1)))));
        List<Object> nested = List.of(List.of(1, 2), Set.of(), Map.of(), "s", 3L, 4.5, true, 'c');
        System.out.println(nested.hashCode() + " " + List.of(Boolean.TRUE, Boolean.FALSE).hashCode() + " " + List.of(1.0, -0.0).hashCode() + " " + List.of(Long.MAX_VALUE).hashCode());
        List<Integer> withNull = new ArrayList<>();
        withNull.add(null);
        withNull.add(7);
        System.out.println(withNull.hashCode() + " " + new HashSet<>(withNull).hashCode() + " " + withNull.equals(Arrays.asList(null, 7)));
        Map<Integer, List<String>> deep = new TreeMap<>();
        deep.put(1, List.of("a"));
        deep.put(2, List.of("b", "c"));
        System.out.println(deep.hashCode() + " " + deep.equals(Map.of(2, List.of("b", "c"), 1, List.of("a"))));
    }
}
