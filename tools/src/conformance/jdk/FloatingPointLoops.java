// floating-point loops whose exact results depend on IEEE rounding: Kahan vs naive sums, harmonic series, float accumulation, matrix multiply, Mandelbrot escape counts as ASCII.
public class FloatingPointLoops {
    public static void main(String[] args) {
        double naive = 0, sum = 0, comp = 0;
        for (int i = 0; i < 100000; i++) {
            double x = 0.1;
            naive += x;
            double y = x - comp, t = sum + y;
            comp = (t - sum) - y;
            sum = t;
        }
        System.out.println("naive " + naive + " kahan " + sum);
        float f = 0;
        for (int i = 0; i < 20000000 / 1000; i++) f += 0.001f;
        float big = 1e8f;
        for (int i = 0; i < 1000; i++) big += 1f;
        System.out.println("float acc " + f + " absorbed " + big);
        double h = 0, hr = 0;
        for (int i = 1; i <= 10000; i++) h += 1.0 / i;
        for (int i = 10000; i >= 1; i--) hr += 1.0 / i;
        System.out.println("harmonic forward " + h + " backward " + hr + " same " + (h == hr));
        double[][] a = new double[6][6], b = new double[6][6], c = new double[6][6];
        for (int i = 0; i < 6; i++) for (int j = 0; j < 6; j++) { a[i][j] = (i + 1) / (double) (j + 2); b[i][j] = Math.sqrt(i * 6 + j + 1); }
        for (int i = 0; i < 6; i++) for (int j = 0; j < 6; j++) { double s = 0; for (int k = 0; k < 6; k++) s += a[i][k] * b[k][j]; c[i][j] = s; }
        for (double[] row : c) System.out.println(java.util.Arrays.toString(row));
        StringBuilder sb = new StringBuilder();
        for (int y = 0; y < 21; y++) {
            for (int x = 0; x < 64; x++) {
                double cr = -2.2 + x * 3.2 / 64, ci = -1.2 + y * 2.4 / 20, zr = 0, zi = 0;
                int n = 0;
                while (n < 60 && zr * zr + zi * zi <= 4) { double t = zr * zr - zi * zi + cr; zi = 2 * zr * zi + ci; zr = t; n++; }
                sb.append(" .:-=+*#%@".charAt(n >= 60 ? 9 : n % 9));
            }
            sb.append('\n');
        }
        System.out.print(sb);
        double e = 1, term = 1;
        for (int i = 1; i < 20; i++) { term /= i; e += term; }
        double pi = 0;
        for (int k = 0; k < 100000; k++) pi += (k % 2 == 0 ? 4.0 : -4.0) / (2 * k + 1);
        System.out.println("e " + e + " " + (e == Math.E) + " leibniz pi " + pi);
        float ff = 1.0f / 3;
        double dd = ff;
        System.out.println(ff * 3 + " " + dd * 3 + " " + (float) (dd * 3) + " " + (0.1f + 0.2f) + " " + (0.1f + 0.2) + " " + ((double) 0.1f == 0.1));
    }
}
