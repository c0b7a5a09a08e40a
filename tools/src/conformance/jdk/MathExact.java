// Math *Exact methods: overflow throws ArithmeticException with its message, plus successful results near the limits.
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

public class MathExact {
    static void i(String what, IntSupplier s) {
        try { System.out.println(what + " = " + s.getAsInt()); } catch (ArithmeticException e) { System.out.println(what + " -> " + e.getMessage()); }
    }
    static void l(String what, LongSupplier s) {
        try { System.out.println(what + " = " + s.getAsLong()); } catch (ArithmeticException e) { System.out.println(what + " -> " + e.getMessage()); }
    }

    public static void main(String[] args) {
        i("addExact(MAX-1,1)", () -> Math.addExact(Integer.MAX_VALUE - 1, 1));
        i("addExact(MAX,1)", () -> Math.addExact(Integer.MAX_VALUE, 1));
        i("addExact(MIN,-1)", () -> Math.addExact(Integer.MIN_VALUE, -1));
        i("subtractExact(MIN,1)", () -> Math.subtractExact(Integer.MIN_VALUE, 1));
        i("subtractExact(0,MIN)", () -> Math.subtractExact(0, Integer.MIN_VALUE));
        i("multiplyExact(46340,46340)", () -> Math.multiplyExact(46340, 46340));
        i("multiplyExact(46341,46341)", () -> Math.multiplyExact(46341, 46341));
        i("multiplyExact(MIN,-1)", () -> Math.multiplyExact(Integer.MIN_VALUE, -1));
        i("incrementExact(MAX)", () -> Math.incrementExact(Integer.MAX_VALUE));
        i("decrementExact(MIN)", () -> Math.decrementExact(Integer.MIN_VALUE));
        i("negateExact(MIN)", () -> Math.negateExact(Integer.MIN_VALUE));
        i("negateExact(MAX)", () -> Math.negateExact(Integer.MAX_VALUE));
        i("toIntExact(2^31)", () -> Math.toIntExact(1L << 31));
        i("toIntExact(-2^31)", () -> Math.toIntExact(-(1L << 31)));
        i("absExact(MIN)", () -> Math.absExact(Integer.MIN_VALUE));
        i("floorDiv(1,0)", () -> Math.floorDiv(1, 0));
        i("floorMod(1,0)", () -> Math.floorMod(1, 0));
        l("addExact(LMAX,1)", () -> Math.addExact(Long.MAX_VALUE, 1L));
        l("subtractExact(LMIN,1)", () -> Math.subtractExact(Long.MIN_VALUE, 1L));
        l("multiplyExact(2^32,2^31)", () -> Math.multiplyExact(1L << 32, 1L << 31));
        l("multiplyExact(2^32,2^30)", () -> Math.multiplyExact(1L << 32, 1L << 30));
        l("multiplyExact(LMIN,-1)", () -> Math.multiplyExact(Long.MIN_VALUE, -1L));
        l("multiplyExact(long,int)", () -> Math.multiplyExact(Long.MAX_VALUE / 2, 3));
        l("incrementExact(LMAX)", () -> Math.incrementExact(Long.MAX_VALUE));
        l("negateExact(LMIN)", () -> Math.negateExact(Long.MIN_VALUE));
        l("absExact(LMIN)", () -> Math.absExact(Long.MIN_VALUE));
        l("ldiv by zero", () -> 5L / (args.length));
        i("idiv by zero", () -> 5 % (args.length));
        long fact = 1;
        int n = 1;
        try { while (true) { fact = Math.multiplyExact(fact, n); n++; } } catch (ArithmeticException e) { System.out.println("largest factorial " + (n - 1) + "! = " + fact); }
    }
}
