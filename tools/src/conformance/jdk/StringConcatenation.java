// string concatenation (invokedynamic makeConcatWithConstants) of every operand type, null, char arithmetic pitfalls, compound +=, long chains.
public class StringConcatenation {
    static class Obj { public String toString() { return "Obj!"; } }
    static class NullToString { public String toString() { return null; } }

    public static void main(String[] args) {
        boolean z = true; byte b = -1; char c = 'x'; short s = 300; int i = -7; long l = 1L << 35; float f = 0.1f; double d = 1e-4;
        Object o = new Obj(); String n = null; Object on = null;
        System.out.println("all:" + z + b + c + s + i + l + f + d + o + n + on);
        System.out.println(1 + 2 + "3" + 4 + 5);
        System.out.println('a' + 'b' + "c" + 'd' + 'e');
        System.out.println("" + 'a' + 'b' + " " + (char) ('a' + 1) + " " + ('a' + 1));
        System.out.println("neg" + -1 + " " + "min" + Long.MIN_VALUE + " " + "nan" + Float.NaN + " " + "inf" + (1 / 0.0));
        System.out.println("toString null -> " + new NullToString());
        String acc = "";
        for (int k = 0; k < 5; k++) acc += k + ",";
        acc += null;
        acc += 'c';
        acc += 1.5;
        System.out.println(acc);
        char[] arr = {'h', 'i'};
        System.out.println("array " + String.valueOf(arr) + " " + ("" + arr).startsWith("[C@"));
        String big = "";
        for (int k = 0; k < 200; k++) big = big + (char) ('a' + k % 26);
        System.out.println(big.length() + " " + big.substring(190));
        String x = "a", y = "b";
        String lots = x + y + x + y + x + y + x + y + x + y + x + y + x + y + x + y + x + y + x + y + x + y + x + y + x + y + x + y + x + y + x + y + x + y + x + y + i + l + d;
        System.out.println(lots);
        Integer boxed = 5; Character ch = 'Q'; Boolean bo = Boolean.FALSE;
        System.out.println(boxed + ch + "|" + bo + boxed + ch);
        System.out.println("ternary " + (i < 0 ? "neg" : 0) + " nested " + ("<" + ("(" + i + ")") + ">"));
        StringBuilder sb = new StringBuilder("sb");
        System.out.println("builder " + sb + sb.length());
    }
}
