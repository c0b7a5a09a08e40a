// StackOverflowError from unbounded recursion is catchable; the program continues, can overflow again, and finally blocks and deep-but-bounded recursion still work.
public class StackOverflowRecovery {
    static int depth;
    static void down() { depth++; down(); }
    static long downWithLocals(long a, long b, double c) { depth++; return downWithLocals(a + 1, b * 2, c / 2) + 1; }
    static int bounded(int n) { return n == 0 ? 0 : 1 + bounded(n - 1); }
    static StringBuilder log = new StringBuilder();
    static void withFinally(int n) { try { withFinally(n + 1); } finally { if (n == 0) log.append("outermost finally ran"); } }

    public static void main(String[] args) {
        for (int round = 1; round <= 3; round++) {
            depth = 0;
            try { down(); } catch (StackOverflowError e) { System.out.println("round " + round + " caught StackOverflowError, deep=" + (depth > 1000) + " message=" + e.getMessage()); }
        }
        depth = 0;
        try { downWithLocals(0, 1, 1.0); } catch (StackOverflowError e) { System.out.println("with wide frames caught, deep=" + (depth > 500)); }
        try { withFinally(0); } catch (StackOverflowError e) { System.out.println("after finally chain: " + log); }
        System.out.println("bounded recursion 5000 -> " + bounded(5000));
        Object self = new Object() { public String toString() { return "x" + this; } };
        try { self.toString(); } catch (StackOverflowError e) { System.out.println("toString recursion caught"); }
        java.util.List<Object> list = new java.util.ArrayList<>();
        list.add(list);
        try { list.hashCode(); } catch (StackOverflowError e) { System.out.println("self-containing list hashCode overflows"); }
        int sum = 0;
        for (int i = 0; i < 100; i++) sum += bounded(100);
        System.out.println("still healthy " + sum);
        Runnable r = new Runnable() { public void run() { run(); } };
        try { r.run(); } catch (Throwable t) { System.out.println("interface recursion -> " + t.getClass().getName()); }
    }
}
