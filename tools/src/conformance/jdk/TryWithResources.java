// try-with-resources: close order (reverse), close after exception, suppressed exceptions from close, null resources, exceptions from the resource initializer, effectively-final resource variables.
public class TryWithResources {
    static StringBuilder log = new StringBuilder();
    static class Res implements AutoCloseable {
        final String name; final boolean failClose;
        Res(String name, boolean failClose) { this.name = name; this.failClose = failClose; log.append("open:").append(name).append(' '); }
        Res(String name) { this(name, false); }
        public void close() throws Exception { log.append("close:").append(name).append(' '); if (failClose) throw new IllegalStateException("close failed: " + name); }
    }
    static Res failingOpen() { throw new IllegalArgumentException("cannot open"); }

    static void report(String title, Throwable t) {
        System.out.println(title + ": " + log.toString().trim());
        if (t != null) {
            System.out.println("  caught " + t.getClass().getSimpleName() + ": " + t.getMessage());
            for (Throwable s : t.getSuppressed()) System.out.println("  suppressed " + s.getClass().getSimpleName() + ": " + s.getMessage());
        }
        log.setLength(0);
    }

    public static void main(String[] args) {
        try (Res a = new Res("a"); Res b = new Res("b"); Res c = new Res("c")) { log.append("body "); report("normal", null); } catch (Exception e) { }
        report("after normal", null);
        try (Res a = new Res("a"); Res b = new Res("b")) { log.append("body "); throw new RuntimeException("body failed"); } catch (Exception e) { report("body throws", e); }
        try (Res a = new Res("a", true); Res b = new Res("b", true)) { log.append("body "); throw new RuntimeException("body failed"); } catch (Exception e) { report("body and closes throw", e); }
        try (Res a = new Res("a", true)) { log.append("body "); } catch (Exception e) { report("only close throws", e); }
        try (Res a = new Res("a"); Res b = failingOpen(); Res c = new Res("c")) { log.append("body "); } catch (Exception e) { report("second resource fails to open", e); }
        try (Res a = null) { log.append("null resource body "); } catch (Exception e) { }
        report("null resource", null);
        Res outer = new Res("outer");
        try (outer; Res inner = new Res("inner")) { log.append("body "); } catch (Exception e) { }
        report("existing variable", null);
        try (AutoCloseable lambda = () -> log.append("lambda-close ")) { log.append("body "); } catch (Exception e) { }
        report("lambda resource", null);
        Throwable t = new Exception("primary");
        t.addSuppressed(new RuntimeException("s1"));
        t.addSuppressed(new Error("s2"));
        report("manual suppressed", t);
        try { t.addSuppressed(t); } catch (IllegalArgumentException e) { System.out.println("self-suppression: " + e.getMessage()); }
        try { t.addSuppressed(null); } catch (NullPointerException e) { System.out.println("null suppression: " + e.getMessage()); }
        Exception noSuppress = new Exception("no suppression", null, false, true) { };
        noSuppress.addSuppressed(new RuntimeException("ignored"));
        System.out.println("suppression disabled " + noSuppress.getSuppressed().length);
    }
}
