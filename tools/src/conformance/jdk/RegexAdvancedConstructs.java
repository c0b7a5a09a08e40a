// less common java.util.regex constructs: \R, \X, \b{g}, atomic groups, \k<name>, \G, \p{...} properties and UNICODE_CHARACTER_CLASS, intersections/subtractions in classes, CANON_EQ-free Unicode case folding, hitEnd/requireEnd, usePattern, results(), asMatchPredicate, splitAsStream, appendReplacement(StringBuilder).
import java.util.regex.*;
import java.util.stream.Collectors;

public class RegexAdvancedConstructs {
    static String esc(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '\n') sb.append("\\n"); else if (c == '\r') sb.append("\\r");
            else if (c < 32 || c > 126) sb.append(String.format("\\u%04X", (int) c)); else sb.append(c);
        }
        return sb.toString();
    }

    static void all(String regex, int flags, String input) {
        Matcher m = Pattern.compile(regex, flags).matcher(input);
        StringBuilder sb = new StringBuilder();
        while (m.find()) sb.append('[').append(esc(m.group())).append('@').append(m.start()).append(']');
        System.out.println(esc(regex) + " on " + esc(input) + " -> " + sb);
    }

    public static void main(String[] args) {
        all("\\R", 0, "a\r\nb\nc\rd\u2028e\u0085f");
        all("\\X", 0, "e\u0301a\uD83D\uDC4D\uD83C\uDFFDb\r\n");
        all("\\b{g}", 0, "ab\u0301c");
        all("a(?>bc|b)c", 0, "abcc abc");
        all("a(?:bc|b)c", 0, "abcc abc");
        all("(?<q>['\"]).*?\\k<q>", 0, "say 'hi' and \"it's\" done");
        all("\\G\\d", 0, "123a45");
        all("\\p{Lu}\\p{Ll}+", 0, "Hello \u00C9cole \u0394\u03B5\u03BB\u03C4\u03B1 world");
        all("\\p{IsGreek}+", 0, "abc\u03B1\u03B2\u03B3def");
        all("\\p{InBasicLatin}+", 0, "ab\u00e9cd");
        all("\\p{javaLowerCase}+", 0, "abcDEF\u00dfg");
        all("\\p{Alpha}+", 0, "caf\u00e9 na\u00efve");
        all("\\p{Alpha}+", Pattern.UNICODE_CHARACTER_CLASS, "caf\u00e9 na\u00efve");
        all("\\w+", Pattern.UNICODE_CHARACTER_CLASS, "\u00fcber-stra\u00dfe_1");
        all("\\w+", 0, "\u00fcber-stra\u00dfe_1");
        all("[a-z&&[^aeiou]]+", 0, "programming language");
        all("[\\w&&[^\\d_]]+", 0, "abc_123def");
        all("[a-f[0-3]]+", 0, "xx0fa9bz");
        all("\u00e9+", Pattern.CASE_INSENSITIVE, "\u00e9\u00c9E");
        all("\u00e9+", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE, "\u00e9\u00c9E");
        all("(?iu)\u03c3", 0, "\u03a3\u03c3\u03c2");
        all("(?<=\\d{1,3})x", 0, "1x 22x x 4444x");
        all("(?<!ab)c", 0, "abc xbc c");
        all("(a|ab)(c|bcd)(d*)", 0, "abcd");
        all("x*", 0, "axxb");
        all("(?m)^\\s*$", 0, "a\n\n  \nb");
        all("(?s)a.b|(?-s:c.d)", 0, "a\nb c\nd cxd");
        all("\\Qa.b*\\E+", 0, "a.b*a.b* a.bb");
        all("[\\x{1F600}-\\x{1F64F}]", 0, "hi\uD83D\uDE00x\uD83D\uDE4F");
        all("\\N{LATIN SMALL LETTER A}+", 0, "baaad");
        all("\\h+|\\v", 0, "a \t\u00a0b\u000bc");
        Matcher hm = Pattern.compile("abc").matcher("ab");
        System.out.println("hitEnd " + hm.find() + " " + hm.hitEnd());
        Matcher rm = Pattern.compile("\\d+$").matcher("123");
        System.out.println("requireEnd " + rm.find() + " " + rm.requireEnd() + " " + rm.hitEnd());
        Matcher up = Pattern.compile("\\d+").matcher("abc 123 def 456");
        up.find();
        System.out.print("usePattern " + up.group());
        up.usePattern(Pattern.compile("[a-z]+"));
        up.find();
        System.out.println(" then " + up.group() + " pattern=" + up.pattern());
        System.out.println("results " + Pattern.compile("(\\w)(\\d)").matcher("a1 b2 c3").results().map(r -> r.group(2) + r.group(1) + r.start()).collect(Collectors.joining(",")));
        System.out.println("asPredicate " + Pattern.compile("\\d+").asPredicate().test("ab12") + " asMatchPredicate " + Pattern.compile("\\d+").asMatchPredicate().test("ab12"));
        System.out.println("splitAsStream " + Pattern.compile("\\s*,\\s*").splitAsStream(" a , b,,c ,").map(s -> "<" + s + ">").collect(Collectors.joining()));
        Matcher ar = Pattern.compile("(?<word>[a-z]+)(\\d)").matcher("ab1 cd2 ef3");
        StringBuilder out = new StringBuilder();
        while (ar.find()) ar.appendReplacement(out, "${word}\\$$2" + (ar.start() == 0 ? "" : "!"));
        ar.appendTail(out);
        System.out.println("appendReplacement " + out);
        System.out.println("replaceAll fn " + Pattern.compile("\\d+").matcher("a1b22c333").replaceAll(r -> Matcher.quoteReplacement("$" + r.group().length())));
        try { "abc".replaceAll("b", "$2"); } catch (IndexOutOfBoundsException e) { System.out.println("bad group ref: " + e.getMessage()); }
        try { "abc".replaceAll("b", "${nope}"); } catch (IllegalArgumentException e) { System.out.println("bad name ref: " + e.getMessage()); }
        try { "abc".replaceAll("b", "x\\"); } catch (IllegalArgumentException e) { System.out.println("trailing backslash: " + e.getMessage()); }
        String[] bad = {"(?<n>a)(?<n>b)", "a{2,1}", "(?<=a+)b", "[z-a]", "\\k<x>", "(?<1a>x)", "\\p{Nope}", "x**"};
        for (String b : bad) {
            try { Pattern.compile(b); System.out.println("compiled " + b); }
            catch (PatternSyntaxException e) { System.out.println("PSE " + e.getDescription() + " idx=" + e.getIndex() + " | " + esc(e.getMessage().replace("\n", " / "))); }
        }
        Matcher tm = Pattern.compile("(a)(b)?").matcher("ac");
        tm.find();
        MatchResult snap = tm.toMatchResult();
        System.out.println("toMatchResult " + snap.group() + " " + snap.groupCount() + " " + snap.group(2) + " " + snap.start(2));
        System.out.println("quote " + Pattern.quote("a\\Eb") + " matches " + "a\\Eb".matches(Pattern.quote("a\\Eb")));
        System.out.println("flags " + Pattern.compile("(?i)x", Pattern.MULTILINE | Pattern.COMMENTS).flags() + " " + Pattern.compile("x", Pattern.CASE_INSENSITIVE).toString());
    }
}
