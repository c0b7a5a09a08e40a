// HashSet (Integer/String iteration order), set algebra via retainAll/addAll/removeAll, TreeSet ordering and navigation (floor, ceiling, subSet, descendingSet, pollFirst).
import java.util.HashSet;
import java.util.List;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;

public class HashSetAndTreeSet {
    public static void main(String[] args) {
        Set<Integer> h = new HashSet<>();
        for (int i : new int[]{42, 7, 19, 7, 1000, -3, 16, 0, 42}) System.out.print(h.add(i) ? "+" : "=");
        System.out.println(" " + h + " " + h.size());
        Set<String> hs = new HashSet<>(List.of("pear", "apple", "fig", "kiwi", "banana", "cherry"));
        System.out.println(hs + " " + hs.contains("fig") + " " + hs.remove("fig") + " " + hs.remove("fig"));
        Set<Integer> a = new HashSet<>(List.of(1, 2, 3, 4, 5)), b = new HashSet<>(List.of(4, 5, 6, 7));
        Set<Integer> union = new HashSet<>(a); union.addAll(b);
        Set<Integer> inter = new HashSet<>(a); inter.retainAll(b);
        Set<Integer> diff = new HashSet<>(a); diff.removeAll(b);
        System.out.println(union + " " + inter + " " + diff + " " + a.containsAll(inter) + " " + union.equals(new TreeSet<>(union)) + " " + union.hashCode());
        h.add(null);
        System.out.println(h.contains(null) + " " + h.size());
        TreeSet<String> t = new TreeSet<>(List.of("mango", "apple", "peach", "banana", "cherry", "grape", "kiwi"));
        System.out.println(t + " first=" + t.first() + " last=" + t.last());
        System.out.println(t.floor("c") + " " + t.ceiling("c") + " " + t.lower("apple") + " " + t.higher("kiwi") + " " + t.ceiling("zzz"));
        System.out.println(t.headSet("grape") + " " + t.headSet("grape", true) + " " + t.tailSet("kiwi") + " " + t.subSet("b", "m") + " " + t.subSet("banana", false, "mango", true));
        NavigableSet<String> desc = t.descendingSet();
        System.out.println(desc + " " + desc.first() + " " + desc.higher("grape"));
        System.out.println(t.pollFirst() + " " + t.pollLast() + " " + t);
        TreeSet<Integer> nums = new TreeSet<>((x, y) -> Integer.compare(Math.abs(x), Math.abs(y)));
        for (int x : new int[]{-5, 3, 5, -1, 2, -3, 0}) nums.add(x);
        System.out.println("by abs " + nums + " " + nums.contains(-2) + " " + nums.contains(-5));
        TreeSet<Integer> sieve = new TreeSet<>();
        for (int i = 2; i < 100; i++) sieve.add(i);
        for (int p = 2; p * p < 100; p++) if (sieve.contains(p)) for (int m = p * p; m < 100; m += p) sieve.remove(m);
        System.out.println("primes " + sieve + " count " + sieve.size() + " primes in [50,70) " + sieve.subSet(50, 70));
        try { new TreeSet<Object>().add(new Object()); } catch (ClassCastException e) { System.out.println("non-comparable -> CCE"); }
        Set<Integer> large = new HashSet<>();
        for (int i = 0; i < 3000; i++) large.add(i * i % 1013);
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (int x : large) { if (n++ < 15) sb.append(x).append(' '); }
        System.out.println(large.size() + " first in iteration: " + sb);
    }
}
