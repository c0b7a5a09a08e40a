// Conway's Game of Life on a wrapping boolean[][] grid: glider and blinker generations printed as text, population counts, and a long-run checksum.
public class GameOfLife {
    static boolean[][] step(boolean[][] g) {
        int h = g.length, w = g[0].length;
        boolean[][] n = new boolean[h][w];
        for (int r = 0; r < h; r++)
            for (int c = 0; c < w; c++) {
                int live = 0;
                for (int dr = -1; dr <= 1; dr++) for (int dc = -1; dc <= 1; dc++) if ((dr | dc) != 0 && g[(r + dr + h) % h][(c + dc + w) % w]) live++;
                n[r][c] = g[r][c] ? live == 2 || live == 3 : live == 3;
            }
        return n;
    }
    static String show(boolean[][] g) {
        StringBuilder sb = new StringBuilder();
        for (boolean[] row : g) { for (boolean b : row) sb.append(b ? '#' : '.'); sb.append('\n'); }
        return sb.toString();
    }
    static int population(boolean[][] g) { int p = 0; for (boolean[] row : g) for (boolean b : row) if (b) p++; return p; }

    public static void main(String[] args) {
        boolean[][] g = new boolean[8][10];
        int[][] glider = {{0, 1}, {1, 2}, {2, 0}, {2, 1}, {2, 2}};
        for (int[] p : glider) g[p[0]][p[1]] = true;
        g[5][6] = g[5][7] = g[5][8] = true;
        for (int gen = 0; gen <= 4; gen++) {
            System.out.println("generation " + gen + " population " + population(g));
            System.out.print(show(g));
            g = step(g);
        }
        java.util.Random r = new java.util.Random(7);
        boolean[][] soup = new boolean[32][32];
        for (boolean[] row : soup) for (int c = 0; c < row.length; c++) row[c] = r.nextInt(3) == 0;
        StringBuilder pops = new StringBuilder();
        long checksum = 0;
        for (int gen = 0; gen < 200; gen++) {
            if (gen % 20 == 0) pops.append(population(soup)).append(' ');
            soup = step(soup);
            for (int i = 0; i < 32; i++) for (int j = 0; j < 32; j++) if (soup[i][j]) checksum = checksum * 31 + i * 32 + j & 0xFFFFFFFFFFFFL;
        }
        System.out.println("soup populations " + pops + "final " + population(soup) + " checksum " + checksum);
    }
}
