// Integer/Long/Short/Byte parsing in radixes 2..36, signs, limits, decode() prefixes, and NumberFormatException messages.
public class ParseIntegers {
    static void p(String s, int radix) {
        try { System.out.println("parseInt(\"" + s + "\"," + radix + ") = " + Integer.parseInt(s, radix)); }
        catch (NumberFormatException e) { System.out.println("parseInt(\"" + s + "\"," + radix + ") NFE: " + e.getMessage()); }
    }
    static void pl(String s, int radix) {
        try { System.out.println("parseLong(\"" + s + "\"," + radix + ") = " + Long.parseLong(s, radix)); }
        catch (NumberFormatException e) { System.out.println("parseLong(\"" + s + "\"," + radix + ") NFE: " + e.getMessage()); }
    }
    static void other(String what, java.util.function.Supplier<Object> s) {
        try { System.out.println(what + " = " + s.get()); } catch (NumberFormatException e) { System.out.println(what + " NFE: " + e.getMessage()); }
    }

    public static void main(String[] args) {
        p("123", 10); p("-123", 10); p("+123", 10); p("2147483647", 10); p("2147483648", 10); p("-2147483648", 10); p("-2147483649", 10);
        p("ff", 16); p("FF", 16); p("-80000000", 16); p("80000000", 16); p("777", 8); p("1010", 2); p("zz", 36); p("ZZ", 36); p("kf12oi", 36);
        p("12", 2); p("", 10); p(" 1", 10); p("1 ", 10); p("-", 10); p("+", 10); p("1_0", 10); p("0x10", 16); p("9", 37); p("1", 1);
        System.out.println("parseInt(arabic-indic digits one two) = " + Integer.parseInt("\u0661\u0662"));
        pl("9223372036854775807", 10); pl("9223372036854775808", 10); pl("-9223372036854775808", 10); pl("7fffffffffffffff", 16); pl("1y2p0ij32e8e7", 36);
        pl("123L", 10);
        other("parseShort 32767", () -> Short.parseShort("32767"));
        other("parseShort 32768", () -> Short.parseShort("32768"));
        other("parseByte -128", () -> Byte.parseByte("-128"));
        other("parseByte 7f hex", () -> Byte.parseByte("7f", 16));
        other("parseByte 80 hex", () -> Byte.parseByte("80", 16));
        other("decode 0x1F", () -> Integer.decode("0x1F"));
        other("decode #ff", () -> Integer.decode("#ff"));
        other("decode 010", () -> Integer.decode("010"));
        other("decode -0X10", () -> Integer.decode("-0X10"));
        other("decode 0", () -> Integer.decode("0"));
        other("decode 0x", () -> Integer.decode("0x"));
        other("Long.decode -0x8000000000000000", () -> Long.decode("-0x8000000000000000"));
        other("valueOf(\"42\")", () -> Integer.valueOf("42"));
        other("parseUnsignedInt 4294967295", () -> Integer.parseUnsignedInt("4294967295"));
        other("parseUnsignedInt 4294967296", () -> Integer.parseUnsignedInt("4294967296"));
        other("parseUnsignedInt -1", () -> Integer.parseUnsignedInt("-1"));
        other("parseUnsignedLong max", () -> Long.parseUnsignedLong("18446744073709551615"));
        other("parseInt CharSequence range", () -> Integer.parseInt("xx1234yy", 2, 6, 10));
        other("Boolean.parseBoolean", () -> Boolean.parseBoolean("TrUe") + " " + Boolean.parseBoolean("1") + " " + Boolean.parseBoolean(null));
        for (int r = 2; r <= 36; r += 5) System.out.print(Integer.toString(-255, r) + "/" + Long.toString(Long.MAX_VALUE, r) + " ");
        System.out.println();
        System.out.println(Integer.toString(10, 99) + " " + Character.forDigit(11, 16) + " " + Character.digit('b', 16) + " " + Character.digit('z', 10));
    }
}
