// failed static initialization: ExceptionInInitializerError with its cause on first use, NoClassDefFoundError "Could not initialize class" on every later use, other classes unaffected.
public class ClassInitFailure {
    static class Fragile {
        static int value = compute();
        static int compute() { if (Boolean.parseBoolean("true")) throw new IllegalStateException("boom in static init"); return 1; }
        static int read() { return value; }
    }
    static class DividesByZero { static int zero = 0; static int q = 10 / zero; }
    static class ThrowsError { static { if (true) { throw new AssertionError("assertion in clinit"); } } }
    static class Healthy { static int v = 99; }
    static class DependsOnFragile { static int v = Fragile.value + 1; }

    static void use(String what, Runnable r) {
        try { r.run(); System.out.println(what + " ok"); }
        catch (Throwable t) {
            System.out.println(what + " -> " + t.getClass().getName() + ": " + t.getMessage());
            if (t.getCause() != null) System.out.println("    cause " + t.getCause().getClass().getName() + ": " + t.getCause().getMessage());
        }
    }

    public static void main(String[] args) {
        use("first read", () -> System.out.println(Fragile.value));
        use("second read", () -> System.out.println(Fragile.value));
        use("static method", () -> Fragile.read());
        use("new instance", () -> new Fragile());
        use("dependent class", () -> System.out.println(DependsOnFragile.v));
        use("dependent class again", () -> System.out.println(DependsOnFragile.v));
        use("divide by zero clinit", () -> System.out.println(DividesByZero.q));
        use("divide by zero clinit again", () -> System.out.println(DividesByZero.zero));
        use("error in clinit", () -> new ThrowsError());
        use("error in clinit again", () -> new ThrowsError());
        use("healthy", () -> System.out.println(Healthy.v));
        use("array of failed class", () -> System.out.println(new Fragile[2].length));
        use("class literal of failed class", () -> System.out.println(Fragile.class.getSimpleName()));
        try { Class.forName("ClassInitFailure$Fragile"); } catch (Throwable t) { System.out.println("forName -> " + t.getClass().getName() + ": " + t.getMessage()); }
        ExceptionInInitializerError e = new ExceptionInInitializerError(new RuntimeException("manual"));
        System.out.println(e.getMessage() + " " + e.getException().getMessage() + " " + e.getCause().getMessage());
    }
}
