// The java.util.concurrent.atomic classes and concurrent collections, which the JDK builds on VarHandles, used from one thread: compare-and-set, accumulate, field updaters, arrays, adders, queues, a completed CompletableFuture chain.
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;
import java.util.concurrent.atomic.AtomicReferenceFieldUpdater;
import java.util.concurrent.atomic.AtomicStampedReference;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

public class AtomicsWithVarHandles {
    volatile int hits;
    volatile String label = "start";
    static final AtomicIntegerFieldUpdater<AtomicsWithVarHandles> HITS = AtomicIntegerFieldUpdater.newUpdater(AtomicsWithVarHandles.class, "hits");
    static final AtomicReferenceFieldUpdater<AtomicsWithVarHandles, String> LABEL = AtomicReferenceFieldUpdater.newUpdater(AtomicsWithVarHandles.class, String.class, "label");

    public static void main(String[] args) throws Exception {
        AtomicBoolean flag = new AtomicBoolean();
        System.out.println(flag.compareAndSet(false, true) + " " + flag.compareAndSet(false, true) + " " + flag.getAndSet(false) + " " + flag.get() + " " + flag.compareAndExchange(false, true) + " " + flag);
        AtomicReference<String> ref = new AtomicReference<>("a");
        System.out.println(ref.getAndUpdate(s -> s + "b") + " " + ref.updateAndGet(s -> s + "c") + " " + ref.accumulateAndGet("d", String::concat) + " " + ref.compareAndSet("x", "y") + " " + ref.weakCompareAndSetPlain("abcd", "z") + " " + ref.getAcquire());
        AtomicInteger counter = new AtomicInteger(40);
        System.out.println(counter.incrementAndGet() + " " + counter.getAndAdd(10) + " " + counter.addAndGet(-1) + " " + counter.getAndAccumulate(3, Math::max) + " " + counter.compareAndExchange(50, 7) + " " + counter);
        AtomicIntegerArray ints = new AtomicIntegerArray(5);
        AtomicLongArray longs = new AtomicLongArray(new long[] {1L << 40, 2, 3});
        AtomicReferenceArray<String> strings = new AtomicReferenceArray<>(new String[] {"x", null});
        for (int i = 0; i < 5; i++) ints.addAndGet(i, i * i);
        System.out.println(ints + " " + ints.getAndIncrement(4) + " " + longs.accumulateAndGet(0, 5, Long::sum) + " " + longs + " " + strings.compareAndSet(1, null, "y") + " " + strings);
        try { ints.get(5); } catch (IndexOutOfBoundsException e) { System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage()); }
        AtomicsWithVarHandles holder = new AtomicsWithVarHandles();
        for (int i = 0; i < 5; i++) HITS.incrementAndGet(holder);
        System.out.println(HITS.get(holder) + " " + LABEL.compareAndSet(holder, "start", "done") + " " + holder.label + " " + LABEL.getAndSet(holder, "again"));
        AtomicStampedReference<String> stamped = new AtomicStampedReference<>("v1", 0);
        int[] stamp = new int[1];
        System.out.println(stamped.compareAndSet("v1", "v2", 0, 1) + " " + stamped.get(stamp) + " " + stamp[0] + " " + stamped.attemptStamp("v2", 5) + " " + stamped.getStamp());
        LongAdder adder = new LongAdder();
        DoubleAdder doubles = new DoubleAdder();
        LongAccumulator max = new LongAccumulator(Long::max, Long.MIN_VALUE);
        for (int i = 1; i <= 100; i++) { adder.add(i); doubles.add(i / 4.0); max.accumulate((i * 37L) % 101); }
        System.out.println(adder.sum() + " " + adder.sumThenReset() + " " + adder + " " + doubles.sum() + " " + max.get());
        ConcurrentLinkedQueue<Integer> queue = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedDeque<Integer> deque = new ConcurrentLinkedDeque<>();
        LinkedBlockingQueue<String> blocking = new LinkedBlockingQueue<>(3);
        for (int i = 0; i < 6; i++) { queue.offer(i); deque.offerFirst(i); }
        System.out.println(queue.poll() + " " + queue + " " + deque.pollLast() + " " + deque + " " + blocking.offer("a") + blocking.offer("b") + blocking.offer("c") + blocking.offer("d") + " " + blocking.remainingCapacity() + " " + blocking.take());
        ConcurrentSkipListMap<String, Integer> skip = new ConcurrentSkipListMap<>();
        for (String w : "the quick brown fox jumps over the lazy dog".split(" ")) skip.merge(w, 1, Integer::sum);
        CopyOnWriteArrayList<String> cow = new CopyOnWriteArrayList<>(skip.keySet());
        System.out.println(skip + " " + skip.ceilingKey("p") + " " + skip.headMap("fox") + " " + cow.addIfAbsent("ant") + " " + cow.size());
        CompletableFuture<Integer> future = CompletableFuture.completedFuture(6).thenApply(x -> x * 7).thenCombine(CompletableFuture.completedFuture(8), Integer::sum);
        CompletableFuture<String> failed = CompletableFuture.<String>failedFuture(new IllegalStateException("nope")).exceptionally(t -> "recovered from " + t.getMessage());
        System.out.println(future.get() + " " + failed.join() + " " + future.thenCompose(x -> CompletableFuture.completedFuture(x + 1)).getNow(0) + " " + new CompletableFuture<String>().isDone());
    }
}
