// ArrayDeque as stack and queue: wraparound growth, offer/poll at both ends, iteration order, null rejection, removal from the middle.
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

public class ArrayDequeOps {
    public static void main(String[] args) {
        Deque<Integer> d = new ArrayDeque<>(4);
        for (int i = 0; i < 10; i++) { d.offerLast(i); if (i % 3 == 0) d.pollFirst(); }
        for (int i = 0; i < 5; i++) d.offerFirst(-i);
        System.out.println(d + " size=" + d.size() + " first=" + d.peekFirst() + " last=" + d.peekLast());
        StringBuilder sb = new StringBuilder();
        for (Iterator<Integer> it = d.descendingIterator(); it.hasNext(); ) sb.append(it.next()).append(',');
        System.out.println(sb);
        Deque<String> stack = new ArrayDeque<>();
        for (String tok : "1 2 + 3 * 4 2 / -".split(" ")) {
            if (tok.matches("-?\\d+")) stack.push(tok);
            else {
                int b = Integer.parseInt(stack.pop()), a = Integer.parseInt(stack.pop());
                int r = switch (tok) { case "+" -> a + b; case "-" -> a - b; case "*" -> a * b; default -> a / b; };
                stack.push(String.valueOf(r));
            }
            System.out.print(stack + " ");
        }
        System.out.println();
        System.out.println("rpn result " + stack.peek());
        Deque<Integer> q = new ArrayDeque<>();
        for (int round = 0; round < 1000; round++) { q.add(round); q.add(-round); q.remove(); }
        System.out.println("queue " + q.size() + " " + q.peek() + " " + q.peekLast());
        d.clear();
        d.addAll(java.util.List.of(1, 2, 3, 2, 1));
        System.out.println(d.removeFirstOccurrence(2) + " " + d.removeLastOccurrence(1) + " " + d + " " + d.contains(3) + " " + d.remove(3) + " " + d);
        try { d.add(null); } catch (NullPointerException e) { System.out.println("null rejected"); }
        Deque<Integer> empty = new ArrayDeque<>();
        System.out.println(empty.pollFirst() + " " + empty.peekLast());
        try { empty.removeFirst(); } catch (java.util.NoSuchElementException e) { System.out.println("removeFirst on empty: NSEE"); }
        try { empty.pop(); } catch (java.util.NoSuchElementException e) { System.out.println("pop on empty: NSEE"); }
        ArrayDeque<Character> pal = new ArrayDeque<>();
        for (char c : "racecar".toCharArray()) pal.add(c);
        boolean isPal = true;
        while (pal.size() > 1) isPal &= pal.pollFirst().equals(pal.pollLast());
        System.out.println("palindrome " + isPal);
        ArrayDeque<Integer> cl = new ArrayDeque<>(java.util.List.of(9, 8));
        ArrayDeque<Integer> copy = cl.clone();
        copy.push(7);
        System.out.println(cl + " " + copy + " " + java.util.Arrays.toString(copy.toArray()));
    }
}
