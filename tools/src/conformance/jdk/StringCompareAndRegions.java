// compareTo, compareToIgnoreCase, CASE_INSENSITIVE_ORDER, regionMatches (with and without ignoreCase), equals on varied content.
import java.util.Arrays;

public class StringCompareAndRegions {
    public static void main(String[] args) {
        String[] ws = {"apple", "Apple", "apples", "app", "", "banana", "Banana", "a", "B", "zebra", "\u00e9clair", "eclair", "Zebra", "123", "abc\u0000"};
        for (String a : new String[]{"apple", "", "B", "123"}) {
            StringBuilder sb = new StringBuilder(a + ":");
            for (String b : ws) sb.append(' ').append(a.compareTo(b)).append('/').append(a.compareToIgnoreCase(b));
            System.out.println(sb);
        }
        String[] sorted = ws.clone();
        Arrays.sort(sorted);
        System.out.println(Arrays.toString(sorted).replace("\u00e9", "e'").replace("\u0000", "\\0"));
        Arrays.sort(sorted, String.CASE_INSENSITIVE_ORDER);
        System.out.println(Arrays.toString(sorted).replace("\u00e9", "e'").replace("\u0000", "\\0"));
        String s = "Hello World, hello world";
        System.out.println(s.regionMatches(0, "Hello", 0, 5) + " " + s.regionMatches(13, "Hello", 0, 5) + " " + s.regionMatches(true, 13, "Hello", 0, 5)
            + " " + s.regionMatches(6, "xWorldx", 1, 5) + " " + s.regionMatches(-1, "H", 0, 1) + " " + s.regionMatches(20, "world!", 0, 6)
            + " " + s.regionMatches(0, "H", 0, 0) + " " + s.regionMatches(true, 0, "HELLO WORLD", 0, 11));
        System.out.println("ABC".compareTo("ABD") + " " + "a".compareTo("b") + " " + "b".compareTo("a") + " " + "abc".compareTo("abcdef") + " " + "\uffff".compareTo("a"));
        System.out.println("abc".equals(new String("abc")) + " " + "abc".equals(new StringBuilder("abc").toString()) + " " + "abc".contentEquals("abc") + " " + "ABC".equalsIgnoreCase("abc"));
        String[] lens = {"ccc", "a", "bb", "dddd", "ee"};
        Arrays.sort(lens, (x, y) -> x.length() != y.length() ? x.length() - y.length() : x.compareTo(y));
        System.out.println(Arrays.toString(lens));
        int eq = 0;
        for (int i = 0; i < 500; i++) if (("k" + (i % 50)).equals("k" + (i % 7))) eq++;
        System.out.println("equal pairs " + eq);
    }
}
