// autoboxing and unboxing in arithmetic, compound assignment, ++ on wrappers, conditional expression unboxing, overload resolution with boxing.
import java.util.ArrayList;
import java.util.List;

public class BoxingArithmetic {
    static String over(int x) { return "int"; }
    static String over(long x) { return "long"; }
    static String over(Integer x) { return "Integer"; }
    static String over(Object x) { return "Object"; }
    static String over(int... x) { return "varargs"; }
    static String only(Object o) { return o.getClass().getSimpleName(); }
    static String wide(long x) { return "long"; }
    static String wide(Integer x) { return "Integer"; }

    public static void main(String[] args) {
        Integer a = 10;
        a++;
        a += 5;
        a = a * 2;
        Integer b = a / 3;
        System.out.println(a + " " + b + " " + (a % 7) + " " + (-a) + " " + (a << 2) + " " + (~a));
        Long l = 5L;
        l *= 1_000_000_000_000L;
        Double d = 1.5;
        d /= 0;
        Character c = 'a';
        c++;
        Short s = 10;
        s++;
        Byte by = 127;
        by++;
        System.out.println(l + " " + d + " " + c + " " + s + " " + by);
        Integer n1 = 5; Double n2 = 2.0;
        System.out.println(n1 / n2 + " " + (n1 + n2) + " " + (true ? n1 : n2) + " " + (false ? 1 : 'a') + " " + (true ? (Object) 1 : "x"));
        System.out.println(over(1) + " " + over(1L) + " " + over((short) 1) + " " + over(Integer.valueOf(1)) + " " + over("s") + " " + over() + " " + over(1, 2));
        System.out.println(only(1) + " " + only(1L) + " " + only(1.0f) + " " + only('c') + " " + only((byte) 1) + " " + only(true) + " " + only(1.0));
        System.out.println(wide(1) + " " + wide(Integer.valueOf(1)));
        List<Integer> list = new ArrayList<>();
        for (int i = 0; i < 10; i++) list.add(i * i);
        int sum = 0;
        for (int x : list) sum += x;
        list.remove(Integer.valueOf(81));
        list.remove(0);
        System.out.println(sum + " " + list);
        Integer x = 3, y = 3;
        System.out.println((x < y) + " " + (x <= y) + " " + x.compareTo(y) + " " + Integer.compare(x, 7) + " " + x.hashCode() + " " + Long.valueOf(-1).hashCode() + " " + Double.valueOf(1.5).hashCode() + " " + Boolean.TRUE.hashCode() + " " + Character.valueOf('a').hashCode());
        Object o = 'x' + 1;
        Object p = (char) ('x' + 1);
        System.out.println(o.getClass().getSimpleName() + " " + o + " " + p.getClass().getSimpleName() + " " + p);
        Number[] nums = {1, 2L, 3.0f, 4.0, (short) 5, (byte) 6, new java.math.BigInteger("7")};
        double total = 0;
        for (Number num : nums) total += num.doubleValue();
        StringBuilder sb = new StringBuilder();
        for (Number num : nums) sb.append(num.intValue()).append(num.getClass().getSimpleName().charAt(0));
        System.out.println(total + " " + sb);
    }
}
