// java.lang.reflect.Array on every element type: get/set with boxing and widening, the typed getters and setters, and HotSpot's exceptions (null, not an array, not a primitive array, type mismatch, bounds without a message).
import java.lang.reflect.Array;
import java.util.Arrays;

public class ReflectiveArrayAccess {
    interface Action { void run() throws Exception; }

    static void attempt(String what, Action action) {
        try {
            action.run();
            System.out.println(what + ": ok");
        } catch (Exception e) {
            System.out.println(what + ": " + e);
        }
    }

    public static void main(String[] args) {
        int[] ints = new int[3];
        long[] longs = new long[3];
        byte[] bytes = new byte[3];
        char[] chars = new char[3];
        double[] doubles = new double[3];
        float[] floats = new float[3];
        boolean[] flags = new boolean[2];
        Object[] strings = new String[] {"first", null};
        Arrays.fill(chars, 'a');
        attempt("set int[] null", () -> Array.set(ints, 0, null));
        attempt("set int[] Short", () -> Array.set(ints, 0, (short) 3));
        attempt("set int[] Long", () -> Array.set(ints, 1, 3L));
        attempt("set int[] out of bounds", () -> Array.set(ints, 5, 3));
        attempt("setInt long[]", () -> Array.setInt(longs, 0, 3));
        attempt("setLong int[]", () -> Array.setLong(ints, 0, 3));
        attempt("setInt String[]", () -> Array.setInt(strings, 0, 3));
        attempt("getInt long[]", () -> Array.getInt(longs, 0));
        attempt("getLong int[]", () -> System.out.println(Array.getLong(ints, 0)));
        attempt("getInt null", () -> Array.getInt(null, 0));
        attempt("getInt String", () -> Array.getInt("x", 0));
        attempt("set String[] Integer", () -> Array.set(strings, 0, 5));
        attempt("getInt int[] -1", () -> Array.getInt(ints, -1));
        attempt("setBoolean int[]", () -> Array.setBoolean(ints, 0, true));
        attempt("getChar byte[]", () -> Array.getChar(bytes, 0));
        attempt("setChar double[]", () -> Array.setChar(doubles, 0, 'x'));
        attempt("get int[] 3", () -> Array.get(ints, 3));
        attempt("setByte float[]", () -> Array.setByte(floats, 1, (byte) -7));
        attempt("setFloat double[]", () -> Array.setFloat(doubles, 1, 1.5f));
        attempt("setDouble float[]", () -> Array.setDouble(floats, 0, 1.5));
        attempt("setChar int[]", () -> Array.setChar(ints, 2, 'A'));
        attempt("set boolean[] Boolean", () -> Array.set(flags, 1, Boolean.TRUE));
        attempt("set char[] Character", () -> Array.set(chars, 0, 'z'));
        attempt("set long[] Character", () -> Array.set(longs, 2, 'c'));
        attempt("getDouble char[]", () -> System.out.println(Array.getDouble(chars, 0)));
        attempt("getFloat long[]", () -> System.out.println(Array.getFloat(longs, 2)));
        attempt("getShort byte[]", () -> System.out.println(Array.getShort(bytes, 0)));
        attempt("getBoolean boolean[]", () -> System.out.println(Array.getBoolean(flags, 1)));
        attempt("getLength", () -> System.out.println(Array.getLength(doubles) + " " + Array.getLength(new int[0][5])));
        System.out.println(Arrays.toString(ints) + " " + Arrays.toString(longs) + " " + Arrays.toString(floats) + " "
                + Arrays.toString(doubles) + " " + Arrays.toString(chars) + " " + Arrays.toString(flags) + " "
                + Arrays.toString(strings));
        for (Object array : new Object[] {ints, longs, bytes, chars, doubles, floats, flags, strings}) {
            System.out.print(Array.get(array, 0) + "/" + Array.get(array, 0).getClass().getSimpleName() + " ");
        }
        System.out.println();
    }
}
