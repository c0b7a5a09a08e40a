// loop and branch structures: for/while/do-while, labeled break/continue across nested loops, enhanced for over arrays and Iterables, conditional chains, loop-carried long/double state.
import java.util.List;

public class ControlFlowLoops {
    public static void main(String[] args) {
        int i = 0, evens = 0;
        while (i < 100) { if (i++ % 2 == 0) evens++; }
        int j = 100, dw = 0;
        do { dw += j; j -= 7; } while (j > 0);
        int once = 0;
        do { once++; } while (false);
        System.out.println(evens + " " + dw + " " + once);
        StringBuilder sb = new StringBuilder();
        outer:
        for (int a = 0; a < 5; a++) {
            inner:
            for (int b = 0; b < 5; b++) {
                if (b > a) continue outer;
                if (a + b == 6) break outer;
                if ((a * b) % 3 == 2) continue inner;
                sb.append(a).append(b).append(' ');
            }
        }
        System.out.println(sb);
        int found = -1;
        search:
        {
            for (int r = 0; r < 10; r++) for (int c = 0; c < 10; c++) if (r * c == 42) { found = r * 10 + c; break search; }
            found = -2;
        }
        System.out.println("found " + found);
        int[] data = {3, -1, 4, -1, 5, -9, 2, 6};
        int pos = 0, neg = 0;
        for (int v : data) { if (v > 0) pos += v; else if (v < -5) neg += v * 10; else neg += v; }
        System.out.println(pos + " " + neg);
        long fibA = 0, fibB = 1;
        for (int k = 0; k < 90; k++) { long t = fibA + fibB; fibA = fibB; fibB = t; }
        System.out.println("fib90 " + fibA);
        double x = 2;
        for (int k = 0; k < 6; k++) x = x - (x * x - 2) / (2 * x);
        System.out.println("newton sqrt2 " + x);
        int collatzMax = 0, arg = 0;
        for (int n = 1; n < 1000; n++) {
            long m = n; int steps = 0;
            while (m != 1) { m = (m & 1) == 0 ? m >> 1 : 3 * m + 1; steps++; }
            if (steps > collatzMax) { collatzMax = steps; arg = n; }
        }
        System.out.println("collatz " + arg + " " + collatzMax);
        int count = 0;
        for (int a = 0, b = 10; a < b; a++, b--) count += b - a;
        for (;;) { if (++count > 40) break; }
        System.out.println("multi-var for " + count);
        for (String s : List.of("x", "yy", "zzz")) { switch (s.length()) { case 1: System.out.print("one "); break; case 2: System.out.print("two "); continue; default: System.out.print("many "); } System.out.print("| "); }
        System.out.println();
        int k = 0;
        while (true) { k++; if (k % 7 == 0 && k % 5 == 0) break; }
        System.out.println("first multiple of 35: " + k);
        var total = 0L;
        for (var v : new long[]{1L << 40, 1L << 41}) total += v;
        System.out.println("var loop " + total);
    }
}
