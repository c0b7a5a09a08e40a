// Spliterator of ArrayList/arrays/ranges: characteristics, estimateSize, trySplit halves, tryAdvance, forEachRemaining; StreamSupport over a custom Iterable.
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;

public class SpliteratorsAndIterables {
    static String chars(Spliterator<?> s) {
        StringBuilder sb = new StringBuilder();
        int[] flags = {Spliterator.ORDERED, Spliterator.DISTINCT, Spliterator.SORTED, Spliterator.SIZED, Spliterator.NONNULL, Spliterator.IMMUTABLE, Spliterator.CONCURRENT, Spliterator.SUBSIZED};
        String[] names = {"ORDERED", "DISTINCT", "SORTED", "SIZED", "NONNULL", "IMMUTABLE", "CONCURRENT", "SUBSIZED"};
        for (int i = 0; i < flags.length; i++) if (s.hasCharacteristics(flags[i])) sb.append(names[i]).append(' ');
        return sb.toString().trim();
    }

    public static void main(String[] args) {
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < 20; i++) list.add(i);
        Spliterator<Integer> s = list.spliterator();
        System.out.println(chars(s) + " size " + s.estimateSize() + " exact " + s.getExactSizeIfKnown());
        Spliterator<Integer> prefix = s.trySplit();
        System.out.println("split " + prefix.estimateSize() + " + " + s.estimateSize());
        StringBuilder sb = new StringBuilder();
        prefix.tryAdvance(x -> sb.append("first=").append(x).append(' '));
        prefix.forEachRemaining(x -> sb.append(x).append(','));
        sb.append(" | ");
        Spliterator<Integer> q = s.trySplit();
        q.forEachRemaining(x -> sb.append(x).append(','));
        sb.append(" | ");
        s.forEachRemaining(x -> sb.append(x).append(','));
        System.out.println(sb);
        System.out.println(chars(Arrays.spliterator(new int[]{3, 1, 2})) + " | " + chars(java.util.Set.of(1).spliterator()) + " | " + chars(new java.util.TreeSet<>(List.of(1, 2)).spliterator()) + " | " + chars(IntStream.range(0, 10).spliterator()) + " | " + chars(List.of(1, 2).spliterator()));
        Spliterator.OfInt range = IntStream.range(0, 100).spliterator();
        Spliterator.OfInt half = range.trySplit();
        System.out.println("range split " + half.estimateSize() + " " + range.estimateSize() + " " + half.trySplit().estimateSize());
        Iterable<String> iterable = () -> List.of("x", "y", "z").iterator();
        System.out.println(StreamSupport.stream(iterable.spliterator(), false).map(String::toUpperCase).collect(Collectors.joining()) + " " + chars(iterable.spliterator()) + " " + iterable.spliterator().estimateSize());
        Spliterator<String> fromIter = Spliterators.spliterator(List.of("a", "b", "c").iterator(), 3, Spliterator.ORDERED);
        System.out.println(chars(fromIter) + " " + StreamSupport.stream(fromIter, false).count());
        Spliterator<Integer> empty = Spliterators.emptySpliterator();
        System.out.println("empty " + empty.tryAdvance(x -> { }) + " " + empty.estimateSize() + " " + empty.trySplit());
    }
}
