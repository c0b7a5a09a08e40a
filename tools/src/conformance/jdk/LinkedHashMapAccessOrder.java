// LinkedHashMap insertion order, access order (get/put/getOrDefault move to end), removeEldestEntry as an LRU cache, LinkedHashSet order.
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;

public class LinkedHashMapAccessOrder {
    static class Lru<K, V> extends LinkedHashMap<K, V> {
        final int cap;
        Lru(int cap) { super(16, 0.75f, true); this.cap = cap; }
        @Override protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
            boolean evict = size() > cap;
            if (evict) System.out.println("  evict " + eldest.getKey() + "=" + eldest.getValue());
            return evict;
        }
    }

    public static void main(String[] args) {
        Map<String, Integer> ins = new LinkedHashMap<>();
        for (String s : "zulu alpha mike bravo yankee".split(" ")) ins.put(s, s.length());
        ins.put("alpha", 99);
        ins.get("zulu");
        System.out.println("insertion " + ins);
        ins.remove("mike");
        ins.put("mike", 0);
        System.out.println("re-put " + ins);
        Map<Integer, String> acc = new LinkedHashMap<>(8, 0.75f, true);
        for (int i = 1; i <= 5; i++) acc.put(i, "v" + i);
        acc.get(2); acc.get(4); acc.put(1, "v1b"); acc.getOrDefault(3, "x"); acc.get(42); acc.containsKey(5);
        System.out.println("access " + acc);
        acc.putIfAbsent(2, "no"); acc.compute(5, (k, v) -> v + "!"); acc.merge(4, "m", String::concat);
        System.out.println("access2 " + acc);
        Lru<String, Integer> cache = new Lru<>(3);
        String[] ops = {"a", "b", "c", "a", "d", "b", "e", "a", "c", "f"};
        for (String k : ops) {
            if (cache.get(k) == null) { System.out.println("miss " + k); cache.put(k, k.charAt(0) - 'a'); }
            else System.out.println("hit " + k);
            System.out.println("  " + cache.keySet());
        }
        LinkedHashSet<Integer> set = new LinkedHashSet<>();
        for (int x : new int[]{50, 10, 40, 10, 30, 50, 20}) set.add(x);
        set.remove(40);
        set.add(40);
        System.out.println("set " + set + " " + set.iterator().next());
        LinkedHashMap<String, Integer> copy = new LinkedHashMap<>(ins);
        System.out.println(copy.equals(ins) + " " + copy.keySet() + " " + copy.values() + " " + copy.entrySet().iterator().next());
    }
}
