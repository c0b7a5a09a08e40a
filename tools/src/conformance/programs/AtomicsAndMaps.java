import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.keelvm.hal.Console;

// Atomics, hash maps and lists: the collection and concurrency classes that lean on jdk.internal.misc.Unsafe.
// (Not AtomicReference: it works through a VarHandle, and Keel has no method-handle linkage yet.)
public class AtomicsAndMaps {
    public static void main(String[] args) {
        AtomicInteger counter = new AtomicInteger();
        for (int i = 0; i < 1000; i++) {
            counter.incrementAndGet();
        }
        Console.println(counter.get());
        Console.println(counter.compareAndSet(1000, 5) ? "swapped" : "kept");
        Console.println(counter.compareAndSet(1000, 6) ? "swapped" : "kept");
        Console.println(counter.getAndAdd(10));
        Console.println(counter.addAndGet(-3));
        Console.println(counter.getAndSet(99));
        Console.println(counter.updateAndGet(x -> x * 2));

        AtomicLong total = new AtomicLong(1L << 40);
        total.addAndGet(5);
        Console.println(total.get());
        Console.println(total.compareAndSet((1L << 40) + 5, -1) ? "swapped" : "kept");
        Console.println(total.decrementAndGet());

        Map<Integer, Integer> squares = new HashMap<>();
        for (int i = 0; i < 200; i++) {
            squares.put(i, i * i);
        }
        Console.println(squares.size());
        Console.println(squares.get(150));
        Console.println(squares.containsKey(250) ? "has 250" : "no 250");
        for (int i = 0; i < 200; i += 2) {
            squares.remove(i);
        }
        Console.println(squares.size());
        long sum = 0;
        int visited = 0;
        for (Map.Entry<Integer, Integer> entry : squares.entrySet()) {
            sum += entry.getKey() * 7L + entry.getValue();
            visited++;
        }
        Console.println(visited);
        Console.println(sum);
        Iterator<Integer> keys = squares.keySet().iterator();
        while (keys.hasNext()) {
            if (keys.next() % 3 == 0) {
                keys.remove();
            }
        }
        Console.println(squares.size());
        squares.merge(1, 10, Integer::sum);
        Console.println(squares.get(1));
        Console.println(squares.getOrDefault(2, -1));

        Map<String, Integer> words = new HashMap<>();
        String[] text = {"the", "cat", "and", "the", "hat", "and", "the", "bat"};
        for (String word : text) {
            words.merge(word, 1, Integer::sum);
        }
        Console.println(words.get("the"));
        Console.println(words.get("and"));
        Console.println(words.size());

        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            list.add((i * 17) % 31);
        }
        list.remove(Integer.valueOf(0));
        list.remove(0);
        // Not list.sort: Arrays.sort reads a system property, and the JDK's start-up does not run yet.
        list.removeIf(x -> x % 5 == 0);
        Comparator<Integer> descending = (a, b) -> b - a;
        Console.println(Collections.max(list, descending));
        Console.println(Collections.min(list, descending));
        list.replaceAll(x -> x * 3);
        StringBuilder joined = new StringBuilder();
        for (int value : list) {
            joined.append(value).append(' ');
        }
        Console.println(joined.toString());
        Console.println(list.size());
        Console.println(list.indexOf(27));

        ConcurrentHashMap<String, Integer> concurrent = new ConcurrentHashMap<>();
        for (int i = 0; i < 100; i++) {
            concurrent.put("k" + i, i);
        }
        Console.println(concurrent.size());
        Console.println(concurrent.get("k42"));
        concurrent.putIfAbsent("k42", -1);
        concurrent.putIfAbsent("new", -2);
        Console.println(concurrent.get("k42"));
        Console.println(concurrent.get("new"));
        concurrent.remove("k1");
        concurrent.compute("k2", (k, v) -> v == null ? 0 : v * 100);
        Console.println(concurrent.get("k2"));
        Console.println(concurrent.containsKey("k1") ? "has k1" : "no k1");
        long values = 0;
        for (int v : concurrent.values()) {
            values += v;
        }
        Console.println(values);
        Console.println(concurrent.size());
    }
}
