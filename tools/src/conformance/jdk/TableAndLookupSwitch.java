// tableswitch and lookupswitch on int, char, byte, short: dense, sparse, negative, extreme keys, fall-through, nested switches.
public class TableAndLookupSwitch {
    static String dense(int k) {
        switch (k) {
            case -2: return "m2"; case -1: return "m1"; case 0: return "z"; case 1: return "one"; case 2: return "two";
            case 3: case 4: return "3or4"; case 5: return "five"; default: return "def";
        }
    }
    static int sparse(int k) {
        switch (k) {
            case Integer.MIN_VALUE: return 1; case -1000000: return 2; case -5: return 3; case 0: return 4;
            case 17: return 5; case 1 << 20: return 6; case 123456789: return 7; case Integer.MAX_VALUE: return 8; default: return 0;
        }
    }
    static String fall(int k) {
        StringBuilder sb = new StringBuilder();
        switch (k) { case 1: sb.append('a'); case 2: sb.append('b'); break; case 3: sb.append('c'); default: sb.append('d'); case 4: sb.append('e'); }
        return sb.toString();
    }
    static int chars(char c) {
        switch (c) { case 'a': case 'e': case 'i': case 'o': case 'u': return 1; case ' ': return 2; case '\u00e9': return 3; case '\uffff': return 4; default: return 0; }
    }
    static String bytes(byte b) {
        switch (b) { case -128: return "min"; case 127: return "max"; case 0: return "zero"; default: return b < 0 ? "neg" : "pos"; }
    }
    static String nested(int a, int b) {
        switch (a) {
            case 0: switch (b) { case 0: return "00"; case 1: return "01"; default: return "0?"; }
            case 1: switch (b) { case 100: return "1h"; default: return "1?"; }
            default: return "??";
        }
    }
    static int arrow(int k) {
        return switch (k) { case 1, 2, 3 -> 10; case 10 -> 20; case 100, 1000 -> { int t = k / 10; yield t * 3; } default -> -k; };
    }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (int k = -4; k <= 7; k++) sb.append(dense(k)).append(' ');
        System.out.println(sb);
        int[] keys = {Integer.MIN_VALUE, Integer.MIN_VALUE + 1, -1000000, -5, -4, 0, 17, 18, 1 << 20, 123456789, Integer.MAX_VALUE, Integer.MAX_VALUE - 1};
        sb.setLength(0);
        for (int k : keys) sb.append(sparse(k));
        System.out.println(sb);
        for (int k = 0; k <= 5; k++) System.out.print(fall(k) + " ");
        System.out.println();
        String text = "the quick brown fox jumps over the lazy dog \u00e9\uffff";
        int[] counts = new int[5];
        for (char c : text.toCharArray()) counts[chars(c)]++;
        System.out.println(counts[0] + " " + counts[1] + " " + counts[2] + " " + counts[3] + " " + counts[4]);
        for (int b : new int[]{-128, -1, 0, 1, 127}) System.out.print(bytes((byte) b) + " ");
        System.out.println();
        System.out.println(nested(0, 0) + nested(0, 1) + nested(0, 2) + nested(1, 100) + nested(1, 0) + nested(2, 0));
        for (int k : new int[]{1, 2, 3, 4, 10, 100, 1000, -7}) System.out.print(arrow(k) + " ");
        System.out.println();
        short s = 300;
        switch (s) { case 300: System.out.println("short 300"); break; default: System.out.println("short other"); }
        long hits = 0;
        for (int i = -50; i < 5000; i++) hits += sparse(i) + dense(i % 9).length();
        System.out.println("hits " + hits);
    }
}
