// JDK 12-15 String methods: indent (positive/negative/zero, line terminator normalization), stripIndent, translateEscapes (octal, \s, line continuation, errors), formatted, transform, describeConstable, lines() with mixed terminators, and text blocks combined with them.
import java.util.stream.Collectors;

public class StringIndentAndEscapes {
    static String show(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\n': sb.append("\\n"); break;
                case '\r': sb.append("\\r"); break;
                case '\t': sb.append("\\t"); break;
                case '"': sb.append("\\\""); break;
                default: if (c < 32 || c > 126) sb.append(String.format("\\u%04x", (int) c)); else sb.append(c);
            }
        }
        return sb.append('"').toString();
    }

    public static void main(String[] args) {
        String[] inputs = {"abc", "  a\n    b\n c", "x\r\ny\rz", "", "\n", "line\n\n  \nend\n", "\ttab\n  sp"};
        int[] ns = {-3, -1, 0, 2};
        for (String in : inputs) {
            StringBuilder sb = new StringBuilder(show(in) + ":");
            for (int n : ns) sb.append(" indent(").append(n).append(")=").append(show(in.indent(n)));
            System.out.println(sb);
        }
        String[] strip = {"   a\n  b\n    c", "  a\n  b\n", "  a\n  b\n  ", "\ta\n b", "x  \n  y   ", "   \n  a\n", "a\r\n  b\r  c", ""};
        for (String s : strip) System.out.println("stripIndent " + show(s) + " -> " + show(s.stripIndent()));
        String[] escapes = {"a\\tb", "\\n\\r\\f\\b\\s", "\\0\\7\\77\\101\\377\\400", "quote\\\"s\\'", "back\\\\slash", "line\\\ncontinued", "crlf\\\r\nnext", "\\u0041 stays"};
        for (String e : escapes) {
            try { System.out.println("translateEscapes " + show(e) + " -> " + show(e.translateEscapes())); }
            catch (IllegalArgumentException ex) { System.out.println("translateEscapes " + show(e) + " IAE " + ex.getMessage()); }
        }
        for (String bad : new String[]{"trailing\\", "bad\\q", "\\x41"}) {
            try { System.out.println("translate " + show(bad.translateEscapes())); }
            catch (IllegalArgumentException ex) { System.out.println("translateEscapes " + show(bad) + " IAE " + ex.getMessage()); }
        }
        String tb = """
                <root>
                    <child attr="1">  text\s
                    </child>\
                 tail
                \t<tab/>
                </root>
                """;
        System.out.println("text block " + show(tb));
        System.out.println("text block stripIndent idempotent " + tb.stripIndent().equals(tb) + " lines " + tb.lines().count());
        String noTrail = """
            a
              b
            c""";
        System.out.println("no trailing newline " + show(noTrail) + " indent(2) " + show(noTrail.indent(2)));
        String esc = """
            tab\there "quotes" \"""triple\""" \\backslash
            octal \101\60 unicode \u0042 \r\n raw""";
        System.out.println("escapes in block " + show(esc));
        System.out.println("formatted " + "%s=%04d|%-5s|%x".formatted("k", 42, "ab", 255) + " " + "no args".formatted());
        System.out.println("transform " + "  hello  ".transform(String::strip).transform(s -> s + "!").transform(String::length));
        System.out.println("describeConstable " + "abc".describeConstable().get() + " " + "abc".resolveConstantDesc(null));
        String mixed = "one\ntwo\r\nthree\rfour\n\rfive\r\n";
        System.out.println("lines " + mixed.lines().map(StringIndentAndEscapes::show).collect(Collectors.joining(",")));
        System.out.println("lines empty " + "".lines().count() + " single newline " + "\n".lines().count() + " two " + "\n\n".lines().count() + " cr-lf-lf " + "\r\n\n".lines().count());
        System.out.println("strip family " + show("\u2003 x \u2003".strip()) + " " + show("\u2003 x \u2003".trim()) + " " + show("\u0000 x\u001f".trim()) + " " + show("\u0000 x\u001f".strip()) + " blank " + "\u2003\t".isBlank() + " " + "\u00a0".isBlank());
        System.out.println("repeat " + show("ab".repeat(3)) + " " + show("".repeat(5)) + " " + show("x".repeat(0)));
        try { "x".repeat(-1); } catch (IllegalArgumentException e) { System.out.println("repeat -1: " + e.getMessage()); }
        System.out.println("chained " + show("  a\n b".indent(1).stripIndent().indent(-5)));
    }
}
