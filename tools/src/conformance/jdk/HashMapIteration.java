// HashMap with Integer and String keys: iteration order (deterministic from hashCode and capacity), resize, null key/value, keySet/values/entrySet views.
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

public class HashMapIteration {
    public static void main(String[] args) {
        Map<Integer, String> m = new HashMap<>();
        for (int i : new int[]{100, 3, 17, -5, 64, 16, 0, 1 << 20, 33, 48}) m.put(i, "v" + i);
        System.out.println(m);
        for (int i = 0; i < 40; i++) m.put(i * 7, "w" + i);
        System.out.println(m.keySet());
        Map<String, Integer> words = new HashMap<>();
        for (String w : "the quick brown fox jumps over the lazy dog and the quick cat".split(" ")) words.merge(w, 1, Integer::sum);
        System.out.println(words);
        for (Map.Entry<String, Integer> e : words.entrySet()) if (e.getValue() > 1) e.setValue(e.getValue() * 100);
        System.out.println(words.values());
        words.put(null, -1);
        words.put("nullval", null);
        System.out.println(words.get(null) + " " + words.containsKey("nullval") + " " + words.get("nullval") + " " + words.get("absent") + " " + words.getOrDefault("nullval", 7) + " " + words.getOrDefault("absent", 7));
        System.out.println(words);
        Iterator<String> it = words.keySet().iterator();
        while (it.hasNext()) { String k = it.next(); if (k != null && k.length() == 3) it.remove(); }
        System.out.println(words);
        words.values().remove(1);
        words.entrySet().removeIf(e -> e.getKey() == null);
        System.out.println(words + " " + words.size());
        Map<String, String> keys = new HashMap<>();
        for (String s : new String[]{"Aa", "BB", "AaAa", "BBBB", "AaBB", "BBAa", "C#", "Bb"}) keys.put(s, s.toLowerCase());
        System.out.println(keys + " " + keys.get("BBAa"));
        Map<Integer, Integer> big = new HashMap<>();
        for (int i = 0; i < 2000; i++) big.put(i * 31 % 2003, i);
        long acc = 0;
        int pos = 0;
        for (Map.Entry<Integer, Integer> e : big.entrySet()) acc += (long) e.getKey() * pos++ + e.getValue();
        System.out.println("big " + big.size() + " " + acc);
        Map<Integer, String> copy = new HashMap<>(m);
        System.out.println(copy.equals(m) + " " + (copy.hashCode() == m.hashCode()) + " " + m.hashCode() + " " + new HashMap<>().equals(Map.of()));
    }
}
