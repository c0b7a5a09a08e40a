// multianewarray and anewarray of arrays: rectangular, jagged, partially specified dimensions, 3-D, array-of-array classes.
import java.util.Arrays;

public class MultiDimArrays {
    public static void main(String[] args) {
        int[][] grid = new int[3][4];
        for (int r = 0; r < 3; r++) for (int c = 0; c < 4; c++) grid[r][c] = r * 10 + c;
        System.out.println(Arrays.deepToString(grid));
        int[][] jag = new int[4][];
        for (int r = 0; r < jag.length; r++) { jag[r] = new int[r + 1]; Arrays.fill(jag[r], r); }
        System.out.println(Arrays.deepToString(jag) + " " + (jag[0].length) + " " + jag[3].length);
        long[][][] cube = new long[2][3][2];
        long n = 0;
        for (long[][] plane : cube) for (long[] row : plane) for (int k = 0; k < row.length; k++) row[k] = n++;
        System.out.println(Arrays.deepToString(cube));
        double[][][] partial = new double[2][][];
        System.out.println("partial " + (partial[0] == null) + " " + partial.length);
        partial[1] = new double[][]{{1.5}, {2.5, 3.5}};
        System.out.println(Arrays.deepToString(partial));
        String[][] names = {{"a", "b"}, {"c"}, {}};
        System.out.println(Arrays.deepToString(names) + " " + names[2].length);
        char[][] board = new char[3][3];
        for (char[] row : board) Arrays.fill(row, '.');
        board[1][1] = 'X'; board[0][2] = 'O';
        for (char[] row : board) System.out.println(new String(row));
        System.out.println(grid.getClass().getName() + " " + cube.getClass().getName() + " " + names.getClass().getName() + " " + board.getClass().getSimpleName());
        Object o = grid;
        System.out.println((o instanceof int[][]) + " " + (o instanceof Object[]) + " " + (grid[0] instanceof int[]) + " " + (o instanceof long[][]));
        boolean[][] flags = new boolean[2][2];
        flags[1][0] = true;
        System.out.println(Arrays.deepToString(flags));
        int[][] zero = new int[0][5];
        System.out.println("zero " + zero.length);
        int[][][] deep = new int[2][0][3];
        System.out.println("deep " + deep.length + " " + deep[1].length);
        int[][] transposed = new int[4][3];
        for (int r = 0; r < 3; r++) for (int c = 0; c < 4; c++) transposed[c][r] = grid[r][c];
        System.out.println(Arrays.deepToString(transposed));
        int[][] pascal = new int[10][];
        for (int r = 0; r < 10; r++) {
            pascal[r] = new int[r + 1];
            pascal[r][0] = pascal[r][r] = 1;
            for (int c = 1; c < r; c++) pascal[r][c] = pascal[r - 1][c - 1] + pascal[r - 1][c];
            System.out.println(Arrays.toString(pascal[r]));
        }
        Object[][] mixed = new Object[2][2];
        mixed[0][0] = "s"; mixed[0][1] = 1; mixed[1][0] = new int[]{1, 2}; mixed[1][1] = mixed[0];
        System.out.println(Arrays.deepToString(mixed));
    }
}
