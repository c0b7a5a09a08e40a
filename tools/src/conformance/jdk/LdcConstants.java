// ldc/ldc_w/ldc2_w and small-constant bytecodes: int, long, float, double, String, Class literals of every kind, constant folding.
public class LdcConstants {
    static final String FOLDED = "con" + "cat" + 1 + 2L + 'c' + 1.5f + true;
    static final int BIG = 123456789;
    public static void main(String[] args) {
        int[] ints = {-1, 0, 1, 2, 3, 4, 5, -128, 127, -129, 128, -32768, 32767, -32769, 32768, BIG, Integer.MIN_VALUE, Integer.MAX_VALUE};
        for (int i : ints) System.out.print(i + " ");
        System.out.println();
        long[] longs = {0L, 1L, -1L, 2L, 4294967296L, Long.MIN_VALUE, Long.MAX_VALUE, 0xCAFEBABEDEADBEEFL};
        for (long l : longs) System.out.print(l + " ");
        System.out.println();
        float[] floats = {0f, 1f, 2f, -0f, 3.4028235e38f, 1.4e-45f, 0.1f, Float.NaN, 1f / 0f};
        for (float f : floats) System.out.print(f + " ");
        System.out.println();
        double[] doubles = {0d, 1d, -0d, 0.1, 1e308, 4.9e-324, Math.E, Double.NaN, -1d / 0d};
        for (double d : doubles) System.out.print(d + " ");
        System.out.println();
        System.out.println(FOLDED + " " + (FOLDED == ("con" + "cat" + 1 + 2L + 'c' + 1.5f + true)));
        String empty = "", unicode = "\u00e9\u4e2d\ud83d\ude00", escapes = "tab\tq\"b\\";
        System.out.println(empty.length() + " " + unicode.length() + " " + unicode.codePointCount(0, unicode.length()) + " " + escapes);
        Class<?>[] classes = {int.class, long.class, float.class, double.class, boolean.class, byte.class, char.class, short.class, void.class,
                Object.class, String.class, LdcConstants.class, Inner.class, Runnable.class, int[].class, String[][].class, Inner[].class,
                Integer.TYPE, Thread.State.class, java.util.Map.Entry.class};
        for (Class<?> c : classes) System.out.println(c.getName() + " | " + c.getSimpleName() + " | " + c.isPrimitive() + " " + c.isArray() + " " + c.isInterface() + " " + c.isEnum());
        System.out.println((int.class == Integer.TYPE) + " " + (String.class == "x".getClass()) + " " + (int[].class.getComponentType() == int.class));
        String a = "literal", b = "literal";
        System.out.println("same literal " + (a == b) + " " + (a == "lit" + "eral"));
        char c = 'A';
        System.out.println((c + 1) + " " + (char) (c + 1) + " " + (int) '\uffff' + " " + '\n' + "|");
    }
    static class Inner { }
}
