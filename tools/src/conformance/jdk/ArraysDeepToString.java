// Arrays.toString of every primitive array type and null, deepToString with nested, mixed and self-referential arrays.
import java.util.Arrays;

public class ArraysDeepToString {
    public static void main(String[] args) {
        System.out.println(Arrays.toString(new boolean[]{true, false}) + Arrays.toString(new byte[]{-1, 0}) + Arrays.toString(new char[]{'a', 'b'})
            + Arrays.toString(new short[]{-5}) + Arrays.toString(new int[0]) + Arrays.toString(new long[]{Long.MAX_VALUE}) + Arrays.toString(new float[]{1.5f, Float.NaN})
            + Arrays.toString(new double[]{-0.0, 1e100}) + Arrays.toString(new Object[]{null, "s", 1}) + Arrays.toString((int[]) null));
        Object[] nested = {1, new int[]{2, 3}, new String[]{"a", null}, new Object[]{new long[]{4L}, new double[][]{{5.5}}}, null, new char[]{'x'}, new boolean[0]};
        System.out.println(Arrays.deepToString(nested));
        Object[] self = new Object[3];
        self[0] = "head"; self[1] = self; self[2] = new Object[]{self, "tail"};
        System.out.println(Arrays.deepToString(self));
        int[][][] cube = new int[2][2][2];
        cube[1][1][1] = 9;
        System.out.println(Arrays.deepToString(cube) + " " + Arrays.deepToString(null) + " " + Arrays.deepToString(new Object[0]));
        String[][] table = {{"r0c0", "r0c1"}, {"r1c0"}, {}};
        System.out.println(Arrays.deepToString(table));
        for (String[] row : table) System.out.println(Arrays.toString(row) + " " + row.length);
        Integer[][] boxed = {{1, null}, {3, 4}};
        System.out.println(Arrays.deepToString(boxed) + " " + Arrays.asList(boxed[1]));
        byte[][] bytes = {{1, 2}, {-3}};
        System.out.println(Arrays.deepToString(bytes));
        System.out.println(Arrays.toString(new Object[]{new int[0]}).startsWith("[[I@"));
    }
}
