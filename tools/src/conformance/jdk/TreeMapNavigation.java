// TreeMap/NavigableMap: floor/ceiling/lower/higher keys and entries, first/last/poll, headMap/tailMap/subMap views (inclusive flags), descendingMap, custom comparator.
import java.util.Comparator;
import java.util.NavigableMap;
import java.util.TreeMap;

public class TreeMapNavigation {
    public static void main(String[] args) {
        TreeMap<Integer, String> t = new TreeMap<>();
        for (int k : new int[]{50, 20, 80, 10, 30, 70, 90, 60, 40}) t.put(k, "v" + k);
        System.out.println(t);
        for (int q : new int[]{5, 10, 35, 50, 95}) {
            System.out.println(q + ": floor=" + t.floorKey(q) + " ceil=" + t.ceilingKey(q) + " lower=" + t.lowerKey(q) + " higher=" + t.higherKey(q) + " floorEntry=" + t.floorEntry(q));
        }
        System.out.println(t.firstKey() + " " + t.lastKey() + " " + t.firstEntry() + " " + t.lastEntry());
        System.out.println("head " + t.headMap(40) + " headIncl " + t.headMap(40, true) + " tail " + t.tailMap(70) + " tailExcl " + t.tailMap(70, false));
        System.out.println("sub " + t.subMap(20, 60) + " subIncl " + t.subMap(20, false, 60, true));
        NavigableMap<Integer, String> view = t.subMap(30, true, 70, true);
        view.put(55, "new");
        t.remove(40);
        System.out.println("view " + view + " backing " + t.keySet());
        try { view.put(100, "out"); } catch (IllegalArgumentException e) { System.out.println("out of range: " + e.getMessage()); }
        System.out.println("desc " + t.descendingMap() + " descKeys " + t.descendingKeySet() + " navKeySet.floor " + t.navigableKeySet().floor(56));
        System.out.println("poll " + t.pollFirstEntry() + " " + t.pollLastEntry() + " " + t);
        TreeMap<String, Integer> ci = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (String s : new String[]{"banana", "Apple", "cherry", "apple", "BANANA", "date"}) ci.merge(s, 1, Integer::sum);
        System.out.println(ci + " " + ci.get("APPLE") + " " + ci.comparator().compare("a", "B"));
        TreeMap<String, Integer> byLen = new TreeMap<>(Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder()));
        for (String s : "one two three four five six seven".split(" ")) byLen.put(s, s.length());
        System.out.println(byLen + " " + byLen.ceilingKey("zzzz") + " " + byLen.higherKey("six"));
        TreeMap<Integer, Integer> empty = new TreeMap<>();
        System.out.println(empty.firstEntry() + " " + empty.floorKey(1) + " " + empty.pollFirstEntry());
        try { empty.firstKey(); } catch (java.util.NoSuchElementException e) { System.out.println("firstKey on empty: NSEE"); }
        try { t.put(null, "x"); } catch (NullPointerException e) { System.out.println("null key: NPE"); }
        TreeMap<Integer, Integer> big = new TreeMap<>();
        for (int i = 0; i < 1000; i++) big.put((i * 7919) % 1009, i);
        System.out.println(big.size() + " " + big.firstKey() + " " + big.lastKey() + " " + big.floorKey(500) + " " + big.headMap(100).size() + " " + big.get(500));
    }
}
