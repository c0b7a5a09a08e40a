// compile-time constants and final fields: folded arithmetic and string constants of every type, constants in switch labels, blank finals assigned in constructors, static final initialized in a static block.
public class FinalFieldsAndConstantFolding {
    static final byte B = (byte) 300;
    static final short S = (short) (B * 1000);
    static final char C = 'A' + 2;
    static final int I = Integer.MAX_VALUE + 1;
    static final long L = 1L << 62 | 0xFF;
    static final float F = 1.0f / 3;
    static final double D = 0.1 + 0.2;
    static final boolean Z = I < 0 && L > 0;
    static final String STR = "v" + B + S + C + I + L + F + D + Z;
    static final int SHIFTED = -1 >>> 28;
    static final String NULLISH;
    static final int[] TABLE;
    static { NULLISH = String.valueOf((Object) null); TABLE = new int[]{B, S, C}; }

    final int blank;
    final String label;
    FinalFieldsAndConstantFolding(int v) { if (v > 0) { blank = v; label = "pos"; } else { blank = -v; label = "nonpos"; } }

    static String classify(int x) {
        switch (x) {
            case I: return "I";
            case SHIFTED: return "SHIFTED";
            case C: return "C";
            case B: return "B";
            default: return "other";
        }
    }

    public static void main(String[] args) {
        System.out.println(B + " " + S + " " + C + " " + I + " " + L + " " + F + " " + D + " " + Z + " " + SHIFTED);
        System.out.println(STR + " " + (STR == ("v" + B + S + C + I + L + F + D + Z)) + " " + NULLISH + " " + java.util.Arrays.toString(TABLE));
        System.out.println(classify(Integer.MIN_VALUE) + " " + classify(15) + " " + classify('C') + " " + classify(44) + " " + classify(0));
        FinalFieldsAndConstantFolding a = new FinalFieldsAndConstantFolding(5), b = new FinalFieldsAndConstantFolding(-9);
        System.out.println(a.blank + a.label + " " + b.blank + b.label);
        final int local = 10;
        final String ls = "local" + local;
        System.out.println((ls == "local10") + " " + (byte) (local * 30) + " " + (char) (local + 'a') + " " + (local / 3.0) + " " + (local % 3 == 1 ? "one" : "?"));
        System.out.println(Integer.MIN_VALUE / -1 + " " + (Long.MIN_VALUE % -1) + " " + (5 / 2 * 2.0) + " " + (5 / 2.0 * 2) + " " + (0.0 / 0 != 0.0 / 0) + " " + (1e308 * 10) + " " + (float) 1e40 + " " + (int) 1e10f);
        System.out.println((char) 65 + "" + (char) ('a' + 25) + " " + ('a' + 'b') + " " + (char) ('a' + 'b' - 'a') + " " + ("" + 'a' + 'b') + " " + (1 + 2 + "3" + 1 + 2));
    }
}
