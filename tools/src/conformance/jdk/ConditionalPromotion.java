// ?: typing rules: binary numeric promotion between boxed and primitive operands, null-unboxing NPE, char/int constant narrowing, reference conditional lub types, nested conditionals.
import java.io.Serializable;

public class ConditionalPromotion {
    static boolean t() { return Boolean.parseBoolean("true"); }
    static boolean f() { return !t(); }

    public static void main(String[] args) {
        Object o1 = t() ? 1 : 2.0;
        Object o2 = t() ? Integer.valueOf(1) : Double.valueOf(2.0);
        Object o3 = t() ? (Object) 1 : 2.0;
        Object o4 = t() ? 'a' : 0;
        Object o5 = t() ? 'a' : 70000;
        int i = 66;
        Object o6 = t() ? 'a' : i;
        Object o7 = f() ? 1L : 'c';
        Object o8 = t() ? (byte) 1 : (short) 2;
        System.out.println(o1 + ":" + o1.getClass().getSimpleName() + " " + o2 + ":" + o2.getClass().getSimpleName() + " " + o3 + ":" + o3.getClass().getSimpleName() + " " + o4 + ":" + o4.getClass().getSimpleName()
            + " " + o5 + ":" + o5.getClass().getSimpleName() + " " + o6 + ":" + o6.getClass().getSimpleName() + " " + o7 + ":" + o7.getClass().getSimpleName() + " " + o8 + ":" + o8.getClass().getSimpleName());
        Integer nul = null;
        try { Integer r = t() ? nul : 0; System.out.println("result " + r); } catch (NullPointerException e) { System.out.println("Integer/int conditional unboxes null -> NPE"); }
        Integer safe = t() ? nul : Integer.valueOf(0);
        System.out.println("both boxed keeps null: " + safe);
        Serializable s = t() ? "string" : 42;
        Comparable<?> c = f() ? "string" : 42;
        System.out.println(s.getClass().getSimpleName() + " " + c.getClass().getSimpleName());
        long l = t() ? Integer.MAX_VALUE : 1L;
        float fl = t() ? 16777217 : 1.0f;
        double d = f() ? 1 : 'x';
        System.out.println(l + " " + fl + " " + d);
        for (int n = -2; n <= 2; n++) System.out.print((n < 0 ? "neg" : n == 0 ? "zero" : n == 1 ? "one" : "many") + " ");
        System.out.println();
        char ch = t() ? 'x' : 'y';
        short sh = f() ? (short) 1 : 2;
        byte by = t() ? 127 : (byte) 0;
        System.out.println(ch + " " + sh + " " + by + " " + (t() ? null : 0) + " " + (f() ? "a" : null));
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < 6; k++) sb.append(k % 2 == 0 ? k : (char) ('a' + k)).append(',');
        System.out.println(sb);
        System.out.println(t() ? 1 : 'b');
        System.out.println(f() ? 1 : 'b');
        System.out.println(f() ? i : 'b');
    }
}
