// String.join, repeat, strip/stripLeading/stripTrailing vs trim (Unicode whitespace), StringJoiner with prefix/suffix/emptyValue.
import java.util.List;
import java.util.StringJoiner;

public class StringJoinRepeatStrip {
    static String show(String s) { return "[" + s.replace("\u2003", "<EM>").replace("\u00a0", "<NBSP>").replace("\t", "<T>").replace("\n", "<N>") + "]"; }

    public static void main(String[] args) {
        System.out.println(String.join(", ", "a", "b", "c") + " | " + String.join("", "x", "y") + " | " + String.join("-", List.of("one", "two")) + " | " + String.join("/", new String[0]) + "|");
        System.out.println(String.join("+", "a", null, "b"));
        System.out.println("ab".repeat(3) + " [" + "x".repeat(0) + "] [" + "".repeat(5) + "] " + "-".repeat(20));
        try { "a".repeat(-1); } catch (IllegalArgumentException e) { System.out.println("repeat: " + e.getMessage()); }
        String[] samples = {"  both  ", "\t\nmixed \u2003", "\u2003em space\u2003", "\u00a0nbsp\u00a0", "", "   ", "none", "\u0000ctl\u0000"};
        for (String s : samples) {
            System.out.println(show(s) + " trim=" + show(s.trim()) + " strip=" + show(s.strip()) + " lead=" + show(s.stripLeading()) + " trail=" + show(s.stripTrailing()) + " blank=" + s.isBlank());
        }
        StringJoiner j = new StringJoiner(", ", "{", "}");
        System.out.println(j + " " + j.length());
        j.setEmptyValue("EMPTY");
        System.out.println(j);
        j.add("one").add("two").add("");
        System.out.println(j + " " + j.length());
        StringJoiner k = new StringJoiner("|");
        k.add("x");
        j.merge(k);
        System.out.println(j);
        StringBuilder table = new StringBuilder();
        for (int row = 1; row <= 5; row++) table.append(" ".repeat(5 - row)).append("*".repeat(2 * row - 1)).append('\n');
        System.out.print(table);
        System.out.println(String.join(",", List.of("a", "b").subList(1, 2)) + " " + String.valueOf((Object) null) + " " + "null".equals(String.valueOf((Object) null)));
    }
}
