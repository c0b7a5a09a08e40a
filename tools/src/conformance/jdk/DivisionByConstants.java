// integer division and remainder by constants and powers of two across signs and extremes (the cases where compilers substitute shifts and multiplies), checked against variable divisors.
public class DivisionByConstants {
    static int var(int d) { return d; }

    public static void main(String[] args) {
        int[] xs = {0, 1, -1, 2, -2, 3, -3, 7, -7, 9, -9, 10, -10, 99, -99, 1000003, -1000003, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE + 1};
        for (int x : xs) {
            System.out.println(x + ": /2=" + x / 2 + " %2=" + x % 2 + " /3=" + x / 3 + " %3=" + x % 3 + " /4=" + x / 4 + " %4=" + x % 4 + " /7=" + x / 7 + " %7=" + x % 7
                + " /10=" + x / 10 + " %10=" + x % 10 + " /16=" + x / 16 + " %16=" + x % 16 + " /-3=" + x / -3 + " %-3=" + x % -3 + " /1000=" + x / 1000 + " >>1=" + (x >> 1) + " &3=" + (x & 3));
        }
        int mismatches = 0;
        int[] ds = {2, 3, 4, 5, 6, 7, 8, 9, 10, 16, 100, 1000, 65536, -1, -2, -7, -16};
        for (int x = -5000; x <= 5000; x += 7) {
            for (int d : ds) {
                int q, r;
                switch (d) {
                    case 2: q = x / 2; r = x % 2; break; case 3: q = x / 3; r = x % 3; break; case 4: q = x / 4; r = x % 4; break;
                    case 5: q = x / 5; r = x % 5; break; case 6: q = x / 6; r = x % 6; break; case 7: q = x / 7; r = x % 7; break;
                    case 8: q = x / 8; r = x % 8; break; case 9: q = x / 9; r = x % 9; break; case 10: q = x / 10; r = x % 10; break;
                    case 16: q = x / 16; r = x % 16; break; case 100: q = x / 100; r = x % 100; break; case 1000: q = x / 1000; r = x % 1000; break;
                    case 65536: q = x / 65536; r = x % 65536; break; case -1: q = x / -1; r = x % -1; break; case -2: q = x / -2; r = x % -2; break;
                    case -7: q = x / -7; r = x % -7; break; default: q = x / -16; r = x % -16;
                }
                if (q != x / var(d) || r != x % var(d) || q * d + r != x) mismatches++;
            }
        }
        System.out.println("int mismatches " + mismatches);
        long[] ls = {0L, -1L, 123456789012345L, -123456789012345L, Long.MAX_VALUE, Long.MIN_VALUE};
        for (long x : ls) System.out.println(x + ": /3=" + x / 3 + " %3=" + x % 3 + " /10=" + x / 10 + " %10=" + x % 10 + " /1024=" + x / 1024 + " %1024=" + x % 1024 + " /-7=" + x / -7 + " >>10=" + (x >> 10) + " >>>10=" + (x >>> 10));
        long digits = 0;
        for (long v = Long.MAX_VALUE; v != 0; v /= 10) digits += v % 10;
        System.out.println("digit sum of Long.MAX_VALUE " + digits + " Integer.MIN_VALUE/-1 via constant " + (Integer.MIN_VALUE / -1) + " " + (Long.MIN_VALUE / -1));
    }
}
