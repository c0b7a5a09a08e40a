// case mapping beyond ASCII: Character.toUpperCase/toLowerCase/toTitleCase of code points, String.toUpperCase/toLowerCase(Locale.ROOT) with length-changing mappings; output escaped.
import java.util.Locale;

public class UnicodeCaseMapping {
    static String esc(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(cp -> { if (cp >= 32 && cp < 127) sb.append((char) cp); else sb.append(String.format("\\u{%X}", cp)); });
        return sb.toString();
    }

    public static void main(String[] args) {
        int[] cps = {'a', 'Z', 0x00E9, 0x00C9, 0x00DF, 0x00FF, 0x0131, 0x0130, 0x01C6, 0x01C5, 0x03C3, 0x03C2, 0x03A3, 0x0434, 0x0414, 0x1E9E, 0xFB00, 0x10428, 0x10400, 0x1F600, 0x2170};
        for (int cp : cps) {
            System.out.println(String.format("U+%04X", cp) + " upper=" + String.format("%04X", Character.toUpperCase(cp)) + " lower=" + String.format("%04X", Character.toLowerCase(cp))
                + " title=" + String.format("%04X", Character.toTitleCase(cp)) + " charUpper=" + (cp < 0x10000 ? String.format("%04X", (int) Character.toUpperCase((char) cp)) : "n/a"));
        }
        String[] words = {"stra\u00dfe", "\u0130stanbul", "\u03a3\u03bf\u03c6\u03af\u03b1 \u039f\u0394\u039f\u03a3", "\ufb00ine", "\u0149", "caf\u00e9", "\ud801\udc00\ud801\udc28", "ABC xyz 123"};
        for (String w : words) {
            String up = w.toUpperCase(Locale.ROOT), lo = w.toLowerCase(Locale.ROOT);
            System.out.println(esc(w) + " -> upper " + esc(up) + " (" + w.length() + "->" + up.length() + ") lower " + esc(lo) + " (" + lo.length() + ")");
        }
        System.out.println(esc("TITLE".toLowerCase(Locale.forLanguageTag("tr"))) + " " + esc("title".toUpperCase(Locale.forLanguageTag("tr"))) + " " + esc("TITLE".toLowerCase(Locale.ENGLISH)));
        System.out.println("equalsIgnoreCase " + "\u00e9".equalsIgnoreCase("\u00c9") + " " + "\u03c3".equalsIgnoreCase("\u03a3") + " " + "\u03c2".equalsIgnoreCase("\u03a3") + " " + "\u00df".equalsIgnoreCase("\u1e9e"));
        System.out.println("compareToIgnoreCase " + "\u00e9cole".compareToIgnoreCase("\u00c9COLE") + " " + "a".compareToIgnoreCase("\u00e0"));
    }
}
