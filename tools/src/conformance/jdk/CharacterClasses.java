// Character classification over ASCII and selected non-ASCII: isLetter/isDigit/isLetterOrDigit/isWhitespace/isSpaceChar/isUpperCase/isJavaIdentifierStart, getType, getNumericValue.
public class CharacterClasses {
    static String hex(int cp) { return String.format("U+%04X", cp); }

    public static void main(String[] args) {
        int[] cps = {'A', 'z', '5', ' ', '\t', '\n', '_', '$', '-', 0x00A0, 0x00C9, 0x00E9, 0x00DF, 0x0130, 0x03A9, 0x03C9, 0x0416, 0x05D0, 0x0661, 0x0967,
                0x2003, 0x2028, 0x3000, 0x4E2D, 0x1F600, 0x10400, 0x1D7CE, 0xFF21, 0x2160, 0x00BD, 0x200B, 0xFEFF};
        for (int cp : cps) {
            System.out.println(hex(cp) + " L" + b(Character.isLetter(cp)) + " D" + b(Character.isDigit(cp)) + " LD" + b(Character.isLetterOrDigit(cp)) + " A" + b(Character.isAlphabetic(cp))
                + " W" + b(Character.isWhitespace(cp)) + " S" + b(Character.isSpaceChar(cp)) + " U" + b(Character.isUpperCase(cp)) + " l" + b(Character.isLowerCase(cp))
                + " T" + b(Character.isTitleCase(cp)) + " J" + b(Character.isJavaIdentifierStart(cp)) + b(Character.isJavaIdentifierPart(cp)) + " I" + b(Character.isIdeographic(cp))
                + " type=" + Character.getType(cp) + " num=" + Character.getNumericValue(cp) + " digit=" + Character.digit(cp, 10) + " def" + b(Character.isDefined(cp)));
        }
        int letters = 0, digits = 0, spaces = 0;
        for (int c = 0; c < 0x3000; c++) { if (Character.isLetter(c)) letters++; if (Character.isDigit(c)) digits++; if (Character.isWhitespace(c)) spaces++; }
        System.out.println("counts below U+3000: letters=" + letters + " digits=" + digits + " whitespace=" + spaces);
        System.out.println(Character.isISOControl('\u0007') + " " + Character.isISOControl('a') + " " + Character.MIN_RADIX + " " + Character.MAX_RADIX + " " + Character.getName('A') + " " + Character.getName(0x1F600));
        System.out.println(Character.UnicodeBlock.of(0x4E2D) + " " + Character.UnicodeBlock.of('A') + " " + Character.UnicodeScript.of(0x0416) + " " + Character.UnicodeScript.of(0x05D0));
        System.out.println(Character.compare('a', 'b') + " " + Character.toChars(0x41)[0] + " " + Character.toString(0x1F600).length() + " " + Character.isMirrored('(') + " " + Character.getDirectionality('A'));
    }
    static String b(boolean v) { return v ? "1" : "0"; }
}
