// an uncaught exception whose cause chain is circular, whose cause carries a suppressed exception with its own cause, and whose toString is overridden: stderr shows CIRCULAR REFERENCE, nested Suppressed/Caused by indentation and "... n more"; finally blocks run; exit status 1.
public class UncaughtCircularCause {
    static class Odd extends RuntimeException {
        final int code;
        Odd(String m, int code) { super(m); this.code = code; }
        @Override public String toString() { return "Odd#" + code + "[" + getMessage() + "]"; }
    }

    static RuntimeException build(int depth) {
        if (depth == 0) return new Odd("bottom", 0);
        RuntimeException inner = build(depth - 1);
        return new IllegalStateException("depth " + depth, inner);
    }

    static void thrower() {
        RuntimeException top = build(3);
        Throwable bottom = top;
        while (bottom.getCause() != null) bottom = bottom.getCause();
        bottom.initCause(top.getCause());
        RuntimeException sup = new UnsupportedOperationException("suppressed one", new Odd("suppressed cause", 7));
        top.getCause().addSuppressed(sup);
        top.addSuppressed(new Odd("top-level suppressed", 9));
        throw top;
    }

    static void middle() {
        try {
            thrower();
        } finally {
            System.out.println("finally in middle runs");
            System.err.println("stderr from finally");
        }
    }

    public static void main(String[] args) {
        System.out.println("before");
        try {
            middle();
        } finally {
            System.out.println("finally in main runs");
        }
        System.out.println("never printed");
    }
}
