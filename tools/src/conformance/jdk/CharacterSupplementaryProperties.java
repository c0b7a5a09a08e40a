// Character properties of supplementary and unusual code points: getType, isLetter/isDigit/isAlphabetic/isIdeographic, UnicodeBlock.of, UnicodeScript.of, getName (uniName data) and codePointOf, numeric values, mirroring, directionality, case of Deseret/Adlam letters.
public class CharacterSupplementaryProperties {
    public static void main(String[] args) {
        int[] cps = {0x41, 0xDF, 0x3A3, 0x5D0, 0x663, 0x2167, 0x20AC, 0x3007, 0x4E2D, 0xAC00, 0xD800, 0xE000, 0xFFFD, 0xFFFF,
                0x10000, 0x10400, 0x10428, 0x1D400, 0x1D7D8, 0x1E900, 0x1E922, 0x1F600, 0x1F1E6, 0x20000, 0x2F800, 0xE0041, 0xF0000, 0x10FFFF};
        for (int cp : cps) {
            String name;
            try { name = Character.getName(cp); } catch (RuntimeException e) { name = "!" + e.getClass().getSimpleName(); }
            Character.UnicodeBlock block;
            try { block = Character.UnicodeBlock.of(cp); } catch (RuntimeException e) { block = null; }
            String script;
            try { script = String.valueOf(Character.UnicodeScript.of(cp)); } catch (RuntimeException e) { script = "!" + e.getClass().getSimpleName(); }
            System.out.println(String.format("U+%04X type=%d L=%b D=%b A=%b I=%b U=%b l=%b T=%b ws=%b jid=%b/%b num=%d dig=%d dir=%d mir=%b bmp=%b cc=%d | %s | %s | %s",
                    cp, Character.getType(cp), Character.isLetter(cp), Character.isDigit(cp), Character.isAlphabetic(cp), Character.isIdeographic(cp),
                    Character.isUpperCase(cp), Character.isLowerCase(cp), Character.isTitleCase(cp), Character.isWhitespace(cp),
                    Character.isJavaIdentifierStart(cp), Character.isJavaIdentifierPart(cp), Character.getNumericValue(cp), Character.digit(cp, 10),
                    Character.getDirectionality(cp), Character.isMirrored(cp), Character.isBmpCodePoint(cp), Character.charCount(cp), name, block, script));
        }
        int[] cased = {0x10400, 0x10428, 0x1E900, 0x1E922, 0x1C5, 0x1F1, 0x1F3, 0xDF, 0x130, 0x131, 0x3C2, 0x1E9E};
        for (int cp : cased) {
            System.out.println(String.format("case U+%04X upper=U+%04X lower=U+%04X title=U+%04X", cp, Character.toUpperCase(cp), Character.toLowerCase(cp), Character.toTitleCase(cp)));
        }
        String[] names = {"LATIN SMALL LETTER A", "latin small letter a", "GRINNING FACE", "CJK UNIFIED IDEOGRAPH-4E2D", "HANGUL SYLLABLE GA", "NO SUCH CHARACTER"};
        for (String n : names) {
            try { System.out.println("codePointOf(" + n + ") = U+" + Integer.toHexString(Character.codePointOf(n)).toUpperCase()); }
            catch (IllegalArgumentException e) { System.out.println("codePointOf(" + n + ") IAE " + e.getMessage()); }
        }
        System.out.println("forName " + Character.UnicodeBlock.forName("Greek") + " " + Character.UnicodeBlock.forName("BASIC_LATIN") + " " + Character.UnicodeBlock.forName("Basic Latin") + " " + Character.UnicodeScript.forName("latn"));
        try { Character.UnicodeBlock.forName("Klingon"); } catch (IllegalArgumentException e) { System.out.println("block IAE " + e.getMessage()); }
        try { Character.getName(0x110000); } catch (IllegalArgumentException e) { System.out.println("getName IAE " + e.getMessage()); }
        System.out.println("valid " + Character.isValidCodePoint(0x10FFFF) + " " + Character.isValidCodePoint(0x110000) + " " + Character.isValidCodePoint(-1) + " supp " + Character.isSupplementaryCodePoint(0xFFFF) + " " + Character.isSupplementaryCodePoint(0x10000));
        System.out.println("surrogates " + Integer.toHexString(Character.highSurrogate(0x1F600)) + " " + Integer.toHexString(Character.lowSurrogate(0x1F600)) + " " + Integer.toHexString(Character.toCodePoint('\uD83D', '\uDE00')) + " " + Character.isSurrogatePair('\uD83D', '\uDE00') + " " + Character.isSurrogatePair('\uDE00', '\uD83D'));
        System.out.println("reverseBytes " + Integer.toHexString(Character.reverseBytes('\u1234')) + " MIN_SUPP " + Integer.toHexString(Character.MIN_SUPPLEMENTARY_CODE_POINT));
        int count = 0, letters = 0, digits = 0, ideo = 0;
        for (int cp = 0x10000; cp < 0x30000; cp += 7) {
            count++;
            if (Character.isLetter(cp)) letters++;
            if (Character.isDigit(cp)) digits++;
            if (Character.isIdeographic(cp)) ideo++;
        }
        System.out.println("sampled " + count + " letters=" + letters + " digits=" + digits + " ideographic=" + ideo);
        int defined = 0;
        for (int cp = 0; cp <= 0x10FFFF; cp += 13) if (Character.isDefined(cp)) defined++;
        System.out.println("defined sample " + defined);
    }
}
