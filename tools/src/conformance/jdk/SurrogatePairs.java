// supplementary code points and UTF-16 surrogates: toChars, codePointAt/Before, isHighSurrogate, toCodePoint, offsetByCodePoints, lone surrogates, reversing and counting.
public class SurrogatePairs {
    static String units(CharSequence s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) sb.append(String.format("%04X ", (int) s.charAt(i)));
        return sb.toString().trim();
    }

    public static void main(String[] args) {
        int[] cps = {0x10000, 0x1F600, 0x1F30D, 0x10FFFF, 0x20BB7, 0xFFFF};
        for (int cp : cps) {
            char[] cs = Character.toChars(cp);
            System.out.println(String.format("U+%X", cp) + " chars=" + cs.length + " units=" + units(new String(cs)) + " supp=" + Character.isSupplementaryCodePoint(cp) + " bmp=" + Character.isBmpCodePoint(cp)
                + " count=" + Character.charCount(cp) + " high=" + String.format("%04X", (int) Character.highSurrogate(cp)) + " low=" + String.format("%04X", (int) Character.lowSurrogate(cp)) + " valid=" + Character.isValidCodePoint(cp));
        }
        String s = "a\ud83d\ude00b\ud83c\udf0dc";
        System.out.println(units(s) + " length=" + s.length() + " cps=" + s.codePointCount(0, s.length()));
        for (int i = 0; i < s.length(); i++) System.out.print(Integer.toHexString(s.codePointAt(i)) + (Character.isHighSurrogate(s.charAt(i)) ? "H" : Character.isLowSurrogate(s.charAt(i)) ? "L" : "") + " ");
        System.out.println();
        System.out.println(Integer.toHexString(s.codePointBefore(3)) + " " + s.offsetByCodePoints(0, 2) + " " + s.offsetByCodePoints(s.length(), -2) + " " + Integer.toHexString(Character.toCodePoint('\ud83d', '\ude00')));
        System.out.println("reverse " + units(new StringBuilder(s).reverse()));
        String lone = "x\ud800y\udc00";
        System.out.println(units(lone) + " cps=" + lone.codePointCount(0, lone.length()) + " " + Integer.toHexString(lone.codePointAt(1)) + " " + Character.isSurrogate(lone.charAt(3)) + " reversed " + units(new StringBuilder(lone).reverse()));
        System.out.println("substring splits pair " + units(s.substring(0, 2)) + " | " + units(s.substring(2)));
        StringBuilder built = new StringBuilder();
        for (int cp = 0x1F600; cp < 0x1F606; cp++) built.appendCodePoint(cp);
        System.out.println(units(built) + " " + built.codePoints().count() + " " + new String(built.codePoints().toArray(), 2, 2).length());
        System.out.println(Character.isLetter(0x10400) + " " + Character.isLetter('\ud801') + " " + Character.isUpperCase(0x10400) + " " + Character.toLowerCase(0x10400) + " " + s.indexOf(0x1F30D) + " " + s.lastIndexOf(0x1F600));
        try { Character.toChars(0x110000); } catch (IllegalArgumentException e) { System.out.println("toChars invalid: " + e.getMessage()); }
        System.out.println(units(s.toUpperCase()) + " " + s.chars().filter(c -> Character.isSurrogate((char) c)).count());
    }
}
