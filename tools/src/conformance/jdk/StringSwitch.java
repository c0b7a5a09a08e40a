// switch on String (hashCode + equals lowering): colliding hash codes, case sensitivity, default, fall-through, switch expressions, null.
public class StringSwitch {
    static int classic(String s) {
        switch (s) {
            case "apple": return 1;
            case "banana": case "cherry": return 2;
            case "Aa": return 3;
            case "BB": return 4;
            case "": return 5;
            case "AaAa": return 6;
            case "BBBB": return 7;
            case "AaBB": return 8;
            default: return 0;
        }
    }
    static String expr(String s) {
        return switch (s) {
            case "red", "green", "blue" -> "primary";
            case "cyan", "magenta" -> "secondary";
            case "black" -> { String t = s.toUpperCase(); yield t + "!"; }
            default -> "other:" + s.length();
        };
    }
    static String fall(String s) {
        StringBuilder sb = new StringBuilder();
        switch (s) { case "a": sb.append("A"); case "b": sb.append("B"); break; case "c": sb.append("C"); default: sb.append("D"); }
        return sb.toString();
    }

    public static void main(String[] args) {
        System.out.println("hash Aa=" + "Aa".hashCode() + " BB=" + "BB".hashCode() + " AaAa=" + "AaAa".hashCode() + " BBBB=" + "BBBB".hashCode() + " AaBB=" + "AaBB".hashCode());
        String[] inputs = {"apple", "Apple", "banana", "cherry", "Aa", "BB", "", "AaAa", "BBBB", "AaBB", "BBAa", "date", new String("apple"), "app" + "le".trim()};
        for (String s : inputs) System.out.print(classic(s) + " ");
        System.out.println();
        for (String s : new String[]{"red", "blue", "cyan", "magenta", "black", "white", "RED"}) System.out.print(expr(s) + " ");
        System.out.println();
        for (String s : new String[]{"a", "b", "c", "d"}) System.out.print(fall(s) + " ");
        System.out.println();
        try { classic(null); } catch (NullPointerException e) { System.out.println("null selector -> NPE"); }
        int total = 0;
        String[] words = "the quick brown fox jumps over the lazy dog apple banana cherry".split(" ");
        for (int i = 0; i < 1000; i++) total += classic(words[i % words.length]);
        System.out.println("total " + total);
        StringBuilder sb = new StringBuilder();
        for (String cmd : "push 3 push 4 add push 5 mul dup add print".split(" ")) {
            switch (cmd) {
                case "push": sb.append('P'); break;
                case "add": sb.append('+'); break;
                case "mul": sb.append('*'); break;
                case "dup": sb.append('D'); break;
                case "print": sb.append('!'); break;
                default: sb.append(cmd);
            }
        }
        System.out.println(sb);
    }
}
