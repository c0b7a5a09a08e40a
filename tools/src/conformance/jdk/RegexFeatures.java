// regex features: lookahead/lookbehind, flags (CASE_INSENSITIVE, MULTILINE, DOTALL, COMMENTS, inline), greedy/reluctant/possessive quantifiers, classes, anchors, alternation, syntax errors.
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

public class RegexFeatures {
    static List<String> all(String regex, int flags, String input) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile(regex, flags).matcher(input);
        while (m.find()) out.add(m.group());
        return out;
    }

    public static void main(String[] args) {
        System.out.println(all("\\w+(?=!)", 0, "hi! there wow! no") + " " + all("(?<=\\$)\\d+", 0, "cost $45 or 30 or $7") + " " + all("\\b\\w+(?<!s)\\b", 0, "cats dog birds fish"));
        System.out.println(all("q(?!u)", 0, "qatar quit iraq") + " " + all("(?<!\\d)\\d{2}(?!\\d)", 0, "1 22 333 44 5"));
        System.out.println(all("hello", Pattern.CASE_INSENSITIVE, "Hello HELLO hello hElLo") + " " + all("(?i)abc", 0, "ABC abc") + " " + all("a(?i)b", 0, "aB AB ab"));
        String text = "first line\nsecond line\nthird";
        System.out.println(all("^\\w+", 0, text) + " " + all("^\\w+", Pattern.MULTILINE, text) + " " + all("\\w+$", Pattern.MULTILINE, text));
        System.out.println(all("first.*line", 0, text) + " " + all("first.*line", Pattern.DOTALL, text).get(0).replace("\n", "\\n"));
        System.out.println(all("(?x) \\d+ # digits\n [a-z]", 0, "12a 3b c4") + " " + all("\\d+ [a-z]  # comment", Pattern.COMMENTS, "5x 6 y"));
        String html = "<a><b></b></a>";
        System.out.println(all("<.+>", 0, html) + " " + all("<.+?>", 0, html) + " " + all("a++b", 0, "aaab") + " " + all("a*+a", 0, "aaaa") + " " + all("x{2,3}", 0, "xxxxxxx") + " " + all("x{2,3}?", 0, "xxxxx"));
        System.out.println(all("[aeiou]", 0, "education") + " " + all("[^a-z ]", 0, "Hello World 42!") + " " + all("[a-z&&[^aeiou]]+", 0, "strengths rhythm") + " " + all("\\p{Upper}\\p{Lower}+", 0, "Alpha Beta gamma Delta"));
        System.out.println(all("\\bcat\\b", 0, "cat concat cat's bobcat") + " " + all("\\Bcat", 0, "cat concat bobcat") + " " + all("cat|dog|bird", 0, "dog bird fish cat") + " " + all("\\Ad", 0, "dad") + " " + all("d\\z", 0, "dad"));
        System.out.println(all("\\d", 0, "a1\u0662b") + " " + all("\\d", Pattern.UNICODE_CHARACTER_CLASS, "a1\u0662b").size() + " " + all("\\s+", 0, "a \t\nb").size() + " " + all(".", 0, "a\nb") + " " + all("[\\w&&\\D]+", 0, "ab12cd"));
        System.out.println(Pattern.compile("a+", Pattern.CASE_INSENSITIVE | Pattern.MULTILINE).flags() + " " + Pattern.compile("(?i)x").pattern() + " " + Pattern.compile("abc").toString());
        String[] bad = {"(unclosed", "[a-", "*start", "a{2,1}", "(?<name", "\\"};
        for (String b : bad) {
            try { Pattern.compile(b); System.out.println("compiled " + b); }
            catch (PatternSyntaxException e) { System.out.println("syntax error in " + e.getPattern() + ": " + e.getDescription() + " at " + e.getIndex()); }
        }
        System.out.println(Pattern.matches("(a|ab)(c|bcd)(d*)", "abcd") + " " + Pattern.matches("^(\\d{3})-\\1$", "123-123") + " " + Pattern.matches("(?:ab)+", "ababab") + " " + Pattern.matches("[\\p{L}]+", "na\u00efve"));
    }
}
