// int arithmetic bytecodes (iadd isub imul idiv irem ineg ishl ishr iushr iand ior ixor) at overflow and sign edges.
public class IntArithmeticEdges {
    static int[] values = {0, 1, -1, 2, -2, 7, -7, 100, 65535, 65536, Integer.MAX_VALUE, Integer.MIN_VALUE, 0x55555555, 0xAAAAAAAA};

    public static void main(String[] args) {
        for (int a : values) {
            StringBuilder sb = new StringBuilder();
            sb.append(a).append(": neg=").append(-a).append(" x3=").append(a * 3).append(" +max=").append(a + Integer.MAX_VALUE)
              .append(" -min=").append(a - Integer.MIN_VALUE);
            System.out.println(sb);
        }
        int[] divisors = {1, -1, 2, -2, 3, -3, 7, Integer.MAX_VALUE, Integer.MIN_VALUE};
        int[] dividends = {0, 7, -7, 100, -100, Integer.MAX_VALUE, Integer.MIN_VALUE};
        for (int a : dividends) {
            StringBuilder sb = new StringBuilder("div " + a + ":");
            for (int b : divisors) sb.append(' ').append(a / b).append('r').append(a % b);
            System.out.println(sb);
        }
        System.out.println("MIN/-1=" + (Integer.MIN_VALUE / -1) + " MIN%-1=" + (Integer.MIN_VALUE % -1));
        for (int s = -33; s <= 65; s += 7) {
            System.out.println("shift " + s + ": " + (1 << s) + " " + (-1 >> s) + " " + (-1 >>> s) + " " + (0x12345678 << s) + " " + (0x87654321 >> s) + " " + (0x87654321 >>> s));
        }
        int x = 0xF0F0F0F0, y = 0x0FF00FF0;
        System.out.println((x & y) + " " + (x | y) + " " + (x ^ y) + " " + (~x) + " " + (x & ~y));
        int acc = 1;
        for (int i = 0; i < 40; i++) acc = acc * 31 + i;
        System.out.println("hashlike=" + acc);
        int m = Integer.MAX_VALUE;
        m++;
        System.out.println("max++=" + m);
        m--;
        System.out.println("min--=" + m);
        System.out.println("mul " + (Integer.MAX_VALUE * Integer.MAX_VALUE) + " " + (Integer.MIN_VALUE * -1) + " " + (46341 * 46341));
    }
}
