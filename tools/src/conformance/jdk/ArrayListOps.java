// ArrayList: add/insert/get/set/remove by index and by object, growth, indexOf, subList views, removeIf, replaceAll, sort, equals/hashCode, bounds messages.
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

public class ArrayListOps {
    public static void main(String[] args) {
        List<String> l = new ArrayList<>();
        for (String s : "delta alpha charlie bravo echo alpha".split(" ")) l.add(s);
        l.add(0, "first");
        l.add(l.size(), "last");
        System.out.println(l + " size=" + l.size());
        System.out.println(l.get(2) + " " + l.set(2, "ALPHA") + " " + l.indexOf("alpha") + " " + l.lastIndexOf("alpha") + " " + l.contains("echo") + " " + l.indexOf("zulu"));
        System.out.println(l.remove(0) + " " + l.remove("alpha") + " " + l.remove("zulu") + " " + l);
        List<Integer> nums = new ArrayList<>();
        for (int i = 0; i < 20; i++) nums.add(i * 3 % 7);
        nums.remove(Integer.valueOf(6));
        nums.remove(0);
        System.out.println(nums);
        nums.removeIf(n -> n % 2 == 0);
        nums.replaceAll(n -> n * 10);
        System.out.println(nums);
        nums.sort(null);
        System.out.println(nums);
        List<Integer> sub = nums.subList(2, 5);
        sub.set(0, -1);
        sub.clear();
        System.out.println(nums + " " + sub.size());
        List<Integer> a = new ArrayList<>(List.of(1, 2, 3)), b = new ArrayList<>(Arrays.asList(1, 2, 3));
        System.out.println(a.equals(b) + " " + a.hashCode() + " " + (a.hashCode() == b.hashCode()) + " " + a.equals(List.of(1, 2)) + " " + new ArrayList<>().hashCode());
        a.addAll(1, List.of(7, 8));
        a.retainAll(List.of(1, 3, 7));
        b.removeAll(List.of(2));
        System.out.println(a + " " + b + " " + a.containsAll(b) + " " + a.isEmpty());
        ArrayList<Integer> big = new ArrayList<>(2);
        for (int i = 0; i < 10000; i++) big.add(i);
        long sum = 0;
        for (int i = 0; i < big.size(); i += 100) sum += big.get(i);
        big.trimToSize();
        big.ensureCapacity(20000);
        System.out.println("big " + big.size() + " " + sum);
        for (Runnable r : new Runnable[]{() -> l.get(99), () -> l.get(-1), () -> l.add(50, "x"), () -> l.remove(7), () -> l.subList(3, 1), () -> l.set(l.size(), "x")}) {
            try { r.run(); } catch (RuntimeException e) { System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage()); }
        }
        List<String> copy = new ArrayList<>(l);
        l.clear();
        System.out.println(copy + " " + l + " " + copy.toString().length());
        List<Object> self = new ArrayList<>();
        self.add(self);
        self.add("x");
        System.out.println(self);
    }
}
