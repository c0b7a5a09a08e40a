// Stream corners: takeWhile/dropWhile on ordered and sorted streams, 3-arg iterate, mapMulti, Stream.ofNullable/concat, reuse IllegalStateException, onClose handler order with suppressed exceptions, toMap duplicate-key and null-value messages, toUnmodifiableList nulls, teeing/filtering/flatMapping, laziness traces, IntStream/LongStream edge ranges.
import java.util.*;
import java.util.function.*;
import java.util.stream.*;

public class StreamTakeDropAndErrors {
    static void t(String label, Supplier<Object> s) {
        try { System.out.println(label + " -> " + s.get()); }
        catch (RuntimeException e) {
            StringBuilder sb = new StringBuilder(label + " !! " + e.getClass().getSimpleName() + ": " + e.getMessage());
            for (Throwable sup : e.getSuppressed()) sb.append(" [suppressed ").append(sup.getMessage()).append(']');
            System.out.println(sb);
        }
    }

    public static void main(String[] args) {
        java.util.Locale.setDefault(java.util.Locale.US);
        t("takeWhile", () -> Stream.of(1, 2, 3, 10, 4, 5).takeWhile(x -> x < 5).collect(Collectors.toList()));
        t("dropWhile", () -> Stream.of(1, 2, 3, 10, 4, 5).dropWhile(x -> x < 5).collect(Collectors.toList()));
        t("takeWhile none", () -> IntStream.of(9, 1).takeWhile(x -> x < 5).boxed().collect(Collectors.toList()));
        t("dropWhile all", () -> LongStream.rangeClosed(1, 5).dropWhile(x -> true).count());
        t("takeWhile sorted", () -> Stream.of(5, 3, 1, 4, 2).sorted().takeWhile(x -> x <= 3).map(String::valueOf).collect(Collectors.joining(",")));
        t("takeWhile infinite", () -> Stream.iterate(1, x -> x * 3).takeWhile(x -> x < 1000).collect(Collectors.toList()));
        t("iterate 3-arg", () -> Stream.iterate("a", s -> s.length() < 5, s -> s + (char) ('a' + s.length())).collect(Collectors.toList()));
        t("IntStream.iterate 3-arg", () -> Arrays.toString(IntStream.iterate(100, i -> i > 0, i -> i / 3).toArray()));
        t("mapMulti", () -> Stream.of(1, 2, 3).<String>mapMulti((x, sink) -> { for (int i = 0; i < x; i++) sink.accept(x + ":" + i); }).collect(Collectors.toList()));
        t("mapMultiToInt", () -> Stream.of("ab", "", "cde").mapMultiToInt((s, sink) -> s.chars().forEach(sink)).sum());
        t("ofNullable", () -> Stream.ofNullable(null).count() + " " + Stream.ofNullable("x").count());
        t("concat", () -> Stream.concat(Stream.of(1, 2), Stream.of(3)).map(x -> x * x).collect(Collectors.toList()));
        Stream<Integer> used = Stream.of(1, 2, 3);
        used.count();
        t("reuse", () -> used.map(x -> x).count());
        List<String> log = new ArrayList<>();
        Stream<Integer> withClose = Stream.of(1).onClose(() -> log.add("first")).onClose(() -> { log.add("second"); throw new IllegalStateException("close2"); }).onClose(() -> { log.add("third"); throw new IllegalArgumentException("close3"); });
        t("onClose", () -> { withClose.close(); return log; });
        t("onClose log after", () -> log);
        t("try-with-resources stream", () -> {
            List<String> l2 = new ArrayList<>();
            try (Stream<String> s = Stream.of("x").onClose(() -> l2.add("closed"))) { l2.add("used " + s.count()); }
            return l2;
        });
        t("toMap dup", () -> Stream.of("apple", "avocado", "banana").collect(Collectors.toMap(s -> s.charAt(0), s -> s)));
        t("toMap null value", () -> Stream.of("a").collect(Collectors.toMap(s -> s, s -> null)));
        t("toMap merge", () -> Stream.of("apple", "avocado", "banana").collect(Collectors.toMap(s -> s.charAt(0), String::length, Integer::sum, TreeMap::new)));
        t("toUnmodifiableList null", () -> Stream.of("a", null).collect(Collectors.toUnmodifiableList()));
        t("toList allows null", () -> Stream.of("a", null).toList());
        t("toList immutable", () -> { List<Integer> l = Stream.of(1).toList(); l.add(2); return l; });
        t("groupingBy null key", () -> Stream.of("a", "b").collect(Collectors.groupingBy(s -> s.equals("b") ? null : s)));
        t("teeing", () -> Stream.of(3, 1, 4, 1, 5, 9, 2, 6).collect(Collectors.teeing(Collectors.minBy(Comparator.<Integer>naturalOrder()), Collectors.maxBy(Comparator.<Integer>naturalOrder()), (a, b) -> a.get() + ".." + b.get())));
        t("filtering/flatMapping", () -> Stream.of("a1", "b22", "a333", "c").collect(Collectors.groupingBy(s -> s.charAt(0), TreeMap::new, Collectors.flatMapping(s -> s.chars().skip(1).mapToObj(c -> (char) c), Collectors.filtering(c -> c != '3', Collectors.toList())))));
        t("partitioningBy empty", () -> Stream.<Integer>empty().collect(Collectors.partitioningBy(x -> x > 0)));
        t("summarizing", () -> Stream.of(2.5, -1.0, 4.0).collect(Collectors.summarizingDouble(d -> d)));
        t("reducing", () -> Stream.of(1, 2, 3, 4).collect(Collectors.reducing(0, x -> x * x, Integer::sum)));
        t("joining prefix", () -> Stream.<String>empty().collect(Collectors.joining(",", "[", "]")));
        List<String> trace = new ArrayList<>();
        t("laziness", () -> Stream.of(5, 6, 7, 8).peek(x -> trace.add("p" + x)).filter(x -> x % 2 == 0).map(x -> { trace.add("m" + x); return x * 10; }).findFirst().get() + " trace=" + trace);
        List<String> trace2 = new ArrayList<>();
        t("sorted barrier", () -> Stream.of(3, 1, 2).peek(x -> trace2.add("a" + x)).sorted().peek(x -> trace2.add("b" + x)).limit(1).collect(Collectors.toList()) + " trace=" + trace2);
        t("skip/limit", () -> IntStream.range(0, 100).skip(95).limit(10).boxed().collect(Collectors.toList()));
        t("distinct order", () -> Stream.of("b", "a", "b", "c", "a").distinct().collect(Collectors.joining()));
        t("range edges", () -> IntStream.range(Integer.MAX_VALUE - 2, Integer.MAX_VALUE).count() + " " + IntStream.rangeClosed(Integer.MAX_VALUE - 1, Integer.MAX_VALUE).sum() + " " + IntStream.range(5, 5).count() + " " + IntStream.rangeClosed(5, 4).count());
        t("long range count", () -> LongStream.range(Long.MIN_VALUE, Long.MIN_VALUE + 3).boxed().collect(Collectors.toList()) + " " + LongStream.rangeClosed(0, 1L << 40).count());
        t("average empty", () -> IntStream.empty().average() + " " + IntStream.of(1, 2).average().getAsDouble());
        t("max empty get", () -> IntStream.empty().max().getAsInt());
        t("reduce overflow", () -> IntStream.of(Integer.MAX_VALUE, 1).sum() + " " + IntStream.of(Integer.MAX_VALUE, 1).asLongStream().sum());
        t("iterator", () -> { Iterator<Integer> it = Stream.of(1, 2).iterator(); it.next(); it.next(); return it.hasNext(); });
        t("anyMatch empty/allMatch empty", () -> Stream.empty().anyMatch(x -> true) + " " + Stream.empty().allMatch(x -> false));
        t("flatMap null stream", () -> Stream.of(1, 2).flatMap(x -> x == 1 ? null : Stream.of(x)).collect(Collectors.toList()));
        t("collectingAndThen", () -> Stream.of(1, 2).collect(Collectors.collectingAndThen(Collectors.toList(), Collections::unmodifiableList)).getClass().getSimpleName());
        t("boxed sorted reverse", () -> IntStream.of(3, 1, 2).boxed().sorted(Comparator.reverseOrder()).toList());
        t("chars codePoints", () -> "a\uD83D\uDE00b".chars().count() + " " + "a\uD83D\uDE00b".codePoints().count());
    }
}
