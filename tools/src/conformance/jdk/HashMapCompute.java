// HashMap default methods: compute, computeIfAbsent, computeIfPresent, merge (null removes), putIfAbsent, replace variants, remove(k,v), forEach, replaceAll.
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public class HashMapCompute {
    public static void main(String[] args) {
        Map<String, Integer> m = new HashMap<>();
        System.out.println(m.putIfAbsent("a", 1) + " " + m.putIfAbsent("a", 2) + " " + m.get("a"));
        System.out.println(m.computeIfAbsent("b", k -> k.length() * 10) + " " + m.computeIfAbsent("b", k -> 99) + " " + m.computeIfAbsent("n", k -> null) + " " + m.containsKey("n"));
        System.out.println(m.computeIfPresent("a", (k, v) -> v + 100) + " " + m.computeIfPresent("zz", (k, v) -> 5) + " " + m.computeIfPresent("b", (k, v) -> null) + " " + m.containsKey("b"));
        System.out.println(m.compute("c", (k, v) -> v == null ? 1 : v + 1) + " " + m.compute("c", (k, v) -> v == null ? 1 : v + 1) + " " + m.compute("c", (k, v) -> null) + " " + m);
        System.out.println(m.merge("x", 5, Integer::sum) + " " + m.merge("x", 5, Integer::sum) + " " + m.merge("x", 0, (a, b) -> null) + " " + m);
        m.put("r", 1);
        System.out.println(m.replace("r", 2) + " " + m.replace("zz", 3) + " " + m.replace("r", 2, 20) + " " + m.replace("r", 2, 30) + " " + m.get("r"));
        System.out.println(m.remove("r", 99) + " " + m.remove("r", 20) + " " + m);
        Map<String, List<Integer>> groups = new TreeMap<>();
        for (int i = 0; i < 15; i++) groups.computeIfAbsent(i % 3 == 0 ? "fizz" : i % 5 == 0 ? "buzz" : "other", k -> new ArrayList<>()).add(i);
        System.out.println(groups);
        Map<Character, Integer> counts = new TreeMap<>();
        for (char c : "mississippi".toCharArray()) counts.merge(c, 1, Integer::sum);
        System.out.println(counts);
        StringBuilder sb = new StringBuilder();
        counts.forEach((k, v) -> sb.append(k).append(v));
        counts.replaceAll((k, v) -> v * v);
        System.out.println(sb + " " + counts);
        try { m.merge("a", null, Integer::sum); } catch (NullPointerException e) { System.out.println("merge null value -> NPE"); }
        Map<Integer, Integer> memo = new HashMap<>();
        System.out.println("collatz steps " + steps(27, memo) + " " + steps(97, memo) + " memo " + memo.size());
        try {
            Map<String, Integer> bad = new HashMap<>();
            bad.computeIfAbsent("k", k -> { bad.put("other", 1); return 1; });
            System.out.println("no CME " + bad);
        } catch (java.util.ConcurrentModificationException e) { System.out.println("computeIfAbsent modifying map -> CME"); }
    }
    static int steps(long n, Map<Integer, Integer> memo) {
        if (n == 1) return 0;
        if (n < 10000 && memo.containsKey((int) n)) return memo.get((int) n);
        int s = 1 + steps(n % 2 == 0 ? n / 2 : 3 * n + 1, memo);
        if (n < 10000) memo.put((int) n, s);
        return s;
    }
}
