// Iterator protocol and fail-fast behaviour: ConcurrentModificationException from ArrayList/HashMap/TreeMap/LinkedList, safe Iterator.remove, IllegalStateException, custom Iterable.
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;

public class IteratorsAndConcurrentModification {
    static class Range implements Iterable<Integer> {
        final int lo, hi, step;
        Range(int lo, int hi, int step) { this.lo = lo; this.hi = hi; this.step = step; }
        public Iterator<Integer> iterator() {
            return new Iterator<>() {
                int next = lo;
                public boolean hasNext() { return next < hi; }
                public Integer next() { if (next >= hi) throw new NoSuchElementException("range exhausted"); int v = next; next += step; return v; }
            };
        }
    }
    static void attempt(String what, Runnable r) {
        try { r.run(); System.out.println(what + " ok"); }
        catch (RuntimeException e) { System.out.println(what + " -> " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())); }
    }

    public static void main(String[] args) {
        List<Integer> al = new ArrayList<>(List.of(1, 2, 3, 4, 5));
        attempt("ArrayList add during foreach", () -> { for (Integer x : al) if (x == 2) al.add(99); });
        System.out.println(al);
        attempt("ArrayList remove second-to-last during foreach", () -> { for (Integer x : al) if (x == 5) al.remove(x); });
        System.out.println(al);
        Map<String, Integer> hm = new HashMap<>(Map.of("a", 1, "b", 2, "c", 3));
        attempt("HashMap put during keySet iteration", () -> { for (String k : hm.keySet()) hm.put(k + k, 0); });
        Map<Integer, Integer> tm = new TreeMap<>(Map.of(1, 1, 2, 2, 3, 3));
        attempt("TreeMap remove during entrySet iteration", () -> { for (var e : tm.entrySet()) tm.remove(3); });
        List<Integer> ll = new LinkedList<>(List.of(1, 2, 3));
        attempt("LinkedList add during iteration", () -> { for (Integer x : ll) ll.add(0, x); });
        List<Integer> safe = new ArrayList<>();
        for (int i = 0; i < 10; i++) safe.add(i);
        for (Iterator<Integer> it = safe.iterator(); it.hasNext(); ) if (it.next() % 3 == 0) it.remove();
        System.out.println("safe remove " + safe);
        attempt("remove before next", () -> safe.iterator().remove());
        attempt("double remove", () -> { Iterator<Integer> it = safe.iterator(); it.next(); it.remove(); it.remove(); });
        attempt("next past end", () -> { Iterator<Integer> it = List.of(1).iterator(); it.next(); it.next(); });
        attempt("empty iterator next", () -> new ArrayList<String>().iterator().next());
        StringBuilder sb = new StringBuilder();
        for (int v : new Range(0, 20, 3)) sb.append(v).append(' ');
        System.out.println("custom iterable " + sb);
        Iterator<Integer> rit = new Range(0, 2, 1).iterator();
        rit.next(); rit.next();
        attempt("custom exhausted", rit::next);
        attempt("custom remove (default)", () -> new Range(0, 1, 1).iterator().remove());
        StringBuilder rem = new StringBuilder();
        new Range(5, 10, 1).iterator().forEachRemaining(v -> rem.append(v));
        new Range(0, 4, 1).forEach(v -> rem.append('-').append(v));
        System.out.println("forEachRemaining " + rem);
        List<String> letters = new ArrayList<>(List.of("a", "b", "c"));
        attempt("removeIf inside forEach", () -> letters.forEach(s -> { if (s.equals("b")) letters.removeIf(t -> t.equals("c")); }));
        System.out.println(letters);
        List<Integer> sub = al.subList(0, 2);
        al.add(7);
        attempt("stale subList", () -> sub.size());
    }
}
