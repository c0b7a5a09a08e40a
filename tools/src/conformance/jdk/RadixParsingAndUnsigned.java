// unsigned and radix parsing/printing: parseUnsignedInt/Long limits and messages, CharSequence range overloads parseInt(s,begin,end,radix), toUnsignedString in radixes 2..36, Character.digit/forDigit, Integer.decode corners, valueOf caches vs parse.
public class RadixParsingAndUnsigned {
    static void pu(String s, int radix) {
        try {
            System.out.println("parseUnsignedInt(" + s + "," + radix + ") = " + Integer.toUnsignedString(Integer.parseUnsignedInt(s, radix)));
        } catch (NumberFormatException e) {
            System.out.println("parseUnsignedInt(" + s + "," + radix + ") NFE " + e.getMessage());
        }
    }

    static void pul(String s, int radix) {
        try {
            System.out.println("parseUnsignedLong(" + s + "," + radix + ") = " + Long.toUnsignedString(Long.parseUnsignedLong(s, radix)));
        } catch (NumberFormatException e) {
            System.out.println("parseUnsignedLong(" + s + "," + radix + ") NFE " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        pu("4294967295", 10); pu("4294967296", 10); pu("-1", 10); pu("+7", 10); pu("ffffffff", 16); pu("100000000", 16);
        pu("zzzzzz", 36); pu("1zzzzzz", 36); pu("", 10); pu("11111111111111111111111111111111", 2); pu("3", 2);
        pul("18446744073709551615", 10); pul("18446744073709551616", 10); pul("ffffffffffffffff", 16); pul("10000000000000000", 16);
        pul("3w5e11264sgsf", 36); pul("3w5e11264sgsg", 36); pul("-0", 10); pul("99999999999999999999", 10); pul("1777777777777777777777", 8);
        try { Integer.parseUnsignedInt("1", 37); } catch (NumberFormatException e) { System.out.println("radix 37: " + e.getMessage()); }
        try { Long.parseUnsignedLong(null); } catch (NumberFormatException e) { System.out.println("null: " + e.getMessage()); }
        String text = "id=0042;hex=7fFF;neg=-128;big=9223372036854775807";
        System.out.println("range int " + Integer.parseInt(text, 3, 7, 10) + " " + Integer.parseInt(text, 12, 16, 16) + " " + Integer.parseInt(text, 21, 25, 10) + " " + Long.parseLong(text, 30, text.length(), 10));
        System.out.println("range unsigned " + Integer.parseUnsignedInt("xxffffffffxx", 2, 10, 16) + " " + Long.parseUnsignedLong("[18446744073709551615]", 1, 21, 10));
        try { Integer.parseInt(text, 0, 5, 10); } catch (NumberFormatException e) { System.out.println("range NFE: " + e.getMessage()); }
        try { Integer.parseInt(text, 5, 3, 10); } catch (IndexOutOfBoundsException e) { System.out.println("range IOOBE: " + e.getClass().getSimpleName()); }
        try { Integer.parseInt(text, 3, 3, 10); } catch (NumberFormatException e) { System.out.println("range empty: " + e.getMessage()); }
        int[] vals = {0, 1, -1, 255, Integer.MIN_VALUE, Integer.MAX_VALUE, 123456789};
        for (int v : vals) {
            StringBuilder sb = new StringBuilder(v + ":");
            for (int r : new int[]{2, 3, 7, 16, 36, 37, 1}) sb.append(' ').append(Integer.toUnsignedString(v, r)).append('|').append(Integer.toString(v, r));
            System.out.println(sb);
        }
        long[] lvals = {-1L, Long.MIN_VALUE, Long.MAX_VALUE, 0x8000000000000001L};
        for (long v : lvals) System.out.println(v + ": " + Long.toUnsignedString(v, 2).length() + " " + Long.toUnsignedString(v, 7) + " " + Long.toUnsignedString(v, 36) + " " + Long.toString(v, 36) + " " + Long.toUnsignedString(v));
        StringBuilder dg = new StringBuilder();
        int[] cps = {'0', '9', 'a', 'z', 'A', 'Z', '/', ':', '@', '[', '`', '{', 0xFF10, 0xFF21, 0x0660, 0x1D7CE, 0x0966};
        for (int cp : cps) dg.append(Character.digit(cp, 36)).append(',').append(Character.digit(cp, 10)).append(' ');
        System.out.println("digit " + dg);
        System.out.println("forDigit " + Character.forDigit(0, 10) + Character.forDigit(9, 10) + Character.forDigit(10, 16) + Character.forDigit(35, 36) + "|" + (int) Character.forDigit(10, 10) + "|" + (int) Character.forDigit(1, 37));
        System.out.println("parse unicode digits " + Integer.parseInt("\u0661\u0662\u0663") + " " + Integer.parseInt("\uff14\uff12") + " " + Long.parseLong("-\u0967\u0968", 10));
        String[] decs = {"0x10", "0X10", "#10", "010", "-0x10", "+#ff", "0", "-0", "0x80000000", "-0x80000000", "08", "0x", "- 1"};
        for (String d : decs) {
            try { System.out.println("decode " + d + " = " + Integer.decode(d)); } catch (NumberFormatException e) { System.out.println("decode " + d + " NFE " + e.getMessage()); }
        }
        System.out.println("Long.decode " + Long.decode("-0x8000000000000000") + " " + Short.decode("-#8000") + " " + Byte.decode("0177"));
        try { Byte.decode("0x80"); } catch (NumberFormatException e) { System.out.println("Byte.decode: " + e.getMessage()); }
        try { Short.parseShort("40000"); } catch (NumberFormatException e) { System.out.println("Short.parse: " + e.getMessage()); }
        System.out.println("divideUnsigned " + Integer.divideUnsigned(-1, 3) + " " + Integer.remainderUnsigned(-1, 3) + " " + Long.divideUnsigned(-1L, 10) + " " + Long.remainderUnsigned(-1L, 10) + " " + Long.divideUnsigned(Long.MIN_VALUE, -1L) + " " + Long.compareUnsigned(-1L, 1L));
        System.out.println("hash " + Long.hashCode(-1L) + " " + Long.hashCode(1L << 32) + " " + Integer.toUnsignedLong(-2) + " " + Short.toUnsignedInt((short) -2) + " " + Byte.toUnsignedLong((byte) -128));
    }
}
