// java.util.Collections: sort (stable), reverse, shuffle with a seeded Random, swap, rotate, nCopies, frequency, min/max, binarySearch, fill, disjoint, indexOfSubList.
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

public class CollectionsUtilities {
    public static void main(String[] args) {
        List<Integer> l = new ArrayList<>();
        for (int i = 0; i < 12; i++) l.add(i);
        Collections.shuffle(l, new Random(42));
        System.out.println("shuffle(42) " + l);
        Collections.shuffle(l, new Random(7));
        System.out.println("shuffle(7)  " + l);
        Collections.sort(l);
        Collections.reverse(l);
        System.out.println("reversed " + l);
        Collections.swap(l, 0, 11);
        Collections.rotate(l, 3);
        System.out.println("swap+rotate " + l);
        Collections.rotate(l, -5);
        System.out.println("rotate -5 " + l);
        System.out.println("min " + Collections.min(l) + " max " + Collections.max(l) + " maxBy " + Collections.max(l, Comparator.comparing(i -> i % 5)));
        List<String> words = new ArrayList<>(Arrays.asList("banana", "Apple", "cherry", "apple", "date", "fig", "apple"));
        System.out.println("frequency " + Collections.frequency(words, "apple") + " " + Collections.frequency(words, null));
        Collections.sort(words, String.CASE_INSENSITIVE_ORDER);
        System.out.println("stable ci sort " + words);
        Collections.sort(words, Collections.reverseOrder());
        System.out.println("reverseOrder " + words);
        List<Integer> sorted = new ArrayList<>(List.of(1, 3, 5, 7, 9, 11));
        System.out.println("binarySearch " + Collections.binarySearch(sorted, 7) + " " + Collections.binarySearch(sorted, 4) + " " + Collections.binarySearch(sorted, 100));
        List<String> n = Collections.nCopies(4, "ab");
        System.out.println("nCopies " + n + " " + n.size() + " " + String.join("", n));
        try { n.set(0, "x"); } catch (UnsupportedOperationException e) { System.out.println("nCopies immutable"); }
        List<Integer> filled = new ArrayList<>(Collections.nCopies(5, 0));
        Collections.fill(filled, 9);
        System.out.println(filled + " disjoint " + Collections.disjoint(sorted, filled) + " " + Collections.disjoint(sorted, List.of(5)));
        List<Integer> src = Arrays.asList(1, 2, 3, 1, 2, 3, 4);
        System.out.println("indexOfSubList " + Collections.indexOfSubList(src, List.of(2, 3)) + " last " + Collections.lastIndexOfSubList(src, List.of(2, 3)) + " none " + Collections.indexOfSubList(src, List.of(5)));
        List<Integer> dest = new ArrayList<>(Collections.nCopies(8, -1));
        Collections.copy(dest, src);
        System.out.println("copy " + dest);
        List<Integer> added = new ArrayList<>();
        Collections.addAll(added, 5, 4, 3);
        System.out.println("addAll " + added + " replaceAll " + Collections.replaceAll(added, 4, 40) + " " + added);
        System.out.println(Collections.emptyList() + " " + Collections.emptyMap() + " " + Collections.singletonList("one") + " " + Collections.singleton(1) + " " + Collections.singletonMap("k", "v"));
        List<Integer> sync = Collections.synchronizedList(new ArrayList<>(List.of(3, 2, 1)));
        sync.add(0);
        synchronized (sync) { Collections.sort(sync); }
        System.out.println("synchronizedList " + sync + " " + Collections.synchronizedMap(new java.util.TreeMap<>(java.util.Map.of("b", 2, "a", 1))));
        Random r = new Random(1);
        List<Integer> deck = new ArrayList<>();
        for (int i = 0; i < 52; i++) deck.add(i);
        for (int round = 0; round < 3; round++) { Collections.shuffle(deck, r); System.out.println("deal " + deck.subList(0, 13)); }
        List<Integer> checked = Collections.checkedList(new ArrayList<>(), Integer.class);
        @SuppressWarnings({"unchecked", "rawtypes"}) List raw = checked;
        try { raw.add("str"); } catch (ClassCastException e) { System.out.println("checkedList: " + e.getMessage()); }
    }
}
