// String identity: literals are interned, concatenation at runtime is not, intern() returns the canonical instance; String.hashCode values.
public class StringInternAndHash {
    static final String CONST = "keel";
    static String nonConst() { return "ke"; }

    public static void main(String[] args) {
        String a = "keel";
        String b = "ke" + "el";
        String c = nonConst() + "el";
        String d = new String("keel");
        System.out.println((a == b) + " " + (a == CONST) + " " + (a == c) + " " + (a == d) + " " + a.equals(c) + " " + (a == c.intern()) + " " + (d.intern() == b));
        String e = new StringBuilder("dyn").append("amic").toString();
        String f = e.intern();
        System.out.println((e == f) + " " + (f == "dynamic") + " " + ("dynamic" == "dyn" + "amic"));
        final String fin = "ke";
        String g = fin + "el";
        System.out.println("final local concat interned " + (g == a));
        String[] words = {"", "a", "b", "ab", "hello", "Hello", "keel", "The quick brown fox", "\u00e9", "\ud83d\ude00", "polygenelubricants", "Aa", "BB", "0000000000"};
        for (String w : words) System.out.println(w.length() + " " + w.hashCode());
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 300; i++) sb.append((char) ('!' + i % 90));
        System.out.println(sb.toString().hashCode() + " " + sb.toString().hashCode());
        System.out.println(Integer.MIN_VALUE == "polygenelubricants".hashCode());
        String one = String.valueOf(1), other = String.valueOf(1);
        System.out.println("valueOf distinct " + (one == other) + " equal " + one.equals(other) + " interned equal " + (one.intern() == other.intern()));
        System.out.println("switch-like " + ("" + 1 == "1") + " " + (Integer.toString(1).intern() == "1"));
    }
}
