// ListIterator over ArrayList: bidirectional traversal, indices, set/add/remove rules; subList views (nested, write-through, clear, structural changes).
import java.util.ArrayList;
import java.util.List;
import java.util.ListIterator;

public class ListIteratorAndSubList {
    public static void main(String[] args) {
        List<String> l = new ArrayList<>(List.of("a", "b", "c", "d", "e"));
        ListIterator<String> it = l.listIterator(2);
        System.out.println(it.nextIndex() + " " + it.previousIndex() + " " + it.next() + " " + it.previous() + " " + it.previous());
        it.set("B");
        it.add("x");
        System.out.println(l + " next=" + it.next() + " nextIndex=" + it.nextIndex());
        it.remove();
        System.out.println(l);
        try { it.set("y"); } catch (IllegalStateException e) { System.out.println("set after remove -> ISE"); }
        it.add("z");
        try { it.remove(); } catch (IllegalStateException e) { System.out.println("remove after add -> ISE"); }
        System.out.println(l);
        StringBuilder sb = new StringBuilder();
        ListIterator<String> back = l.listIterator(l.size());
        while (back.hasPrevious()) sb.append(back.previous());
        System.out.println("reverse " + sb);
        List<Integer> nums = new ArrayList<>();
        for (int i = 0; i < 10; i++) nums.add(i);
        List<Integer> mid = nums.subList(2, 8);
        List<Integer> inner = mid.subList(1, 4);
        inner.set(0, 30);
        inner.add(99);
        System.out.println(nums + " mid=" + mid + " inner=" + inner);
        inner.remove(Integer.valueOf(99));
        mid.removeIf(x -> x % 2 == 0);
        System.out.println(nums + " mid=" + mid);
        mid.clear();
        System.out.println(nums + " mid empty " + mid.isEmpty());
        nums.subList(1, 3).replaceAll(x -> -x);
        System.out.println(nums + " " + nums.subList(0, 0) + " " + nums.subList(nums.size(), nums.size()).size());
        try { nums.subList(-1, 2); } catch (IndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        try { nums.subList(0, 99); } catch (IndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
        ListIterator<Integer> li = nums.listIterator();
        while (li.hasNext()) { int v = li.next(); if (v < 0) li.set(v * 100); else li.add(v + 1000); }
        System.out.println(nums);
        try { nums.listIterator(99); } catch (IndexOutOfBoundsException e) { System.out.println(e.getMessage()); }
    }
}
