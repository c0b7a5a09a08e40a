// recursive algorithms: Towers of Hanoi, permutations, power set, N-queens count, flood fill, memoized partition numbers, mutual recursion.
import java.util.ArrayList;
import java.util.List;

public class RecursionAlgorithms {
    static int moves;
    static void hanoi(int n, char from, char to, char via, StringBuilder sb) {
        if (n == 0) return;
        hanoi(n - 1, from, via, to, sb);
        moves++;
        if (sb.length() < 80) sb.append(from).append(to).append(' ');
        hanoi(n - 1, via, to, from, sb);
    }
    static void permute(String prefix, String rest, List<String> out) {
        if (rest.isEmpty()) { out.add(prefix); return; }
        for (int i = 0; i < rest.length(); i++) permute(prefix + rest.charAt(i), rest.substring(0, i) + rest.substring(i + 1), out);
    }
    static List<List<Integer>> powerSet(List<Integer> items) {
        if (items.isEmpty()) { List<List<Integer>> base = new ArrayList<>(); base.add(new ArrayList<>()); return base; }
        List<List<Integer>> rest = powerSet(items.subList(1, items.size()));
        List<List<Integer>> out = new ArrayList<>(rest);
        for (List<Integer> s : rest) { List<Integer> w = new ArrayList<>(); w.add(items.get(0)); w.addAll(s); out.add(w); }
        return out;
    }
    static int queens(int n, int row, int cols, int d1, int d2) {
        if (row == n) return 1;
        int count = 0;
        for (int c = 0; c < n; c++) {
            if ((cols >> c & 1) == 1 || (d1 >> (row + c) & 1) == 1 || (d2 >> (row - c + n) & 1) == 1) continue;
            count += queens(n, row + 1, cols | 1 << c, d1 | 1 << (row + c), d2 | 1 << (row - c + n));
        }
        return count;
    }
    static int fill(char[][] g, int r, int c) {
        if (r < 0 || c < 0 || r >= g.length || c >= g[0].length || g[r][c] != '.') return 0;
        g[r][c] = '#';
        return 1 + fill(g, r + 1, c) + fill(g, r - 1, c) + fill(g, r, c + 1) + fill(g, r, c - 1);
    }
    static long[][] memo = new long[101][101];
    static long partitions(int n, int max) {
        if (n == 0) return 1;
        if (n < 0 || max == 0) return 0;
        if (memo[n][max] != 0) return memo[n][max];
        return memo[n][max] = partitions(n - max, max) + partitions(n, max - 1);
    }
    static boolean isEven(int n) { return n == 0 || isOdd(n - 1); }
    static boolean isOdd(int n) { return n != 0 && isEven(n - 1); }

    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        hanoi(10, 'A', 'C', 'B', sb);
        System.out.println("hanoi moves " + moves + " first " + sb.toString().trim());
        List<String> perms = new ArrayList<>();
        permute("", "abcd", perms);
        System.out.println(perms.size() + " " + perms);
        System.out.println(powerSet(List.of(1, 2, 3)));
        for (int n = 1; n <= 9; n++) System.out.print(queens(n, 0, 0, 0, 0) + " ");
        System.out.println();
        String[] map = {"..#.....", ".##.###.", "....#...", "###.#.##", "....#..."};
        char[][] g = new char[map.length][];
        for (int i = 0; i < map.length; i++) g[i] = map[i].toCharArray();
        System.out.println("filled " + fill(g, 0, 0));
        for (char[] row : g) System.out.println(new String(row));
        System.out.println("p(10)=" + partitions(10, 10) + " p(50)=" + partitions(50, 50) + " p(100)=" + partitions(100, 100));
        System.out.println(isEven(1000) + " " + isOdd(777));
    }
}
