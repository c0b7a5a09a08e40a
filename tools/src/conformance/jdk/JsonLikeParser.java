// a recursive-descent parser for a JSON subset producing maps/lists, then a canonical re-serializer: exercises strings, chars, recursion, collections, number parsing and error messages.
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

public class JsonLikeParser {
    final String src; int pos;
    JsonLikeParser(String src) { this.src = src; }

    Object value() {
        skip();
        if (pos >= src.length()) throw error("unexpected end");
        char c = src.charAt(pos);
        if (c == '{') return object();
        if (c == '[') return array();
        if (c == '"') return string();
        if (c == 't' || c == 'f' || c == 'n') return literal();
        return number();
    }
    Map<String, Object> object() {
        Map<String, Object> m = new LinkedHashMap<>();
        expect('{'); skip();
        if (peek() == '}') { pos++; return m; }
        while (true) {
            skip(); String k = string(); skip(); expect(':');
            m.put(k, value()); skip();
            if (peek() == ',') { pos++; continue; }
            expect('}'); return m;
        }
    }
    List<Object> array() {
        List<Object> l = new ArrayList<>();
        expect('['); skip();
        if (peek() == ']') { pos++; return l; }
        while (true) { l.add(value()); skip(); if (peek() == ',') { pos++; continue; } expect(']'); return l; }
    }
    String string() {
        expect('"');
        StringBuilder sb = new StringBuilder();
        while (true) {
            char c = src.charAt(pos++);
            if (c == '"') return sb.toString();
            if (c == '\\') {
                char e = src.charAt(pos++);
                switch (e) {
                    case 'n' -> sb.append('\n'); case 't' -> sb.append('\t'); case '"' -> sb.append('"'); case '\\' -> sb.append('\\');
                    case 'u' -> { sb.append((char) Integer.parseInt(src.substring(pos, pos + 4), 16)); pos += 4; }
                    default -> throw error("bad escape \\" + e);
                }
            } else sb.append(c);
        }
    }
    Object literal() {
        for (String w : new String[]{"true", "false", "null"}) if (src.startsWith(w, pos)) { pos += w.length(); return w.equals("null") ? null : Boolean.valueOf(w); }
        throw error("bad literal");
    }
    Object number() {
        int start = pos;
        while (pos < src.length() && "+-0123456789.eE".indexOf(src.charAt(pos)) >= 0) pos++;
        String t = src.substring(start, pos);
        if (t.isEmpty()) throw error("unexpected character '" + src.charAt(pos) + "'");
        if (t.contains(".") || t.contains("e") || t.contains("E")) return Double.parseDouble(t);
        long v = Long.parseLong(t);
        return v == (int) v ? (Object) (int) v : (Object) v;
    }
    char peek() { return pos < src.length() ? src.charAt(pos) : '\0'; }
    void skip() { while (pos < src.length() && Character.isWhitespace(src.charAt(pos))) pos++; }
    void expect(char c) { if (peek() != c) throw error("expected '" + c + "' but found '" + peek() + "'"); pos++; }
    IllegalArgumentException error(String m) { return new IllegalArgumentException(m + " at " + pos); }

    static String write(Object o) {
        if (o == null) return "null";
        if (o instanceof String s) { StringBuilder sb = new StringBuilder("\""); for (char c : s.toCharArray()) { if (c == '"' || c == '\\') sb.append('\\').append(c); else if (c < 32 || c > 126) sb.append(String.format("\\u%04x", (int) c)); else sb.append(c); } return sb.append('"').toString(); }
        if (o instanceof Map<?, ?> m) { StringBuilder sb = new StringBuilder("{"); m.forEach((k, v) -> sb.append(sb.length() > 1 ? "," : "").append(write(k)).append(':').append(write(v))); return sb.append('}').toString(); }
        if (o instanceof List<?> l) { StringBuilder sb = new StringBuilder("["); for (int i = 0; i < l.size(); i++) sb.append(i > 0 ? "," : "").append(write(l.get(i))); return sb.append(']').toString(); }
        return o + "<" + o.getClass().getSimpleName() + ">";
    }

    public static void main(String[] args) {
        String doc = "{ \"name\": \"keel\", \"version\": 17, \"big\": 12345678901, \"pi\": 3.14159, \"exp\": -1.5e-3, \"ok\": true, \"none\": null,\n"
            + "  \"tags\": [\"jvm\", \"bare-metal\", [], {}], \"nested\": {\"a\": [1, 2, {\"b\": \"tab\\tq\\\"\\u00e9\"}]}, \"empty\": \"\" }";
        Object parsed = new JsonLikeParser(doc).value();
        System.out.println(write(parsed));
        @SuppressWarnings("unchecked") Map<String, Object> m = (Map<String, Object>) parsed;
        System.out.println(m.keySet() + " " + ((List<?>) m.get("tags")).size() + " " + m.get("version").getClass().getSimpleName() + " " + m.get("big").getClass().getSimpleName());
        String[] bad = {"{\"a\" 1}", "[1, 2", "{\"a\": tru}", "\"\\q\"", "[1,]", "", "{\"a\":1,}"};
        for (String b : bad) {
            try { System.out.println(write(new JsonLikeParser(b).value())); }
            catch (IllegalArgumentException | StringIndexOutOfBoundsException e) { System.out.println("error: " + e.getClass().getSimpleName() + ": " + e.getMessage()); }
        }
        StringBuilder deep = new StringBuilder();
        for (int i = 0; i < 200; i++) deep.append('[');
        deep.append(42);
        for (int i = 0; i < 200; i++) deep.append(']');
        System.out.println(write(new JsonLikeParser(deep.toString()).value()).length());
    }
}
