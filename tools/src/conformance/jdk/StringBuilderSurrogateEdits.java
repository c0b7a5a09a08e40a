// StringBuilder/StringBuffer edits that split or join surrogate pairs: insert between halves, deleteCharAt of one half, reverse with paired and lone surrogates, setCharAt, appendCodePoint, codePoint* queries on builders, Latin-1 to UTF-16 inflation mid-build, compareTo.
public class StringBuilderSurrogateEdits {
    static String esc(CharSequence s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 32 && c < 127) sb.append(c);
            else sb.append(String.format("\\u%04X", (int) c));
        }
        return sb.toString();
    }

    public static void main(String[] args) {
        String g = new String(Character.toChars(0x1F600));
        String m = new String(Character.toChars(0x1D11E));
        StringBuilder sb = new StringBuilder("ab").append(g).append("cd").append(m);
        System.out.println("start " + esc(sb) + " len=" + sb.length() + " cps=" + sb.codePointCount(0, sb.length()));
        System.out.println("codePointAt(2)=" + Integer.toHexString(sb.codePointAt(2)) + " at(3)=" + Integer.toHexString(sb.codePointAt(3)) + " before(4)=" + Integer.toHexString(sb.codePointBefore(4)) + " before(3)=" + Integer.toHexString(sb.codePointBefore(3)));
        System.out.println("offsetByCodePoints(0,3)=" + sb.offsetByCodePoints(0, 3) + " (7,-2)=" + sb.offsetByCodePoints(8, -2));
        StringBuilder r1 = new StringBuilder(sb).reverse();
        System.out.println("reverse " + esc(r1) + " back " + esc(new StringBuilder(r1).reverse()) + " eq " + new StringBuilder(r1).reverse().toString().equals(sb.toString()));
        StringBuilder split = new StringBuilder(sb).insert(3, 'X');
        System.out.println("insert between halves " + esc(split) + " cps=" + split.codePointCount(0, split.length()));
        System.out.println("reverse split " + esc(new StringBuilder(split).reverse()));
        StringBuilder del = new StringBuilder(sb).deleteCharAt(2);
        System.out.println("deleteCharAt high " + esc(del) + " reverse " + esc(del.reverse()));
        StringBuilder del2 = new StringBuilder(sb).deleteCharAt(3).deleteCharAt(2);
        System.out.println("delete both " + esc(del2));
        StringBuilder swapped = new StringBuilder("x\uDE00\uD83Dy");
        System.out.println("reversed lone pair " + esc(swapped.reverse()) + " cps=" + swapped.codePointCount(0, swapped.length()));
        StringBuilder lone = new StringBuilder("\uD800\uD800\uDC00\uDC00");
        System.out.println("lone mix reverse " + esc(new StringBuilder(lone).reverse()) + " cps=" + lone.codePointCount(0, 4));
        StringBuilder set = new StringBuilder(sb);
        set.setCharAt(3, 'Z');
        System.out.println("setCharAt low " + esc(set) + " cp2=" + Integer.toHexString(set.codePointAt(2)));
        StringBuilder latin = new StringBuilder("latin1");
        latin.appendCodePoint(0x10437).append('\u00e9').appendCodePoint('A').appendCodePoint(0x1F4A9);
        System.out.println("inflated " + esc(latin) + " len=" + latin.length());
        latin.setLength(6);
        System.out.println("truncated " + latin + " eq " + latin.toString().equals("latin1") + " hash " + latin.toString().hashCode());
        try { latin.appendCodePoint(0x110000); } catch (IllegalArgumentException e) { System.out.println("appendCodePoint IAE " + e.getMessage()); }
        try { sb.codePointAt(99); } catch (IndexOutOfBoundsException e) { System.out.println("codePointAt IOOBE " + e.getMessage()); }
        try { sb.offsetByCodePoints(0, 99); } catch (IndexOutOfBoundsException e) { System.out.println("offsetByCodePoints IOOBE " + e.getMessage()); }
        StringBuilder rep = new StringBuilder(sb).replace(2, 4, "\u00e9\u00e8");
        System.out.println("replace pair " + esc(rep) + " substring " + esc(rep.substring(1, 4)) + " subSequence " + esc(rep.subSequence(4, 6)));
        StringBuffer buf = new StringBuffer();
        for (int cp : new int[]{0x41, 0x10000, 0x10FFFF, 0xFFFF, 0xD7FF, 0xE000}) buf.appendCodePoint(cp);
        System.out.println("buffer " + esc(buf) + " rev " + esc(new StringBuffer(buf).reverse()) + " cps=" + buf.codePoints().count());
        StringBuilder ins = new StringBuilder("0123456789");
        ins.insert(0, g).insert(ins.length(), m).insert(5, new char[]{'\uD83D', '\uDE00'}, 0, 2).insert(8, (CharSequence) g, 0, 1);
        System.out.println("multi insert " + esc(ins) + " cps=" + ins.codePointCount(0, ins.length()));
        StringBuilder cmpA = new StringBuilder("a\uFFFF"), cmpB = new StringBuilder("a" + g);
        System.out.println("compareTo " + cmpA.compareTo(cmpB) + " strCompare " + "a\uFFFF".compareTo("a" + g) + " cpCompare " + Integer.compare(0xFFFF, 0x1F600));
        System.out.println("indexOf " + sb.indexOf(g) + " " + sb.lastIndexOf(m) + " " + sb.indexOf("\uDE00") + " " + sb.indexOf("d", 5) + " chars " + sb.chars().filter(c -> Character.isSurrogate((char) c)).count());
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 300; i++) { big.appendCodePoint(0x1F600 + (i % 50)); big.append((char) ('a' + i % 26)); }
        big.reverse();
        long sum = 0;
        for (int i = 0; i < big.length(); i = big.offsetByCodePoints(i, 1)) sum = sum * 31 + big.codePointAt(i);
        System.out.println("big reversed len=" + big.length() + " cps=" + big.codePointCount(0, big.length()) + " hash=" + sum + " strhash=" + big.toString().hashCode());
        StringBuilder trimmed = new StringBuilder(100).append("abc");
        trimmed.trimToSize();
        trimmed.ensureCapacity(5);
        System.out.println("capacity after trim " + (trimmed.capacity() >= 3) + " " + trimmed);
        System.out.println("deleted range " + esc(new StringBuilder(sb).delete(1, 100)) + " " + esc(new StringBuilder(sb).delete(3, 3)));
        try { new StringBuilder(sb).delete(5, 2); } catch (StringIndexOutOfBoundsException e) { System.out.println("delete SIOOBE " + e.getMessage()); }
        try { new StringBuilder(sb).insert(99, "x"); } catch (StringIndexOutOfBoundsException e) { System.out.println("insert SIOOBE " + e.getMessage()); }
        try { new StringBuilder(sb).setLength(-1); } catch (StringIndexOutOfBoundsException e) { System.out.println("setLength SIOOBE " + e.getMessage()); }
    }
}
