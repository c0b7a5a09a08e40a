// Comparator combinators: comparing with key extractors, thenComparing chains, reversed, nullsFirst/nullsLast, naturalOrder/reverseOrder, comparingDouble, Map.Entry comparators.
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

public class ComparatorCombinators {
    record Emp(String name, String dept, int age, double pay) { }

    public static void main(String[] args) {
        List<Emp> emps = new ArrayList<>(List.of(new Emp("Zoe", "eng", 30, 120.5), new Emp("Adam", "ops", 45, 90), new Emp("Mia", "eng", 25, 130),
            new Emp("Liam", "ops", 30, 95.25), new Emp("Ava", "eng", 30, 120.5), new Emp("Noah", "hr", 50, 80)));
        emps.sort(Comparator.comparing(Emp::name));
        System.out.println(emps.stream().map(Emp::name).toList());
        emps.sort(Comparator.comparing(Emp::dept).thenComparing(Emp::age, Comparator.reverseOrder()).thenComparing(Emp::name));
        System.out.println(emps.stream().map(e -> e.dept() + ":" + e.age() + ":" + e.name()).toList());
        emps.sort(Comparator.comparingDouble(Emp::pay).reversed().thenComparingInt(Emp::age));
        System.out.println(emps.stream().map(e -> e.name() + "=" + e.pay()).toList());
        emps.sort(Comparator.comparing(Emp::name, String.CASE_INSENSITIVE_ORDER.reversed()));
        System.out.println(emps.stream().map(Emp::name).toList());
        List<String> withNulls = Arrays.asList("pear", null, "apple", null, "fig");
        withNulls.sort(Comparator.nullsFirst(Comparator.naturalOrder()));
        System.out.println(withNulls);
        withNulls.sort(Comparator.nullsLast(Comparator.<String>reverseOrder()));
        System.out.println(withNulls);
        withNulls.sort(Comparator.nullsFirst(Comparator.comparingInt(String::length)));
        System.out.println(withNulls);
        Map<String, Integer> scores = new TreeMap<>(Map.of("ann", 3, "bob", 7, "cy", 3, "dee", 9));
        System.out.println(scores.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey).toList());
        System.out.println(scores.entrySet().stream().sorted(Map.Entry.comparingByKey(Comparator.reverseOrder())).map(Map.Entry::getKey).toList());
        Comparator<String> byLen = Comparator.comparingInt(String::length);
        System.out.println(byLen.compare("aa", "b") + " " + byLen.reversed().compare("aa", "b") + " " + Comparator.<Integer>naturalOrder().compare(1, 2) + " " + Comparator.<Integer>reverseOrder().compare(1, 2));
        String[] words = {"b", "A", "c", "B", "a", "C"};
        Arrays.sort(words, Comparator.comparing((String w) -> w.toLowerCase()).thenComparing(Comparator.naturalOrder()));
        System.out.println(Arrays.toString(words));
        try { Arrays.sort(new String[]{"x", null}, Comparator.naturalOrder()); } catch (NullPointerException e) { System.out.println("natural order with null -> NPE"); }
        System.out.println(emps.stream().max(Comparator.comparingInt(Emp::age)).get().name() + " " + emps.stream().min(Comparator.comparing(Emp::pay).thenComparing(Emp::name)).get().name());
    }
}
