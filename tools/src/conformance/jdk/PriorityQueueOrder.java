// PriorityQueue: poll order for natural and comparator ordering, ties, heap-sort of a seeded sequence, peek/remove(Object), top-k, null rejection.
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;

public class PriorityQueueOrder {
    record Task(String name, int priority, int seq) { }

    public static void main(String[] args) {
        PriorityQueue<Integer> pq = new PriorityQueue<>();
        for (int x : new int[]{5, 1, 8, 3, 9, 2, 7, 1, 6}) pq.offer(x);
        System.out.println("peek " + pq.peek() + " size " + pq.size() + " remove(8) " + pq.remove((Object) 8) + " contains(9) " + pq.contains(9));
        StringBuilder sb = new StringBuilder();
        while (!pq.isEmpty()) sb.append(pq.poll()).append(' ');
        System.out.println(sb + "| poll empty " + pq.poll() + " peek empty " + pq.peek());
        PriorityQueue<String> max = new PriorityQueue<>(Comparator.reverseOrder());
        max.addAll(List.of("delta", "alpha", "echo", "charlie", "bravo"));
        sb.setLength(0);
        while (!max.isEmpty()) sb.append(max.poll()).append(' ');
        System.out.println(sb);
        PriorityQueue<Task> tasks = new PriorityQueue<>(Comparator.comparingInt(Task::priority).reversed().thenComparingInt(Task::seq));
        String[] names = {"build", "test", "deploy", "lint", "docs", "bench"};
        int[] prios = {2, 3, 1, 3, 1, 2};
        for (int i = 0; i < names.length; i++) tasks.add(new Task(names[i], prios[i], i));
        while (!tasks.isEmpty()) System.out.print(tasks.poll() + " ");
        System.out.println();
        Random r = new Random(2024);
        PriorityQueue<Integer> heap = new PriorityQueue<>();
        List<Integer> input = new ArrayList<>();
        for (int i = 0; i < 200; i++) { int v = r.nextInt(1000); heap.add(v); input.add(v); }
        List<Integer> out = new ArrayList<>();
        while (!heap.isEmpty()) out.add(heap.poll());
        input.sort(null);
        System.out.println("heap sort matches " + out.equals(input) + " first " + out.subList(0, 10) + " last " + out.get(199));
        PriorityQueue<Integer> topK = new PriorityQueue<>();
        for (int v : input) { topK.add(v); if (topK.size() > 5) topK.poll(); }
        List<Integer> top = new ArrayList<>(topK);
        top.sort(null);
        System.out.println("top5 " + top);
        try { new PriorityQueue<Integer>().add(null); } catch (NullPointerException e) { System.out.println("null -> NPE"); }
        try { new PriorityQueue<>(0); } catch (IllegalArgumentException e) { System.out.println("capacity 0 -> IAE " + e.getMessage()); }
        PriorityQueue<int[]> pairs = new PriorityQueue<>((x, y) -> x[0] != y[0] ? x[0] - y[0] : y[1] - x[1]);
        int[][] data = {{3, 1}, {1, 5}, {3, 9}, {1, 2}, {2, 2}};
        for (int[] p : data) pairs.add(p);
        while (!pairs.isEmpty()) { int[] p = pairs.poll(); System.out.print("(" + p[0] + "," + p[1] + ")"); }
        System.out.println();
    }
}
