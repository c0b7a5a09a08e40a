// printStackTrace(System.out) of caught exceptions thrown in this program's own methods: frames with line numbers, "Caused by" with "... n more", suppressed, and custom stack traces.
public class PrintStackTraceToStdout {
    static void a(int n) { b(n); }
    static void b(int n) { c(n); }
    static void c(int n) { if (n > 0) throw new IllegalStateException("thrown in c with " + n); }
    static void wrap() {
        try { a(3); }
        catch (IllegalStateException e) { throw new RuntimeException("wrapped", e); }
    }
    static class Inner {
        void run() { new Object() { void go() { throw new UnsupportedOperationException("from anonymous"); } }.go(); }
    }

    public static void main(String[] args) {
        try { a(1); } catch (IllegalStateException e) { e.printStackTrace(System.out); }
        System.out.println("---");
        try { wrap(); } catch (RuntimeException e) { e.printStackTrace(System.out); }
        System.out.println("---");
        try { new Inner().run(); } catch (UnsupportedOperationException e) { e.printStackTrace(System.out); }
        System.out.println("---");
        Exception withSuppressed = new Exception("primary");
        withSuppressed.addSuppressed(new IllegalArgumentException("secondary"));
        withSuppressed.printStackTrace(System.out);
        System.out.println("---");
        Exception custom = new Exception("custom trace");
        custom.setStackTrace(new StackTraceElement[]{
            new StackTraceElement("com.example.Foo", "bar", "Foo.java", 42),
            new StackTraceElement("com.example.Foo", "nativeCall", null, -2),
            new StackTraceElement("Baz", "qux", null, -1)});
        custom.printStackTrace(System.out);
        System.out.println("---");
        try { int[] arr = new int[2]; arr[args.length + 2] = 1; } catch (ArrayIndexOutOfBoundsException e) { e.printStackTrace(System.out); }
        System.out.println("---");
        try { Object o = null; o.hashCode(); } catch (NullPointerException e) { e.printStackTrace(System.out); }
        System.out.println("--- end");
    }
}
