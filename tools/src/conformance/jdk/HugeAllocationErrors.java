// allocations that can never succeed regardless of heap size: arrays at and near Integer.MAX_VALUE length for every element type (OutOfMemoryError "Requested array size exceeds VM limit"), multi-dimensional sizes, and library-level size overflows (String.repeat, StringBuilder, ArrayList, Arrays.copyOf, String.join) with their messages; the program recovers after each.
import java.util.*;

public class HugeAllocationErrors {
    interface Alloc { Object run(); }

    static void t(String label, Alloc a) {
        try {
            Object o = a.run();
            System.out.println(label + ": allocated?! " + (o == null ? "null" : o.getClass().getSimpleName()));
        } catch (OutOfMemoryError e) {
            System.out.println(label + ": OOME " + e.getMessage());
        } catch (RuntimeException e) {
            System.out.println(label + ": " + e.getClass().getSimpleName() + " " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        int max = Integer.MAX_VALUE;
        t("byte[MAX]", () -> new byte[max]);
        t("byte[MAX-1]", () -> new byte[max - 1]);
        t("boolean[MAX]", () -> new boolean[max]);
        t("char[MAX]", () -> new char[max]);
        t("short[MAX-1]", () -> new short[max - 1]);
        t("int[MAX]", () -> new int[max]);
        t("float[MAX]", () -> new float[max]);
        t("long[MAX]", () -> new long[max]);
        t("long[MAX-1]", () -> new long[max - 1]);
        t("double[MAX]", () -> new double[max]);
        t("Object[MAX]", () -> new Object[max]);
        t("String[MAX-1]", () -> new String[max - 1]);
        t("int[MAX][0]", () -> new int[max][0]);
        t("int[2][MAX]", () -> new int[2][max]);
        t("reflect Array.newInstance long MAX", () -> java.lang.reflect.Array.newInstance(long.class, max));
        t("repeat overflow", () -> "abc".repeat(max / 2));
        t("repeat MAX of 1 char", () -> "x".repeat(max));
        t("ArrayList(MAX)", () -> new ArrayList<Integer>(max));
        t("HashMap(MAX)", () -> new HashMap<Integer, Integer>(max).size());
        t("StringBuilder(MAX)", () -> new StringBuilder(max));
        t("Arrays.copyOf long MAX", () -> Arrays.copyOf(new long[1], max));
        t("String(char[]) via copyOf", () -> new String(Arrays.copyOf(new char[0], max)));
        t("ArrayDeque(MAX)", () -> new ArrayDeque<Integer>(max));
        t("negative", () -> new byte[-1]);
        int[] survivor = new int[1000];
        for (int i = 0; i < survivor.length; i++) survivor[i] = i * i;
        long sum = 0;
        for (int v : survivor) sum += v;
        System.out.println("recovered, normal allocation works: sum=" + sum);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 1000; i++) sb.append(i);
        System.out.println("builder length " + sb.length());
    }
}
