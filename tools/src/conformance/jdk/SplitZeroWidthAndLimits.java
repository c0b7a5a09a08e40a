// String.split/Pattern.split corner cases: fastpath single chars vs regex metachars, escaped metachars, zero-width matches at index 0 (no leading empty string), lookaround splits, limits positive/zero/negative, trailing empties, empty input, surrogate-pair delimiters.
import java.util.Arrays;
import java.util.regex.Pattern;

public class SplitZeroWidthAndLimits {
    static String show(String[] parts) {
        StringBuilder sb = new StringBuilder(parts.length + ":");
        for (String p : parts) {
            sb.append('<');
            for (char c : p.toCharArray()) sb.append(c >= 32 && c < 127 ? String.valueOf(c) : String.format("\\u%04X", (int) c));
            sb.append('>');
        }
        return sb.toString();
    }

    static String esc(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) sb.append(c >= 32 && c < 127 ? String.valueOf(c) : String.format("\\u%04X", (int) c));
        return sb.toString();
    }

    static void sp(String s, String regex, int... limits) {
        StringBuilder sb = new StringBuilder("\"" + esc(s) + "\".split(\"" + esc(regex) + "\")");
        sb.append(" = ").append(show(s.split(regex)));
        for (int l : limits) sb.append(" | lim ").append(l).append(" = ").append(show(s.split(regex, l)));
        System.out.println(sb);
    }

    public static void main(String[] args) {
        sp("a,b,,c,,", ",", 0, -1, 2, 3, 10);
        sp(",a,b", ",", 0, 1);
        sp("", ",", 0, -1);
        sp(",", ",", 0, -1);
        sp(",,,", ",", 0, -1, 2);
        sp("a.b.c", ".", -1);
        sp("a.b.c", "\\.", 2);
        sp("a|b|c", "|", 0);
        sp("a|b|c", "\\|", 0);
        sp("a$b", "$", 0);
        sp("a\\b", "\\\\", 0);
        sp("abc", "", 0, -1, 2);
        sp("a1b22c333", "\\d", 0, -1);
        sp("a1b22c333", "\\d+", 0, -1);
        sp("camelCaseString", "(?=[A-Z])", 0);
        sp("CamelCaseString", "(?=[A-Z])", 0, -1);
        sp("CamelCase", "(?<=[a-z])(?=[A-Z])", 0);
        sp("1234567", "(?<=\\G...)", 0);
        sp("a b\tc\n d", "\\s+", 0);
        sp(" leading", " ", 0);
        sp("  both  ", "\\s+", 0, -1);
        sp("x", "x", 0, -1);
        sp("xax", "x", 0, -1);
        sp("aXbxc", "(?i)x", 0);
        sp("a\uD83D\uDE00b\uD83D\uDE00c", "\uD83D\uDE00", 0);
        sp("a\uD83D\uDE00b", "\uDE00", 0);
        sp("a-b_c-d", "[-_]", 2, -2);
        sp("one  two", " ", 0);
        sp("a,b;c d", "[,; ]", 0);
        sp("aaa", "a", 0, -1);
        sp("aaa", "a*", 0, -1);
        sp("boo:and:foo", "o", 0, -2, 5);
        sp("boo:and:foo", ":", 2, 5, -2);
        System.out.println("Pattern.split " + show(Pattern.compile(",").split("x,,y,,", -1)) + " " + show(Pattern.compile("(?=b)").split("abab")));
        System.out.println("splitWithDelims-free join " + String.join("+", "a1b2c3".split("(?<=\\d)")));
        System.out.println("lines " + "a\nb\r\nc\rd\n\n".lines().count() + " " + Arrays.toString("a\nb\r\nc\rd\n\n".lines().toArray()));
        String csv = "name,\"quoted,comma\",,last";
        System.out.println("csv-ish " + show(csv.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1)));
        String big = "x,".repeat(1000);
        System.out.println("big " + big.split(",").length + " " + big.split(",", -1).length + " " + big.split(",", 500)[499].length());
    }
}
