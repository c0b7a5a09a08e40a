// an uncaught RuntimeException ends main: stdout so far is kept, the "Exception in thread "main"" trace goes to stderr, exit status is 1.
public class UncaughtExceptionExit {
    static void fail(int depth) {
        if (depth == 0) throw new IllegalStateException("fatal: state corrupted");
        fail(depth - 1);
    }

    public static void main(String[] args) {
        System.out.println("before failure");
        System.err.println("a line on stderr before the failure");
        try { fail(1); } catch (IllegalStateException e) { System.out.println("first failure caught: " + e.getMessage()); }
        fail(3);
        System.out.println("never printed");
    }
}
