// text blocks: incidental indentation stripping, trailing spaces, escapes (\n, \s, line continuation \), quotes, relation to ordinary literals.
public class TextBlocks {
    public static void main(String[] args) {
        String html = """
            <html>
                <body>
                    <p>Hello</p>
                </body>
            </html>
            """;
        System.out.print(html);
        System.out.println(html.length() + " " + html.lines().count() + " " + html.endsWith("\n"));
        String noTrail = """
            no trailing newline""";
        System.out.println("[" + noTrail + "] " + noTrail.length());
        String shifted = """
              indented two
            base
                four
               """;
        shifted.lines().forEach(l -> System.out.println("|" + l + "|"));
        String escapes = """
            tab\there
            quote: "one" ""two"" \"""three\"""
            keep\s
            joined \
            line
            octal \101 unicode \u0042
            """;
        System.out.print(escapes.replace("\t", "<TAB>"));
        String trailing = """
            spaces at end are stripped   
            unless escaped  \s
            """;
        trailing.lines().forEach(l -> System.out.println("[" + l + "] " + l.length()));
        String json = """
            {"name": "keel", "n": %d, "ok": %b}
            """.formatted(17, true);
        System.out.print(json);
        String empty = """
            """;
        System.out.println("empty=" + empty.isEmpty() + " equal=" + ("a\nb\n".equals("""
            a
            b
            """)));
        String query = """
            SELECT *
              FROM t
             WHERE x = 1""";
        System.out.println(query.replace('\n', '~'));
    }
}
