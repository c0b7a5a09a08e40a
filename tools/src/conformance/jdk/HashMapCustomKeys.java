// HashMap and HashSet with user-defined keys: equals/hashCode contracts, colliding hash codes (treeified bins with Comparable keys), mutable-key pitfall, iteration order from hash values.
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

public class HashMapCustomKeys {
    static final class Key implements Comparable<Key> {
        final int id; final String tag;
        Key(int id, String tag) { this.id = id; this.tag = tag; }
        @Override public boolean equals(Object o) { return o instanceof Key k && k.id == id && k.tag.equals(tag); }
        @Override public int hashCode() { return id % 4; }
        @Override public int compareTo(Key o) { return Integer.compare(id, o.id); }
        @Override public String toString() { return tag + id; }
    }
    static final class BadKey {
        final int id;
        BadKey(int id) { this.id = id; }
        @Override public boolean equals(Object o) { return o instanceof BadKey b && b.id == id; }
        @Override public int hashCode() { return 7; }
        @Override public String toString() { return "B" + id; }
    }
    static final class Mutable {
        int v;
        Mutable(int v) { this.v = v; }
        @Override public boolean equals(Object o) { return o instanceof Mutable m && m.v == v; }
        @Override public int hashCode() { return v; }
    }

    public static void main(String[] args) {
        Map<Key, Integer> m = new HashMap<>();
        for (int i = 0; i < 200; i++) m.put(new Key(i, "k"), i * i);
        System.out.println(m.size() + " " + m.get(new Key(150, "k")) + " " + m.get(new Key(150, "x")) + " " + m.containsKey(new Key(3, "k")));
        for (int i = 0; i < 200; i += 3) m.remove(new Key(i, "k"));
        long sum = 0;
        for (Map.Entry<Key, Integer> e : m.entrySet()) sum += e.getKey().id * 7L + e.getValue();
        System.out.println(m.size() + " " + sum);
        Map<Key, Integer> small = new HashMap<>();
        for (int i = 0; i < 10; i++) small.put(new Key(i, "s"), i);
        System.out.println(small);
        Set<BadKey> bad = new HashSet<>();
        for (int i = 0; i < 50; i++) bad.add(new BadKey(i % 30));
        System.out.println(bad.size() + " " + bad.contains(new BadKey(29)) + " " + bad.contains(new BadKey(30)));
        Set<Mutable> ms = new HashSet<>();
        Mutable mu = new Mutable(1);
        ms.add(mu);
        mu.v = 2;
        System.out.println("mutated key: contains(new 2)=" + ms.contains(new Mutable(2)) + " contains(same object)=" + ms.contains(mu) + " contains(new 1)=" + ms.contains(new Mutable(1)) + " size=" + ms.size());
        Map<Object, String> mixed = new HashMap<>();
        mixed.put(1, "int"); mixed.put(1L, "long"); mixed.put("1", "string"); mixed.put('1', "char"); mixed.put(1.0, "double");
        System.out.println(mixed.size() + " " + mixed.get(1) + " " + mixed.get(1L) + " " + mixed.get((short) 1) + " " + new TreeMap<>(Map.of("a", mixed.get('1'))));
        Map<Integer, String> neg = new HashMap<>();
        for (int i = -8; i <= 8; i += 2) neg.put(i * 1000003, "v" + i);
        System.out.println(neg.keySet());
        Map<String, Integer> collide = new HashMap<>();
        String[] parts = {"Aa", "BB"};
        for (int i = 0; i < 64; i++) {
            StringBuilder sb = new StringBuilder();
            for (int bit = 0; bit < 6; bit++) sb.append(parts[(i >> bit) & 1]);
            collide.put(sb.toString(), i);
        }
        System.out.println("colliding strings " + collide.size() + " all same hash " + collide.keySet().stream().mapToInt(String::hashCode).distinct().count() + " get " + collide.get("BBAaBBAaBBAa"));
    }
}
