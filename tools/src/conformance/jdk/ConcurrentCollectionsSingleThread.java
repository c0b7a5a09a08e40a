// java.util.concurrent collections and atomics used from one thread: ConcurrentHashMap (Integer/String keys), CopyOnWriteArrayList snapshots, ConcurrentSkipListMap/Set, ConcurrentLinkedDeque, atomics and LongAdder.
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

public class ConcurrentCollectionsSingleThread {
    public static void main(String[] args) {
        ConcurrentHashMap<String, Integer> chm = new ConcurrentHashMap<>();
        for (String w : "to be or not to be that is the question to".split(" ")) chm.merge(w, 1, Integer::sum);
        System.out.println(chm + " " + chm.mappingCount() + " " + chm.getOrDefault("xyz", -1));
        System.out.println(chm.reduceValues(Long.MAX_VALUE, Integer::sum) + " " + chm.search(Long.MAX_VALUE, (k, v) -> v == 2 ? k : null) + " " + chm.computeIfAbsent("new", String::length) + " " + chm.keySet(0).getMappedValue());
        try { chm.put(null, 1); } catch (NullPointerException e) { System.out.println("CHM null key -> NPE"); }
        ConcurrentHashMap<Integer, Integer> ints = new ConcurrentHashMap<>();
        for (int i = 0; i < 40; i++) ints.put(i * 37 % 101, i);
        for (Integer k : ints.keySet()) if (k % 2 == 0) ints.remove(k);
        System.out.println(ints.keySet());
        CopyOnWriteArrayList<String> cow = new CopyOnWriteArrayList<>(List.of("a", "b", "c"));
        Iterator<String> snapshot = cow.iterator();
        cow.add("d"); cow.remove("a");
        StringBuilder sb = new StringBuilder();
        snapshot.forEachRemaining(sb::append);
        for (String s : cow) if (s.equals("b")) cow.add("e");
        System.out.println("snapshot " + sb + " now " + cow + " addIfAbsent " + cow.addIfAbsent("b") + cow.addIfAbsent("z"));
        try { snapshot.remove(); } catch (UnsupportedOperationException | IllegalStateException e) { System.out.println("COW iterator remove -> " + e.getClass().getSimpleName()); }
        ConcurrentSkipListMap<Integer, String> skip = new ConcurrentSkipListMap<>();
        for (int i = 10; i > 0; i--) skip.put(i * i, "v" + i);
        System.out.println(skip.headMap(30) + " " + skip.ceilingKey(50) + " " + skip.descendingMap().firstKey() + " " + skip.pollFirstEntry());
        ConcurrentSkipListSet<String> set = new ConcurrentSkipListSet<>(List.of("pear", "apple", "fig"));
        System.out.println(set + " " + set.first() + " " + set.higher("fig"));
        ConcurrentLinkedDeque<Integer> dq = new ConcurrentLinkedDeque<>();
        dq.offerFirst(1); dq.offerLast(2); dq.push(0);
        System.out.println(dq + " " + dq.pollLast() + " " + dq.peekFirst() + " " + dq.size());
        AtomicInteger ai = new AtomicInteger(5);
        System.out.println(ai.incrementAndGet() + " " + ai.getAndAdd(10) + " " + ai.compareAndSet(16, 0) + " " + ai.updateAndGet(x -> x - 3) + " " + ai.accumulateAndGet(4, Math::max) + " " + ai);
        AtomicLong al = new AtomicLong(Long.MAX_VALUE);
        System.out.println(al.incrementAndGet() + " " + al.getAndDecrement() + " " + al.get());
        AtomicReference<String> ar = new AtomicReference<>("x");
        System.out.println(ar.compareAndSet("x", "y") + " " + ar.getAndUpdate(s -> s + "z") + " " + ar.get());
        AtomicIntegerArray arr = new AtomicIntegerArray(4);
        for (int i = 0; i < 10; i++) arr.addAndGet(i % 4, i);
        LongAdder adder = new LongAdder();
        for (int i = 1; i <= 100; i++) adder.add(i);
        System.out.println(arr + " " + adder.sum() + " " + adder.sumThenReset() + " " + adder.sum());
    }
}
