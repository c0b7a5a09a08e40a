// HashMap bins that treeify with hostile keys: equal hash codes on non-Comparable keys, mixed key classes in one bin, Comparable keys whose compareTo disagrees with equals, removal back below the untreeify threshold, resize splitting tree bins, and LinkedHashMap/HashSet keeping their contracts throughout.
import java.util.*;

public class HashMapTreeBins {
    static final class Plain {
        final int id;
        Plain(int id) { this.id = id; }
        @Override public int hashCode() { return 42; }
        @Override public boolean equals(Object o) { return o instanceof Plain && ((Plain) o).id == id; }
        @Override public String toString() { return "P" + id; }
    }

    static final class Other {
        final int id;
        Other(int id) { this.id = id; }
        @Override public int hashCode() { return 42; }
        @Override public boolean equals(Object o) { return o instanceof Other && ((Other) o).id == id; }
        @Override public String toString() { return "O" + id; }
    }

    static final class Liar implements Comparable<Liar> {
        final int id;
        Liar(int id) { this.id = id; }
        @Override public int hashCode() { return id % 3; }
        @Override public boolean equals(Object o) { return o instanceof Liar && ((Liar) o).id == id; }
        @Override public int compareTo(Liar o) { return 0; }
        @Override public String toString() { return "L" + id; }
    }

    static final class Spread {
        final int id;
        Spread(int id) { this.id = id; }
        @Override public int hashCode() { return (id & 1) << 16 | 7; }
        @Override public boolean equals(Object o) { return o instanceof Spread && ((Spread) o).id == id; }
        @Override public String toString() { return "S" + id; }
    }

    // iteration order inside a tree bin of non-Comparable keys depends on identity hash codes (tie-breaking), so only sorted views are printed
    static String sorted(Collection<?> c) {
        List<String> l = new ArrayList<>();
        for (Object o : c) l.add(String.valueOf(o));
        Collections.sort(l);
        return l.size() + ":" + l;
    }

    public static void main(String[] args) {
        Map<Object, Integer> m = new HashMap<>();
        for (int i = 0; i < 40; i++) m.put(new Plain(i), i);
        for (int i = 0; i < 20; i++) m.put(new Other(i), 100 + i);
        m.put("str", -1);
        m.put(42, -2);
        System.out.println("size " + m.size());
        boolean allFound = true;
        for (int i = 0; i < 40; i++) if (m.get(new Plain(i)) != i) allFound = false;
        for (int i = 0; i < 20; i++) if (m.get(new Other(i)) != 100 + i) allFound = false;
        System.out.println("all found " + allFound + " missing " + m.get(new Plain(99)) + " " + m.containsKey(new Other(20)) + " str " + m.get("str") + " int " + m.get(42));
        StringBuilder order = new StringBuilder();
        System.out.println("iteration " + sorted(m.keySet()));
        for (int i = 0; i < 40; i += 2) m.remove(new Plain(i));
        for (int i = 0; i < 20; i++) if (i % 3 != 0) m.remove(new Other(i));
        System.out.println("after removals size " + m.size() + ": " + sorted(m.keySet()));
        Iterator<Object> it = m.keySet().iterator();
        int removed = 0;
        while (it.hasNext()) { Object k = it.next(); if (k instanceof Plain && ((Plain) k).id % 3 == 0) { it.remove(); removed++; } }
        System.out.println("iterator removed " + removed + " size " + m.size() + " contains P3 " + m.containsKey(new Plain(3)) + " P5 " + m.containsKey(new Plain(5)));
        m.keySet().removeIf(k -> k instanceof Plain);
        System.out.println("after removeIf " + sorted(m.entrySet()));
        Map<Liar, String> lm = new HashMap<>();
        for (int i = 0; i < 60; i++) lm.put(new Liar(i), "l" + i);
        boolean lok = true;
        for (int i = 0; i < 60; i++) if (!("l" + i).equals(lm.get(new Liar(i)))) lok = false;
        System.out.println("liar keys size " + lm.size() + " all found " + lok + " get(60) " + lm.get(new Liar(60)));
        for (int i = 0; i < 60; i += 4) lm.remove(new Liar(i));
        lok = true;
        for (int i = 0; i < 60; i++) if ((i % 4 == 0) == lm.containsKey(new Liar(i))) lok = false;
        System.out.println("liar after removal size " + lm.size() + " consistent " + lok);
        System.out.println("liar keys " + sorted(lm.keySet()));
        Map<Spread, Integer> sm = new HashMap<>(16);
        for (int i = 0; i < 24; i++) sm.put(new Spread(i), i);
        System.out.println("before resize " + sorted(sm.keySet()));
        for (int i = 100; i < 200; i++) sm.put(new Spread(i), i);
        int odd = 0, n = 0;
        for (Spread k : sm.keySet()) { n++; if ((k.id & 1) == 1) odd++; }
        System.out.println("after resize size " + sm.size() + " iterated " + n + " odd " + odd + " get(S150) " + sm.get(new Spread(150)) + " get(S23) " + sm.get(new Spread(23)));
        long sum = 0;
        for (int v : sm.values()) sum += v;
        System.out.println("values sum " + sum);
        LinkedHashMap<Plain, Integer> lhm = new LinkedHashMap<>(16, 0.75f, true);
        for (int i = 10; i > 0; i--) lhm.put(new Plain(i), i);
        lhm.get(new Plain(5));
        lhm.get(new Plain(10));
        lhm.put(new Plain(3), 33);
        System.out.println("linked access order " + lhm);
        Set<Plain> hs = new HashSet<>();
        for (int i = 0; i < 30; i++) hs.add(new Plain(i % 17));
        System.out.println("hashset size " + hs.size() + " contains P16 " + hs.contains(new Plain(16)) + " P17 " + hs.contains(new Plain(17)));
        Map<Plain, Integer> cm = new HashMap<>();
        for (int i = 0; i < 12; i++) cm.merge(new Plain(i % 9), 1, Integer::sum);
        cm.computeIfPresent(new Plain(0), (k, v) -> null);
        cm.compute(new Plain(50), (k, v) -> v == null ? 500 : v);
        cm.computeIfAbsent(new Plain(1), k -> 999);
        System.out.println("compute on tree bin " + sorted(cm.entrySet()));
        Map<Plain, Integer> copy = new HashMap<>(cm);
        System.out.println("copy equals " + copy.equals(cm) + " hash " + cm.hashCode() + " " + copy.hashCode());
        Map<Plain, Integer> tm = new TreeMap<>(Comparator.comparingInt(p -> p.id));
        tm.putAll(cm);
        System.out.println("sorted view " + tm);
    }
}
