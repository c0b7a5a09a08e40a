// reduce (identity, accumulator, combiner), flatMap and mapMulti, IntStream.range/rangeClosed, boxed, mapToObj, summaryStatistics, sum/average of every primitive stream.
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

public class StreamReduceFlatMap {
    public static void main(String[] args) {
        System.out.println(IntStream.range(0, 10).sum() + " " + IntStream.rangeClosed(1, 10).reduce(1, (a, b) -> a * b) + " " + IntStream.range(5, 5).count() + " " + IntStream.range(0, 5).boxed().toList());
        System.out.println(Stream.of(1, 2, 3, 4).reduce(Integer::sum).get() + " " + Stream.<Integer>empty().reduce(Integer::sum).isPresent() + " " + Stream.of("a", "bb", "ccc").reduce(0, (acc, s) -> acc + s.length(), Integer::sum));
        List<List<Integer>> nested = List.of(List.of(1, 2), List.of(), List.of(3, 4, 5));
        System.out.println(nested.stream().flatMap(List::stream).map(x -> x * x).toList() + " " + nested.stream().mapToInt(List::size).max().getAsInt());
        System.out.println(Stream.of("hello world", "keel vm").flatMap(s -> Stream.of(s.split(" "))).toList());
        System.out.println(Stream.of("ab", "cd").flatMapToInt(String::chars).mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining("-")));
        System.out.println(Stream.of(1, 2, 3).<String>mapMulti((x, sink) -> { for (int i = 0; i < x; i++) sink.accept(x + ":" + i); }).toList());
        System.out.println(IntStream.rangeClosed(1, 5).mapToObj(i -> "x".repeat(i)).collect(Collectors.joining(",")) + " " + IntStream.of(3, 1, 2).sorted().boxed().toList());
        System.out.println(IntStream.range(0, 20).filter(i -> i % 3 == 0).summaryStatistics());
        System.out.println(LongStream.rangeClosed(1, 20).reduce(1L, (a, b) -> a * b) + " " + LongStream.of(1L << 40, 5).summaryStatistics());
        System.out.println(DoubleStream.of(1.5, 2.5, -0.5).summaryStatistics() + " " + DoubleStream.of(0.1, 0.2, 0.3).sum() + " " + DoubleStream.empty().average().isPresent());
        System.out.println(IntStream.of(4, 8, 6).average().getAsDouble() + " " + IntStream.empty().max().isPresent() + " " + IntStream.iterate(1, i -> i * 2).limit(11).sum() + " " + IntStream.range(0, 5).asLongStream().sum() + " " + IntStream.range(0, 4).asDoubleStream().boxed().toList());
        System.out.println(IntStream.range(0, 50).filter(n -> n > 1 && IntStream.rangeClosed(2, (int) Math.sqrt(n)).noneMatch(d -> n % d == 0)).boxed().toList());
        int[][] matrix = {{1, 2, 3}, {4, 5, 6}};
        System.out.println(Stream.of(matrix).flatMapToInt(IntStream::of).map(x -> x * 2).boxed().collect(Collectors.toList()) + " " + Stream.of(matrix).mapToInt(r -> IntStream.of(r).sum()).boxed().toList());
        String sentence = "the cat and the hat and the bat";
        java.util.TreeMap<String, Long> wordCounts = Stream.of(sentence.split(" ")).collect(Collectors.groupingBy(w -> w, java.util.TreeMap::new, Collectors.counting()));
        System.out.println(wordCounts);
        System.out.println(IntStream.rangeClosed(1, 15).mapToObj(i -> i % 15 == 0 ? "FizzBuzz" : i % 3 == 0 ? "Fizz" : i % 5 == 0 ? "Buzz" : String.valueOf(i)).collect(Collectors.joining(" ")));
        System.out.println(IntStream.range(0, 5).mapToLong(i -> (long) i << 33).max().getAsLong() + " " + IntStream.of(1, 2, 2, 3, 3, 3).distinct().count() + " " + IntStream.range(0, 100).skip(95).boxed().toList());
    }
}
