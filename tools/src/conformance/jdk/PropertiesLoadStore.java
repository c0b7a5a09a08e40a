// java.util.Properties: load from a StringReader (comments, separators, continuations, escapes, unicode escapes), defaults, store to a StringWriter (date line stripped).
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.Properties;
import java.util.TreeSet;

public class PropertiesLoadStore {
    static String escape(String s) { StringBuilder sb = new StringBuilder(); for (char c : s.toCharArray()) sb.append(c >= 32 && c < 127 ? String.valueOf(c) : String.format("\\u%04x", (int) c)); return sb.toString(); }

    public static void main(String[] args) throws IOException {
        String src = "# comment line\n! bang comment\nname=keel\nversion : 17\nspaced    value with spaces  \nmulti = first \\\n    second \\\n    third\n"
            + "escaped\\ key = tab\\there\\nnewline\nunicode=\\u00e9t\\u00e9\nempty=\n   leading.ws = yes\nkey\\=with\\:seps = v\ndup=1\ndup=2\nnoValue\n";
        Properties p = new Properties();
        p.load(new StringReader(src));
        for (String k : new TreeSet<>(p.stringPropertyNames())) {
            String v = p.getProperty(k);
            StringBuilder esc = new StringBuilder();
            for (char c : v.toCharArray()) esc.append(c >= 32 && c < 127 ? String.valueOf(c) : String.format("\\u%04x", (int) c));
            System.out.println("[" + k + "] = [" + esc + "]");
        }
        System.out.println(p.size() + " " + p.getProperty("missing") + " " + p.getProperty("missing", "fallback") + " " + p.containsKey("noValue"));
        Properties defaults = new Properties();
        defaults.setProperty("color", "blue");
        defaults.setProperty("name", "default-name");
        Properties layered = new Properties(defaults);
        layered.setProperty("name", "override");
        System.out.println(layered.getProperty("color") + " " + layered.getProperty("name") + " " + layered.size() + " " + new TreeSet<>(layered.stringPropertyNames()) + " " + layered.get("color"));
        Properties out = new Properties();
        out.setProperty("b.key", "value with spaces");
        out.setProperty("a.key", "line1\nline2");
        out.setProperty("c key", "=equals:colon#hash");
        out.setProperty("d.unicode", "\u00e9\u4e2d");
        out.setProperty("e", "");
        StringWriter w = new StringWriter();
        out.store(w, "header comment");
        String[] lines = w.toString().split("\\R");
        System.out.println("first line " + lines[0]);
        System.out.println("second line is a date comment " + lines[1].startsWith("#"));
        TreeSet<String> body = new TreeSet<>();
        for (int i = 2; i < lines.length; i++) body.add(lines[i]);
        for (String l : body) System.out.println("stored: " + escape(l));
        Properties reread = new Properties();
        reread.load(new StringReader(w.toString()));
        System.out.println("round trip equal " + reread.equals(out));
        StringWriter list = new StringWriter();
        Properties one = new Properties();
        one.setProperty("only", "x");
        one.list(new java.io.PrintWriter(list));
        System.out.print(list);
    }
}
