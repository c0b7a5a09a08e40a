// an uncaught exception with a cause chain and a suppressed exception ends main with status 1; stderr shows Caused by and Suppressed sections (only this program's frames).
public class UncaughtWithCause {
    static class Res implements AutoCloseable { public void close() { throw new IllegalArgumentException("close failed"); } }

    static int parse(String s) { throw new NumberFormatException("bad number: " + s); }

    static void load() {
        try { parse("not-a-number"); }
        catch (NumberFormatException e) { throw new IllegalStateException("config invalid", e); }
    }

    public static void main(String[] args) {
        System.out.println("loading");
        try (Res r = new Res()) {
            load();
        }
    }
}
