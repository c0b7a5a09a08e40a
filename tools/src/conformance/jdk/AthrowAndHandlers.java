// athrow and exception tables: nested handlers, rethrow, handler selection by type order, catch in caller frames, Throwable subclasses.
public class AthrowAndHandlers {
    static class Mine extends RuntimeException { Mine(String m) { super(m); } }
    static class Checked extends Exception { Checked(String m) { super(m); } }

    static void thrower(int kind) throws Exception {
        switch (kind) {
            case 0: throw new Mine("mine");
            case 1: throw new Checked("checked");
            case 2: throw new IllegalArgumentException("iae");
            case 3: throw new Error("error");
            case 4: throw new StackOverflowError("fake");
            case 5: { int[] a = new int[1]; a[2] = 1; }
            case 6: { Object o = "x"; Integer i = (Integer) o; }
            case 7: { int z = 0; System.out.println(10 / z); }
            default: return;
        }
    }
    static String classify(int kind) {
        try {
            try {
                thrower(kind);
                return "none";
            } catch (Mine | IllegalArgumentException e) {
                return "inner:" + e.getMessage();
            } catch (ArithmeticException e) {
                throw new Mine("converted " + e.getMessage());
            }
        } catch (Checked e) {
            return "checked:" + e.getMessage();
        } catch (RuntimeException e) {
            return "runtime:" + e.getClass().getSimpleName() + ":" + e.getMessage();
        } catch (Error e) {
            return "error:" + e.getClass().getName();
        } catch (Exception e) {
            return "exception";
        }
    }
    static int depth(int n) throws Checked {
        if (n == 0) throw new Checked("bottom");
        try { return depth(n - 1); } finally { trace.append(n); }
    }
    static StringBuilder trace = new StringBuilder();

    public static void main(String[] args) {
        for (int k = 0; k <= 8; k++) System.out.println(k + " " + classify(k));
        try { depth(6); } catch (Checked e) { System.out.println("deep " + e.getMessage() + " trace " + trace); }
        Throwable t = new Throwable("plain");
        try { throw t; } catch (Throwable caught) { System.out.println("throwable " + (caught == t) + " " + caught); }
        RuntimeException pre = new RuntimeException("reused");
        int n = 0;
        for (int i = 0; i < 100; i++) { try { throw pre; } catch (RuntimeException e) { if (e == pre) n++; } }
        System.out.println("rethrown same object " + n);
        try {
            try { throw new Mine("first"); }
            catch (Mine e) { throw new IllegalStateException("second", e); }
        } catch (IllegalStateException e) { System.out.println(e.getMessage() + " <- " + e.getCause().getMessage()); }
        try { throw null; } catch (NullPointerException e) { System.out.println("throw null -> NPE"); }
        int loops = 0;
        for (int i = 0; i < 5; i++) { try { if (i % 2 == 0) continue; loops += 10; } finally { loops++; } }
        System.out.println("loops " + loops);
    }
}
