// switch expressions and arrow labels: yield, multiple labels, exhaustive enum switches without default, switch as an argument, throwing arms, nested.
public class SwitchExpressions {
    enum Suit { CLUBS, DIAMONDS, HEARTS, SPADES }

    static int days(int month, boolean leap) {
        return switch (month) {
            case 4, 6, 9, 11 -> 30;
            case 2 -> leap ? 29 : 28;
            case 1, 3, 5, 7, 8, 10, 12 -> 31;
            default -> throw new IllegalArgumentException("month " + month);
        };
    }
    static String color(Suit s) {
        return switch (s) { case CLUBS, SPADES -> "black"; case DIAMONDS, HEARTS -> "red"; };
    }
    static int score(String word) {
        int total = 0;
        for (char c : word.toCharArray()) {
            total += switch (Character.toLowerCase(c)) {
                case 'a', 'e', 'i', 'o', 'u', 'l', 'n', 's', 't', 'r' -> 1;
                case 'd', 'g' -> 2;
                case 'b', 'c', 'm', 'p' -> 3;
                case 'k' -> 5;
                case 'j', 'x' -> 8;
                case 'q', 'z' -> 10;
                default -> { if (Character.isLetter(c)) yield 4; yield 0; }
            };
        }
        return total;
    }
    static String old(int k) {
        String r = switch (k) {
            case 0:
                yield "zero";
            case 1:
            case 2:
                String t = "small" + k;
                yield t;
            default:
                yield k < 0 ? "negative" : "large";
        };
        return r;
    }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (int m = 1; m <= 12; m++) sb.append(days(m, false)).append(m == 2 ? "/" + days(m, true) : "").append(' ');
        System.out.println(sb);
        try { days(13, false); } catch (IllegalArgumentException e) { System.out.println("error " + e.getMessage()); }
        for (Suit s : Suit.values()) System.out.print(s + "=" + color(s) + " ");
        System.out.println();
        for (String w : new String[]{"keel", "quiz", "jukebox", "hello", "WORLD", "fyvw"}) System.out.print(w + ":" + score(w) + " ");
        System.out.println();
        for (int k = -1; k <= 3; k++) System.out.print(old(k) + " ");
        System.out.println();
        int x = 3;
        System.out.println(String.valueOf(switch (x) { case 3 -> 'c'; default -> 'z'; }) + " " + (switch (x % 2) { case 0 -> "even"; default -> "odd"; }).length());
        String nested = switch (x) {
            case 3 -> switch (x * 2) { case 6 -> "three-six"; default -> "three-?"; };
            default -> "other";
        };
        System.out.println(nested);
        long l = switch (Suit.HEARTS) { case HEARTS -> 1L << 40; default -> 0; };
        double d = switch ("pi") { case "pi" -> Math.PI; case "e" -> Math.E; default -> 0; };
        System.out.println(l + " " + d);
        int loops = 0;
        for (int i = 0; i < 10; i++) {
            switch (i % 4) {
                case 0 -> loops += 1;
                case 1 -> { if (i > 4) continue; loops += 10; }
                case 2 -> loops += 100;
                default -> { }
            }
            loops += 1000;
        }
        System.out.println("loops " + loops);
    }
}
