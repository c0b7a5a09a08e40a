// LinkedList as List, Deque and Queue: addFirst/Last, poll/peek/pop/push, descendingIterator, ListIterator add/set/remove in both directions, removeFirstOccurrence.
import java.util.Iterator;
import java.util.LinkedList;
import java.util.ListIterator;
import java.util.NoSuchElementException;

public class LinkedListOps {
    public static void main(String[] args) {
        LinkedList<Integer> l = new LinkedList<>();
        for (int i = 0; i < 6; i++) { if (i % 2 == 0) l.addFirst(i); else l.addLast(i); }
        System.out.println(l + " first=" + l.getFirst() + " last=" + l.getLast() + " peek=" + l.peek() + " peekLast=" + l.peekLast());
        l.push(100); l.offer(200); l.offerFirst(-1); l.add(3, 33);
        System.out.println(l);
        System.out.println(l.pop() + " " + l.poll() + " " + l.pollLast() + " " + l.removeFirst() + " " + l.removeLast() + " " + l);
        l.addAll(java.util.List.of(4, 2, 4, 2));
        System.out.println(l.removeFirstOccurrence(4) + " " + l.removeLastOccurrence(2) + " " + l + " " + l.indexOf(2) + " " + l.lastIndexOf(4));
        StringBuilder sb = new StringBuilder();
        for (Iterator<Integer> it = l.descendingIterator(); it.hasNext(); ) sb.append(it.next()).append(' ');
        System.out.println("descending " + sb);
        ListIterator<Integer> li = l.listIterator();
        while (li.hasNext()) {
            int idx = li.nextIndex();
            int v = li.next();
            if (v == 2) li.remove();
            else if (v == 4) li.set(40);
            else if (idx == 0) li.add(999);
        }
        System.out.println(l);
        sb.setLength(0);
        while (li.hasPrevious()) sb.append(li.previousIndex()).append(':').append(li.previous()).append(' ');
        System.out.println("backwards " + sb);
        LinkedList<String> empty = new LinkedList<>();
        System.out.println(empty.poll() + " " + empty.peekFirst() + " " + empty.pollLast());
        try { empty.getFirst(); } catch (NoSuchElementException e) { System.out.println("getFirst: NSEE " + e.getMessage()); }
        try { empty.pop(); } catch (NoSuchElementException e) { System.out.println("pop: NSEE " + e.getMessage()); }
        try { empty.element(); } catch (NoSuchElementException e) { System.out.println("element: NSEE " + e.getMessage()); }
        LinkedList<String> withNulls = new LinkedList<>();
        withNulls.add(null); withNulls.add("x"); withNulls.add(null);
        System.out.println(withNulls + " " + withNulls.indexOf(null) + " " + withNulls.lastIndexOf(null) + " " + withNulls.contains(null));
        LinkedList<Integer> big = new LinkedList<>();
        for (int i = 0; i < 5000; i++) big.add(i);
        long s = 0;
        while (!big.isEmpty()) { s += big.removeFirst(); if (!big.isEmpty()) s -= big.removeLast(); }
        System.out.println("alternating sum " + s + " " + big.size());
        LinkedList<Integer> c = new LinkedList<>(java.util.List.of(5, 3, 1));
        c.sort(null);
        System.out.println(c + " " + c.equals(java.util.List.of(1, 3, 5)) + " " + c.hashCode() + " " + c.get(1) + " " + c.set(1, 30) + " " + c);
    }
}
