// regex replaceAll/replaceFirst with $1 and ${name} backrefs and escaped $, appendReplacement/appendTail, replaceAll(Function), split with limits and lookaround, quoteReplacement.
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class RegexReplaceSplit {
    public static void main(String[] args) {
        System.out.println("2024-01-15".replaceAll("(\\d+)-(\\d+)-(\\d+)", "$3/$2/$1") + " " + "John Smith".replaceAll("(?<first>\\w+) (?<last>\\w+)", "${last}, ${first}"));
        System.out.println("aaa bbb".replaceFirst("(\\w)\\1+", "<$0>") + " " + "price 10".replaceAll("\\d+", "\\$$0") + " " + "a.b.c".replaceAll("\\.", Matcher.quoteReplacement("$\\")));
        try { "x".replaceAll("x", "$2"); } catch (IndexOutOfBoundsException e) { System.out.println("bad group ref: " + e.getMessage()); }
        try { "x".replaceAll("x", "\\"); } catch (IllegalArgumentException e) { System.out.println("trailing backslash: " + e.getMessage()); }
        Matcher m = Pattern.compile("\\b(\\w)(\\w*)\\b").matcher("the quick brown fox");
        StringBuilder sb = new StringBuilder();
        while (m.find()) m.appendReplacement(sb, m.group(1).toUpperCase() + "$2");
        m.appendTail(sb);
        System.out.println(sb);
        System.out.println(Pattern.compile("\\d+").matcher("a1b22c333").replaceAll(r -> "[" + Integer.parseInt(r.group()) * 2 + "]") + " " + Pattern.compile("o").matcher("foo boo").replaceFirst(r -> "0"));
        String csv = "a,b,,c,,";
        System.out.println(Arrays.toString(csv.split(",")) + " " + Arrays.toString(csv.split(",", -1)) + " " + Arrays.toString(csv.split(",", 2)) + " " + Arrays.toString(csv.split(",", 0)));
        System.out.println(Arrays.toString("one  two\tthree\n four".split("\\s+")) + " " + Arrays.toString(" lead".split(" ")) + " " + Arrays.toString("".split(",")) + " " + "".split(",").length);
        System.out.println(Arrays.toString("camelCaseStringHere".split("(?=[A-Z])")) + " " + Arrays.toString("a1b2c3".split("(?<=\\d)")) + " " + Arrays.toString("abc".split("")));
        System.out.println(Arrays.toString("a|b|c".split("\\|")) + " " + Arrays.toString("a|b|c".split("|")) + " " + Arrays.toString("1.2.3".split(".")) + " " + Arrays.toString(Pattern.compile("[,;]").split("x,y;z")));
        System.out.println(Pattern.compile(",").splitAsStream("p,q,r").map(String::toUpperCase).toList() + " " + Arrays.toString("key = value = more".split("\\s*=\\s*", 2)));
        System.out.println("hello world".replaceAll("(?i)O", "0") + " " + "tabs\tand\tspaces".replaceAll("\\s", "_") + " " + "x".replaceAll("", "-") + " " + "aaaa".replaceAll("aa", "b") + " " + "abc".replaceAll("(?<=b)", "!"));
        System.out.println("1,234,567.89".replaceAll("[^\\d.]", "") + " " + "  trim  inner   spaces ".trim().replaceAll(" +", " ") + " " + "<b>bold</b> <i>it</i>".replaceAll("<[^>]+>", ""));
    }
}
