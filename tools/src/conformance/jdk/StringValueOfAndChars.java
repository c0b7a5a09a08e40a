// String.valueOf of every type and char[] (offset/count), chars()/codePoints() streams, getChars, toCharArray round trips, String constructors.
import java.util.stream.Collectors;

public class StringValueOfAndChars {
    public static void main(String[] args) {
        char[] cs = {'k', 'e', 'e', 'l', 'v', 'm'};
        System.out.println(String.valueOf(cs) + " " + String.valueOf(cs, 4, 2) + " " + String.valueOf(true) + " " + String.valueOf('c') + " " + String.valueOf(12)
            + " " + String.valueOf(-12L) + " " + String.valueOf(1.25f) + " " + String.valueOf(1e21) + " " + String.valueOf((Object) "o") + " " + String.valueOf((Object) null));
        System.out.println(new String(cs, 1, 3) + " " + new String(new int[]{0x4B, 0x1F600, 0x4D}, 0, 3).length() + " " + new String(new StringBuilder("sb")) + " " + new String(new byte[]{72, 105}, java.nio.charset.StandardCharsets.US_ASCII));
        try { String.valueOf(cs, 4, 5); } catch (IndexOutOfBoundsException e) { System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage()); }
        String s = "Hello, \u4e16\u754c \ud83c\udf0d!";
        System.out.println(s.length() + " " + s.codePointCount(0, s.length()) + " " + s.chars().count() + " " + s.codePoints().count());
        System.out.println(s.chars().mapToObj(Integer::toHexString).collect(Collectors.joining(",")));
        System.out.println(s.codePoints().mapToObj(Integer::toHexString).collect(Collectors.joining(",")));
        System.out.println("letters " + s.chars().filter(Character::isLetter).count() + " upper " + s.chars().filter(Character::isUpperCase).count() + " sum " + "abc".chars().sum());
        System.out.println("hello".chars().mapToObj(c -> String.valueOf((char) (c - 32))).collect(Collectors.joining()));
        char[] dst = new char[10];
        java.util.Arrays.fill(dst, '.');
        "abcdef".getChars(1, 4, dst, 3);
        System.out.println(new String(dst));
        String rt = new String("round trip".toCharArray());
        System.out.println(rt + " " + rt.equals("round trip"));
        System.out.println(String.valueOf(new char[0]).isEmpty() + " " + String.valueOf(Double.NaN) + String.valueOf(Float.NEGATIVE_INFINITY));
        int[] freq = new int[26];
        "the quick brown fox jumps over the lazy dog".chars().filter(c -> c != ' ').forEach(c -> freq[c - 'a']++);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 26; i++) sb.append(freq[i]);
        System.out.println(sb);
        System.out.println("offsetByCodePoints " + s.offsetByCodePoints(0, 11) + " " + s.codePointBefore(s.length() - 1) + " " + s.indexOf(0x1F30D));
    }
}
