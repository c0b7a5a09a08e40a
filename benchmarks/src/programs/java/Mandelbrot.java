import org.keelvm.hal.Console;

/**
 * Mandelbrot: iterates z = z^2 + c over a SIZE x SIZE grid of the square [-1.5, 0.5] x [-1, 1] and counts the points
 * whose orbit stays within radius 2 for ITERATIONS steps. Prints that count and a position-weighted checksum of the
 * points in the set. Double arithmetic and comparisons in a tight loop, no memory traffic.
 */
public class Mandelbrot {
    static final int SIZE = 800;
    static final int ITERATIONS = 50;

    public static void main(String[] args) {
        long inside = 0;
        long checksum = 0;
        for (int y = 0; y < SIZE; y++) {
            double ci = 2.0 * y / SIZE - 1.0;
            for (int x = 0; x < SIZE; x++) {
                double cr = 2.0 * x / SIZE - 1.5;
                if (staysBounded(cr, ci)) {
                    inside++;
                    checksum = checksum * 31 + (long) y * SIZE + x;
                }
            }
        }
        Console.println(inside);
        Console.println(checksum);
    }

    static boolean staysBounded(double cr, double ci) {
        double zr = 0;
        double zi = 0;
        for (int i = 0; i < ITERATIONS; i++) {
            double zr2 = zr * zr;
            double zi2 = zi * zi;
            if (zr2 + zi2 > 4.0) {
                return false;
            }
            zi = 2.0 * zr * zi + ci;
            zr = zr2 - zi2 + cr;
        }
        return true;
    }
}
