// java.util.HexFormat (JDK 17): of/ofDelimiter/withPrefix/withSuffix/withUpperCase, formatHex/parseHex of arrays and ranges, toHexDigits of every primitive, fromHexDigits, isHexDigit, error messages.
import java.util.HexFormat;
import java.util.Arrays;

public class HexFormatUsage {
    public static void main(String[] args) {
        byte[] data = new byte[20];
        for (int i = 0; i < data.length; i++) data[i] = (byte) (i * 37 - 100);
        HexFormat hf = HexFormat.of();
        System.out.println("of: " + hf.formatHex(data));
        System.out.println("upper: " + hf.withUpperCase().formatHex(data));
        System.out.println("range: " + hf.formatHex(data, 3, 9));
        HexFormat colon = HexFormat.ofDelimiter(":");
        System.out.println("delim: " + colon.formatHex(data, 0, 8));
        HexFormat fancy = HexFormat.ofDelimiter(", ").withPrefix("0x").withSuffix("h").withUpperCase();
        System.out.println("fancy: " + fancy.formatHex(data, 0, 6));
        System.out.println("fancy toString: " + fancy);
        System.out.println("of toString: " + hf);
        System.out.println("delimiter='" + fancy.delimiter() + "' prefix='" + fancy.prefix() + "' suffix='" + fancy.suffix() + "' upper=" + fancy.isUpperCase());
        byte[] back = fancy.parseHex(fancy.formatHex(data));
        System.out.println("round trip fancy: " + Arrays.equals(back, data));
        System.out.println("parse mixed case: " + Arrays.toString(hf.parseHex("DeadBEEF00ff7F80")));
        System.out.println("parse empty: " + hf.parseHex("").length);
        System.out.println("parse range: " + Arrays.toString(hf.parseHex("xx0102030405yy", 2, 12)));
        StringBuilder sb = new StringBuilder("[");
        hf.formatHex(sb, new byte[]{1, -1, 127, -128});
        System.out.println("appendable: " + sb.append(']'));
        System.out.println("byte: " + hf.toHexDigits((byte) -2) + " " + hf.toHexDigits((byte) 10));
        System.out.println("char: " + hf.toHexDigits('A') + " " + hf.toHexDigits('\uffee'));
        System.out.println("short: " + hf.toHexDigits((short) -1) + " " + hf.toHexDigits((short) 0x1234));
        System.out.println("int: " + hf.toHexDigits(-559038737) + " " + hf.toHexDigits(255));
        System.out.println("long: " + hf.toHexDigits(Long.MIN_VALUE) + " " + hf.toHexDigits(0xCAFEBABEL));
        System.out.println("long digits: " + hf.toHexDigits(0xABCDEFL, 4) + " " + hf.toHexDigits(-1L, 16) + " " + hf.toHexDigits(5L, 0) + "|");
        System.out.println("upper int: " + HexFormat.of().withUpperCase().toHexDigits(0xbeef));
        System.out.println("fromHexDigits: " + HexFormat.fromHexDigits("7fffffff") + " " + HexFormat.fromHexDigits("ffffffff") + " " + HexFormat.fromHexDigits("xx1Fyy", 2, 4));
        System.out.println("fromHexDigitsToLong: " + HexFormat.fromHexDigitsToLong("8000000000000000") + " " + HexFormat.fromHexDigitsToLong("") + " " + HexFormat.fromHexDigitsToLong("abc"));
        System.out.println("fromHexDigit: " + HexFormat.fromHexDigit('a') + " " + HexFormat.fromHexDigit('F') + " " + HexFormat.fromHexDigit('9'));
        StringBuilder digs = new StringBuilder();
        for (char c = '/'; c <= 'h'; c++) if (HexFormat.isHexDigit(c)) digs.append(c);
        System.out.println("isHexDigit: " + digs + " fullwidth=" + HexFormat.isHexDigit('\uff11'));
        String[] bad = {"abc", "zz", "0x12", "12:34"};
        for (String s : bad) {
            try {
                System.out.println("parsed " + Arrays.toString(hf.parseHex(s)));
            } catch (IllegalArgumentException e) {
                System.out.println("IAE " + e.getMessage());
            }
        }
        try { colon.parseHex("01:02-03"); } catch (IllegalArgumentException e) { System.out.println("IAE " + e.getMessage()); }
        try { HexFormat.fromHexDigits("123456789"); } catch (IllegalArgumentException e) { System.out.println("IAE " + e.getMessage()); }
        try { HexFormat.fromHexDigit('g'); } catch (NumberFormatException e) { System.out.println("NFE " + e.getMessage()); }
        try { hf.formatHex(data, 5, 2); } catch (IndexOutOfBoundsException e) { System.out.println("IOOBE " + e.getMessage()); }
        try { hf.toHexDigits(1L, 17); } catch (IllegalArgumentException e) { System.out.println("IAE " + e.getMessage()); }
        System.out.println("equals: " + hf.equals(HexFormat.of()) + " " + hf.equals(hf.withUpperCase()) + " " + colon.equals(HexFormat.ofDelimiter(":")));
        System.out.println("hash equal: " + (colon.hashCode() == HexFormat.ofDelimiter(":").hashCode()));
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) all[i] = (byte) i;
        String allHex = hf.formatHex(all);
        System.out.println("all len=" + allHex.length() + " head=" + allHex.substring(0, 24) + " tail=" + allHex.substring(488));
        System.out.println("all round trip: " + Arrays.equals(hf.parseHex(allHex), all));
    }
}
