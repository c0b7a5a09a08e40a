// java.util.jar.Manifest and Attributes without any zip I/O: writing main and per-entry sections, 72-byte line wrapping (including multi-byte UTF-8 values), parsing continuations, blank lines and CRLF/LF/CR endings, Attributes.Name validation and case-insensitive lookup, predefined names, clone/equals, and malformed-manifest messages.
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.util.*;
import java.util.jar.*;

public class ManifestAndAttributes {
    static String esc(String s) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c == '\r') sb.append("\\r"); else if (c == '\n') sb.append("\\n\n    ");
            else if (c < 32 || c > 126) sb.append(String.format("\\u%04x", (int) c)); else sb.append(c);
        }
        return sb.toString();
    }

    static byte[] write(Manifest m) throws IOException { ByteArrayOutputStream b = new ByteArrayOutputStream(); m.write(b); return b.toByteArray(); }

    public static void main(String[] args) throws Exception {
        Manifest mf = new Manifest();
        Attributes main = mf.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.put(Attributes.Name.MAIN_CLASS, "com.example.Main");
        main.putValue("Class-Path", "lib/a.jar lib/b.jar " + "lib/very-long-library-name-number-".repeat(3) + "end.jar");
        main.putValue("Unicode-Value", "caf\u00e9-\u4e2d\u6587-" + "\u00e9".repeat(40));
        main.putValue("Created-By", "conformance test");
        Attributes sec = new Attributes();
        sec.putValue("Sealed", "true");
        sec.put(Attributes.Name.SPECIFICATION_TITLE, "Spec");
        mf.getEntries().put("com/example/", sec);
        Attributes sec2 = new Attributes();
        sec2.putValue("SHA-256-Digest", "abc=");
        mf.getEntries().put("com/example/Main.class", sec2);
        byte[] bytes = write(mf);
        System.out.println("written " + bytes.length + " bytes:\n    " + esc(new String(bytes, StandardCharsets.UTF_8)));
        int maxLine = 0;
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\r\n")) maxLine = Math.max(maxLine, line.getBytes(StandardCharsets.UTF_8).length);
        System.out.println("max line bytes " + maxLine);
        Manifest back = new Manifest(new ByteArrayInputStream(bytes));
        System.out.println("round trip equal " + back.equals(mf) + " unicode value ok " + back.getMainAttributes().getValue("Unicode-Value").equals(main.getValue("Unicode-Value")) + " class-path length " + back.getMainAttributes().getValue(Attributes.Name.CLASS_PATH).length());
        System.out.println("case-insensitive lookup " + back.getMainAttributes().getValue("main-class") + " " + back.getMainAttributes().getValue("MAIN-CLASS") + " containsKey " + back.getMainAttributes().containsKey(new Attributes.Name("created-by")));
        System.out.println("entries " + new TreeSet<>(back.getEntries().keySet()) + " sealed " + back.getAttributes("com/example/").getValue("sealed") + " missing " + back.getAttributes("nope"));
        String lf = "Manifest-Version: 1.0\nMulti-Line: first\n  second\n third\nEmpty-Value: \n\nName: a/b\nKey: v\n";
        Manifest m2 = new Manifest(new ByteArrayInputStream(lf.getBytes(StandardCharsets.UTF_8)));
        System.out.println("LF parse multi='" + m2.getMainAttributes().getValue("Multi-Line") + "' empty='" + m2.getMainAttributes().getValue("Empty-Value") + "' section " + m2.getAttributes("a/b").getValue("Key"));
        String cr = "Manifest-Version: 1.0\rA: 1\r\rName: x\rB: 2\r";
        Manifest m3 = new Manifest(new ByteArrayInputStream(cr.getBytes(StandardCharsets.UTF_8)));
        System.out.println("CR parse A=" + m3.getMainAttributes().getValue("A") + " x.B=" + (m3.getAttributes("x") == null ? "null" : m3.getAttributes("x").getValue("B")));
        String noTrailing = "Manifest-Version: 1.0\r\nLast: value-without-newline";
        System.out.println("no trailing newline Last=" + new Manifest(new ByteArrayInputStream(noTrailing.getBytes(StandardCharsets.UTF_8))).getMainAttributes().getValue("Last"));
        String[] bad = {"NoColonHere\r\n", "Key:NoSpace\r\n", " continuation-first\r\n", "Manifest-Version: 1.0\r\n\r\nKey: without name\r\n", "Name: \r\n", ("X-Long: " + "y".repeat(600) + "\r\n")};
        for (String b : bad) {
            try {
                Manifest m = new Manifest(new ByteArrayInputStream(b.getBytes(StandardCharsets.UTF_8)));
                System.out.println("accepted " + esc(b.substring(0, Math.min(20, b.length()))) + " -> main " + m.getMainAttributes().size() + " entries " + m.getEntries().size());
            } catch (IOException e) {
                System.out.println("rejected " + esc(b.substring(0, Math.min(20, b.length()))) + " : " + e.getMessage());
            }
        }
        String[] names = {"Valid-Name_1", "", "has space", "bad:colon", "x".repeat(70), "x".repeat(71), "\u00e9t\u00e9"};
        for (String n : names) {
            try { System.out.println("name ok '" + esc(new Attributes.Name(n).toString()) + "'"); }
            catch (IllegalArgumentException e) { System.out.println("name rejected '" + esc(n.length() > 20 ? n.substring(0, 20) + "..." : n) + "': " + esc(e.getMessage().length() > 40 ? e.getMessage().substring(0, 40) : e.getMessage())); }
        }
        Attributes attrs = new Attributes();
        attrs.putValue("b", "2"); attrs.putValue("A", "1"); attrs.putValue("c", "3");
        Attributes copy = (Attributes) attrs.clone();
        copy.putValue("B", "changed");
        System.out.println("clone independent " + attrs.getValue("b") + " vs " + copy.getValue("b") + " size " + attrs.size() + " equals " + attrs.equals(copy) + " name equals ignoring case " + new Attributes.Name("Foo").equals(new Attributes.Name("FOO")) + " hash " + (new Attributes.Name("Foo").hashCode() == new Attributes.Name("fOO").hashCode()));
        try { attrs.put("notAName", "v"); } catch (ClassCastException e) { System.out.println("put non-Name key: ClassCastException"); }
        try { attrs.put(new Attributes.Name("K"), 5); } catch (ClassCastException e) { System.out.println("put non-String value: ClassCastException"); }
        Manifest cloned = new Manifest(mf);
        cloned.getMainAttributes().putValue("Extra", "x");
        System.out.println("manifest copy independent " + (mf.getMainAttributes().getValue("Extra") == null) + " equal after change " + cloned.equals(mf));
        Manifest empty = new Manifest();
        System.out.println("empty manifest bytes '" + esc(new String(write(empty), StandardCharsets.UTF_8)) + "'");
        Manifest noVersion = new Manifest();
        noVersion.getMainAttributes().putValue("Only", "attr");
        System.out.println("no version bytes '" + esc(new String(write(noVersion), StandardCharsets.UTF_8)) + "'");
    }
}
