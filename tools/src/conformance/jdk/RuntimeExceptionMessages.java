// messages of VM-thrown runtime exceptions: ArithmeticException "/ by zero", ArrayIndexOutOfBounds "Index 5 out of bounds for length 3", NegativeArraySize, StringIndexOutOfBounds, ArrayStore.
public class RuntimeExceptionMessages {
    static void attempt(String what, Runnable r) {
        try { r.run(); System.out.println(what + ": no exception"); }
        catch (RuntimeException e) { System.out.println(what + ": " + e.getClass().getName() + ": " + e.getMessage()); }
    }
    static int zero() { return 0; }

    public static void main(String[] args) {
        attempt("idiv", () -> System.out.println(1 / zero()));
        attempt("irem", () -> System.out.println(1 % zero()));
        attempt("ldiv", () -> System.out.println(1L / zero()));
        attempt("lrem", () -> System.out.println(1L % (long) zero()));
        attempt("fdiv is fine", () -> System.out.println(1f / zero()));
        attempt("ddiv is fine", () -> System.out.println(1.0 % zero()));
        int[] three = new int[3];
        attempt("iaload 5", () -> System.out.println(three[5]));
        attempt("iastore -1", () -> three[-1] = 0);
        attempt("iaload length", () -> System.out.println(three[three.length]));
        attempt("baload", () -> System.out.println((new byte[0])[0]));
        attempt("caload", () -> System.out.println((new char[2])[2]));
        attempt("saload", () -> System.out.println((new short[1])[Integer.MAX_VALUE]));
        attempt("laload", () -> System.out.println((new long[4])[4]));
        attempt("faload", () -> System.out.println((new float[1])[Integer.MIN_VALUE]));
        attempt("daload", () -> System.out.println((new double[7])[100]));
        attempt("aaload", () -> System.out.println((new String[2])[3]));
        attempt("bastore boolean", () -> { boolean[] b = new boolean[1]; b[1] = true; });
        attempt("2D inner", () -> System.out.println((new int[2][3])[1][3]));
        attempt("newarray -1", () -> System.out.println(new int[zero() - 1].length));
        attempt("anewarray -5", () -> System.out.println(new String[zero() - 5].length));
        attempt("multianewarray -2", () -> System.out.println(new int[2][zero() - 2].length));
        attempt("multianewarray first -3", () -> System.out.println(new long[zero() - 3][2].length));
        attempt("newarray MIN", () -> System.out.println(new byte[Integer.MIN_VALUE].length));
        Object[] strings = new String[2];
        attempt("aastore Integer into String[]", () -> strings[0] = 1);
        attempt("aastore Object into String[]", () -> strings[1] = new Object());
        Object[] nums = new Integer[1];
        attempt("aastore Long into Integer[]", () -> nums[0] = 5L);
        Object[][] grid = new String[1][1];
        attempt("aastore Integer[] into String[][]", () -> grid[0] = new Integer[0]);
        Number[] numbers = new Double[1];
        attempt("aastore Float into Double[]", () -> numbers[0] = 1.5f);
        attempt("aastore null is fine", () -> strings[0] = null);
        attempt("charAt", () -> "abc".charAt(5));
        attempt("substring", () -> "abc".substring(2, 1));
        attempt("substring end", () -> "abc".substring(0, 10));
        attempt("substring begin", () -> "abc".substring(-1));
        attempt("String(char[],off,len)", () -> new String(new char[2], 1, 5));
        attempt("codePointAt", () -> "abc".codePointAt(3));
        attempt("List.get", () -> java.util.List.of(1, 2).get(2));
        attempt("ArrayList.get", () -> new java.util.ArrayList<Integer>().get(0));
        attempt("Objects.checkIndex", () -> java.util.Objects.checkIndex(4, 4));
    }
}
