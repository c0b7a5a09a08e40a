// Collectors: groupingBy into TreeMap with downstream counting/summing/mapping/averaging, partitioningBy, toMap with merge and TreeMap supplier, collectingAndThen, teeing.
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

public class CollectorsGrouping {
    record Person(String name, String city, int age, double salary) { }

    public static void main(String[] args) {
        List<Person> people = List.of(
            new Person("Ana", "Lisbon", 34, 4200.5), new Person("Ben", "Berlin", 28, 5100), new Person("Chloe", "Paris", 45, 6100.25),
            new Person("Dan", "Berlin", 52, 7300), new Person("Eve", "Lisbon", 23, 2900.75), new Person("Finn", "Paris", 31, 4800),
            new Person("Gus", "Berlin", 39, 5600), new Person("Hana", "Oslo", 27, 5900));
        TreeMap<String, Long> count = people.stream().collect(Collectors.groupingBy(Person::city, TreeMap::new, Collectors.counting()));
        System.out.println(count);
        TreeMap<String, List<String>> names = people.stream().collect(Collectors.groupingBy(Person::city, TreeMap::new, Collectors.mapping(Person::name, Collectors.toList())));
        System.out.println(names);
        TreeMap<String, Integer> ageSum = people.stream().collect(Collectors.groupingBy(Person::city, TreeMap::new, Collectors.summingInt(Person::age)));
        TreeMap<String, Double> avgSalary = people.stream().collect(Collectors.groupingBy(Person::city, TreeMap::new, Collectors.averagingDouble(Person::salary)));
        System.out.println(ageSum + " " + avgSalary);
        TreeMap<Integer, TreeSet<String>> byDecade = people.stream().collect(Collectors.groupingBy(p -> p.age() / 10 * 10, TreeMap::new, Collectors.mapping(Person::name, Collectors.toCollection(TreeSet::new))));
        System.out.println(byDecade);
        Map<Boolean, List<String>> part = people.stream().collect(Collectors.partitioningBy(p -> p.salary() > 5000, Collectors.mapping(Person::name, Collectors.toList())));
        System.out.println(part + " " + part.get(true).size());
        Map<Boolean, Long> partCount = people.stream().collect(Collectors.partitioningBy(p -> p.age() < 30, Collectors.counting()));
        System.out.println(partCount);
        TreeMap<String, Double> maxByCity = people.stream().collect(Collectors.toMap(Person::city, Person::salary, Math::max, TreeMap::new));
        System.out.println(maxByCity);
        try { people.stream().collect(Collectors.toMap(Person::city, Person::name)); } catch (IllegalStateException e) { System.out.println("duplicate key: " + e.getMessage()); }
        TreeMap<String, String> oldest = people.stream().collect(Collectors.groupingBy(Person::city, TreeMap::new,
            Collectors.collectingAndThen(Collectors.maxBy(java.util.Comparator.comparingInt(Person::age)), o -> o.get().name())));
        System.out.println(oldest);
        String result = people.stream().collect(Collectors.teeing(Collectors.counting(), Collectors.summingDouble(Person::salary), (n, s) -> n + " people earn " + s));
        System.out.println(result);
        System.out.println(people.stream().collect(Collectors.summarizingInt(Person::age)));
        System.out.println(people.stream().map(Person::name).collect(Collectors.joining(", ", "[", "]")) + " " + people.stream().collect(Collectors.averagingInt(Person::age)));
        TreeMap<Character, String> initials = people.stream().collect(Collectors.groupingBy(p -> p.city().charAt(0), TreeMap::new, Collectors.mapping(Person::name, Collectors.joining("/"))));
        System.out.println(initials);
        System.out.println(people.stream().collect(Collectors.filtering(p -> p.age() > 40, Collectors.mapping(Person::name, Collectors.toList())))
            + " " + List.of(List.of(1, 2), List.of(3)).stream().collect(Collectors.flatMapping(List::stream, Collectors.toList()))
            + " " + people.stream().map(Person::age).collect(Collectors.reducing(0, Integer::sum)));
    }
}
