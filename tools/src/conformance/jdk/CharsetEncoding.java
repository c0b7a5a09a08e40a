// getBytes and new String with UTF-8, UTF-16 (BOM), UTF-16BE/LE, ISO-8859-1, US-ASCII: byte values, replacement of unmappable and malformed input, round trips.
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

public class CharsetEncoding {
    static String hex(byte[] b) { StringBuilder sb = new StringBuilder(); for (byte x : b) sb.append(String.format("%02x", x & 0xff)); return sb.toString(); }
    static String units(String s) { StringBuilder sb = new StringBuilder(); for (char c : s.toCharArray()) sb.append(String.format("%04x ", (int) c)); return sb.toString().trim(); }

    public static void main(String[] args) {
        String[] samples = {"ASCII", "caf\u00e9", "\u20ac100", "\u4e2d\u6587", "\ud83d\ude00!", "\u0000nul", ""};
        Charset[] sets = {StandardCharsets.UTF_8, StandardCharsets.UTF_16, StandardCharsets.UTF_16BE, StandardCharsets.UTF_16LE, StandardCharsets.ISO_8859_1, StandardCharsets.US_ASCII};
        for (String s : samples) {
            StringBuilder sb = new StringBuilder("[" + units(s) + "]");
            for (Charset cs : sets) {
                byte[] b = s.getBytes(cs);
                String back = new String(b, cs);
                sb.append(' ').append(cs.name()).append('=').append(hex(b)).append(back.equals(s) ? "" : "~");
            }
            System.out.println(sb);
        }
        byte[][] malformed = {{(byte) 0xff}, {(byte) 0xc3}, {(byte) 0xc3, 0x28}, {(byte) 0xe2, (byte) 0x82}, {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, {(byte) 0xf0, (byte) 0x9f, (byte) 0x98, (byte) 0x80}, {(byte) 0xc0, (byte) 0xaf}, {0x41, (byte) 0x80, 0x42}};
        for (byte[] m : malformed) System.out.println("utf8 " + hex(m) + " -> " + units(new String(m, StandardCharsets.UTF_8)));
        System.out.println("ascii high byte -> " + units(new String(new byte[]{0x41, (byte) 0xe9}, StandardCharsets.US_ASCII)) + " latin1 -> " + units(new String(new byte[]{0x41, (byte) 0xe9}, StandardCharsets.ISO_8859_1)));
        System.out.println("lone surrogate utf8 " + hex("a\ud800b".getBytes(StandardCharsets.UTF_8)) + " utf16 odd length -> " + units(new String(new byte[]{0, 0x41, 0}, StandardCharsets.UTF_16BE)));
        System.out.println("utf16 with LE BOM -> " + units(new String(new byte[]{(byte) 0xff, (byte) 0xfe, 0x41, 0}, StandardCharsets.UTF_16)) + " no BOM -> " + units(new String(new byte[]{0, 0x42}, StandardCharsets.UTF_16)));
        byte[] partial = "h\u00e9llo".getBytes(StandardCharsets.UTF_8);
        System.out.println(new String(partial, 0, 3, StandardCharsets.UTF_8).length() + " " + Arrays.toString(partial) + " " + Charset.forName("utf-8").name() + " " + Charset.isSupported("UTF-32") + " " + StandardCharsets.UTF_8.aliases().contains("UTF8"));
        StringBuilder all = new StringBuilder();
        for (int cp = 0; cp < 0x800; cp += 37) all.appendCodePoint(cp);
        for (int cp = 0x10000; cp < 0x10FFFF; cp += 0x10001) all.appendCodePoint(cp);
        String big = all.toString();
        byte[] enc = big.getBytes(StandardCharsets.UTF_8);
        System.out.println("round trip " + new String(enc, StandardCharsets.UTF_8).equals(big) + " " + enc.length + " " + big.getBytes(StandardCharsets.UTF_16LE).length + " " + Arrays.hashCode(enc));
        try { "x".getBytes("NO-SUCH-CHARSET"); } catch (java.io.UnsupportedEncodingException e) { System.out.println("UnsupportedEncodingException " + e.getMessage()); }
    }
}
