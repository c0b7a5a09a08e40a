import org.keelvm.hal.Console;

/**
 * Spectral norm: the largest singular value of the infinite matrix A(i,j) = 1/((i+j)(i+j+1)/2+i+1), truncated to
 * N x N, by ten rounds of the power method on A'A. Prints the result as raw IEEE 754 bits and in nano-units.
 * Double arithmetic in nested loops over double arrays, with static calls in the inner loop.
 */
public class SpectralNorm {
    static final int N = 500;

    public static void main(String[] args) {
        double[] u = new double[N];
        double[] v = new double[N];
        double[] scratch = new double[N];
        for (int i = 0; i < N; i++) {
            u[i] = 1;
        }
        for (int i = 0; i < 10; i++) {
            multiplyAtAv(u, v, scratch);
            multiplyAtAv(v, u, scratch);
        }
        double vBv = 0;
        double vv = 0;
        for (int i = 0; i < N; i++) {
            vBv += u[i] * v[i];
            vv += v[i] * v[i];
        }
        double norm = Math.sqrt(vBv / vv);
        Console.println(Double.doubleToRawLongBits(norm));
        Console.println((long) (norm * 1e9));
    }

    static double a(int i, int j) {
        int sum = i + j;
        return 1.0 / (sum * (sum + 1) / 2 + i + 1);
    }

    static void multiplyAv(double[] v, double[] out) {
        for (int i = 0; i < N; i++) {
            double sum = 0;
            for (int j = 0; j < N; j++) {
                sum += a(i, j) * v[j];
            }
            out[i] = sum;
        }
    }

    static void multiplyAtv(double[] v, double[] out) {
        for (int i = 0; i < N; i++) {
            double sum = 0;
            for (int j = 0; j < N; j++) {
                sum += a(j, i) * v[j];
            }
            out[i] = sum;
        }
    }

    static void multiplyAtAv(double[] v, double[] out, double[] scratch) {
        multiplyAv(v, scratch);
        multiplyAtv(scratch, out);
    }
}
