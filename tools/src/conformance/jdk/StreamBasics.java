// Stream pipelines: filter/map/limit/skip/distinct/sorted/peek ordering, anyMatch/allMatch/noneMatch short-circuiting, findFirst, count, toList, iterate/generate.
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

public class StreamBasics {
    public static void main(String[] args) {
        List<String> words = List.of("stream", "lambda", "java", "keel", "virtual", "machine", "java", "bytecode", "jit", "keel");
        System.out.println(words.stream().filter(w -> w.length() > 4).map(String::toUpperCase).collect(Collectors.toList()));
        System.out.println(words.stream().distinct().sorted().collect(Collectors.toList()));
        System.out.println(words.stream().sorted(Comparator.comparing(String::length).thenComparing(Comparator.reverseOrder())).skip(2).limit(5).toList());
        List<String> trace = new ArrayList<>();
        List<Integer> out = Stream.of(5, 3, 8, 1, 9, 2).peek(x -> trace.add("p" + x)).filter(x -> x > 2).peek(x -> trace.add("f" + x)).map(x -> x * 10).limit(3).toList();
        System.out.println(out + " " + trace);
        trace.clear();
        boolean any = Stream.of(1, 2, 3, 4, 5).peek(x -> trace.add("a" + x)).anyMatch(x -> x == 3);
        boolean all = Stream.of(2, 4, 5, 6).peek(x -> trace.add("b" + x)).allMatch(x -> x % 2 == 0);
        boolean none = Stream.of(1, 3, 5).noneMatch(x -> x % 2 == 0);
        System.out.println(any + " " + all + " " + none + " " + trace);
        System.out.println(words.stream().filter(w -> w.startsWith("j")).findFirst().orElse("none") + " " + words.stream().filter(w -> w.startsWith("z")).findFirst().isPresent() + " " + words.stream().count());
        System.out.println(Stream.iterate(1, x -> x * 3).limit(10).toList() + " " + Stream.iterate(1, x -> x < 200, x -> x * 2).toList());
        int[] seq = {0};
        System.out.println(Stream.generate(() -> seq[0]++).limit(6).toList() + " " + Stream.empty().count() + " " + Stream.ofNullable(null).count());
        System.out.println(Stream.of("a", "b", "c").map(s -> s + s).reduce("", String::concat) + " " + Stream.concat(Stream.of(1, 2), Stream.of(3)).toList());
        System.out.println(Stream.of(5, 1, 4).sorted(Comparator.reverseOrder()).toList() + " " + Stream.of("x", "yy", "zzz").max(Comparator.comparing(String::length)).get() + " " + Stream.of(3, 7, 1).min(Integer::compare).get());
        System.out.println(Stream.of(1, 2, 3, 4, 5, 6, 1, 2).takeWhile(x -> x < 4).toList() + " " + Stream.of(1, 2, 3, 4, 5, 1).dropWhile(x -> x < 4).toList());
        List<Integer> ordered = new ArrayList<>();
        Stream.of(3, 1, 2).forEachOrdered(ordered::add);
        System.out.println(ordered + " " + Stream.of(1, 2, 3).toArray().length + " " + Stream.of("q").toArray(String[]::new)[0]);
        try {
            Stream<Integer> s = Stream.of(1, 2);
            s.count();
            s.count();
        } catch (IllegalStateException e) { System.out.println("reuse: " + e.getMessage()); }
        try { List<Integer> l = Stream.of(1).toList(); l.add(2); } catch (UnsupportedOperationException e) { System.out.println("toList is unmodifiable"); }
    }
}
