// try/catch/finally ordering: finally after return (value already computed), finally overriding return, finally swallowing exceptions, nested finally, break/continue through finally.
public class FinallyOrdering {
    static StringBuilder log = new StringBuilder();

    static int returnInTry() { int x = 1; try { log.append("try "); return x; } finally { x = 2; log.append("finally "); } }
    @SuppressWarnings("finally")
    static int finallyOverrides() { try { return 1; } finally { return 2; } }
    @SuppressWarnings("finally")
    static String finallySwallows() { try { throw new RuntimeException("lost"); } finally { return "swallowed"; } }
    static String exceptionInFinally() {
        try { try { throw new IllegalStateException("first"); } finally { log.append("inner-finally "); if (log.length() > 0) throw new IllegalArgumentException("second"); } }
        catch (RuntimeException e) { return e.getMessage() + " suppressed=" + e.getSuppressed().length; }
    }
    static int[] mutateInFinally() { int[] a = {1}; try { return a; } finally { a[0] = 99; } }
    static String nested() {
        StringBuilder sb = new StringBuilder();
        try {
            try { sb.append("A"); throw new RuntimeException("x"); }
            catch (RuntimeException e) { sb.append("B"); throw new IllegalStateException("y"); }
            finally { sb.append("C"); }
        } catch (IllegalStateException e) { sb.append("D"); }
        finally { sb.append("E"); }
        return sb.toString();
    }
    static String loops() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            try {
                if (i == 1) continue;
                if (i == 3) break;
                sb.append(i);
            } finally { sb.append('f'); }
        }
        outer:
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                try { if (j == 1) continue outer; if (i == 2) break outer; sb.append(i).append(j); }
                finally { sb.append('.'); }
            }
        }
        return sb.toString();
    }
    static long counted() { long n = 0; for (int i = 0; i < 1000; i++) { try { if (i % 2 == 0) continue; n += i; } finally { n++; } } return n; }

    public static void main(String[] args) {
        System.out.println(returnInTry() + " " + log); log.setLength(0);
        System.out.println(finallyOverrides() + " " + finallySwallows());
        System.out.println(exceptionInFinally() + " " + log); log.setLength(0);
        System.out.println(mutateInFinally()[0] + " " + nested() + " " + loops() + " " + counted());
        try { try { System.out.println("body"); } finally { System.out.println("finally without catch"); } } catch (Exception e) { }
        try {
            try { throw new Error("err"); } finally { System.out.println("finally runs for Error too"); }
        } catch (Error e) { System.out.println("caught " + e.getMessage()); }
        System.out.println(deep(5));
    }
    static String deep(int n) { if (n == 0) return "|"; try { return n + deep(n - 1); } finally { log.append(n); System.out.print(log.length() == 5 ? "finally chain " + log + " " : ""); } }
}
