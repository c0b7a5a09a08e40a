// JLS evaluation order: left-to-right operands, argument evaluation before call, compound assignment saving the left operand, array index before RHS, short-circuit && || and ?:.
public class EvaluationOrder {
    static StringBuilder log = new StringBuilder();
    static int t(String name, int v) { log.append(name).append(' '); return v; }
    static boolean b(String name, boolean v) { log.append(name).append(' '); return v; }
    static int[] arr(String name, int[] a) { log.append(name).append(' '); return a; }
    static String flush() { String s = log.toString().trim(); log.setLength(0); return s; }
    static int f(int a, int b, int c) { log.append("call "); return a * 100 + b * 10 + c; }

    public static void main(String[] args) {
        int r = t("a", 1) + t("b", 2) * t("c", 3);
        System.out.println(r + " [" + flush() + "]");
        r = f(t("x", 1), t("y", 2), t("z", 3));
        System.out.println(r + " [" + flush() + "]");
        int i = 0;
        i = i++ + i++;
        System.out.println("i++ + i++ = " + i);
        int k = 1;
        k += k++ * 10 + k;
        System.out.println("k += k++*10 + k -> " + k);
        int[] a = {0, 0, 0};
        int idx = 0;
        a[idx++] = idx;
        a[idx] = idx = 2;
        System.out.println(java.util.Arrays.toString(a) + " idx=" + idx);
        int[] data = {10, 20, 30};
        arr("array", data)[t("index", 1)] = t("value", 5);
        System.out.println(java.util.Arrays.toString(data) + " [" + flush() + "]");
        try { arr("nullarray", null)[t("idx", 0)] = t("rhs", 1); } catch (NullPointerException e) { System.out.println("NPE after [" + flush() + "]"); }
        try { arr("short", new int[1])[t("bad", 5)] = t("rhs2", 1); } catch (ArrayIndexOutOfBoundsException e) { System.out.println("AIOOBE after [" + flush() + "]"); }
        boolean res = b("p", false) && b("q", true);
        res |= b("r", true) || b("s", true);
        res = b("u", true) & b("v", false) | b("w", true);
        System.out.println(res + " [" + flush() + "]");
        int c = b("cond", true) ? t("then", 1) : t("else", 2);
        System.out.println(c + " [" + flush() + "]");
        int x = 5;
        x = x++ * 2 + x--;
        System.out.println("x = " + x);
        int y = 10;
        y -= y = 3;
        System.out.println("y -= y = 3 -> " + y);
        int z = 1;
        z = z + (z = 5) * z;
        System.out.println("z = " + z);
        String s = "a";
        s += s += "b";
        System.out.println("s += s += b -> " + s);
        int div = 0;
        try { int q = t("left", 1) / t("zero", div); } catch (ArithmeticException e) { System.out.println("both operands evaluated before / [" + flush() + "] " + e.getMessage()); }
        long big = t("m", 1000000) * t("n", 1000000);
        long bigL = (long) t("m", 1000000) * t("n", 1000000);
        System.out.println(big + " " + bigL + " [" + flush() + "]");
    }
}
