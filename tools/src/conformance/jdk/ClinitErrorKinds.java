// static initializer failures by kind: an Error thrown from <clinit> propagates unwrapped, a RuntimeException is wrapped in ExceptionInInitializerError, later uses get NoClassDefFoundError (message and cause), failures in an enum constant constructor, in an interface field initializer, in a nested holder, and a superclass failure seen through a subclass.
public class ClinitErrorKinds {
    static class ThrowsError {
        static int v;
        static { if (true) throw new AssertionError("assert in clinit"); }
    }

    static class ThrowsRuntime {
        static final Object V;
        static { Object o = null; if (ClinitErrorKinds.class != null) V = o.toString(); else V = null; }
    }

    static class ThrowsCustomError {
        static int v = compute();
        static int compute() { throw new LinkageErrorish("custom linkage-ish error"); }
    }

    static class LinkageErrorish extends Error {
        LinkageErrorish(String m) { super(m); }
    }

    enum BadEnum {
        A(1), B(0), C(2);
        final int inv;
        BadEnum(int d) { inv = 10 / d; }
    }

    interface BadInterface {
        int X = Integer.parseInt("not a number");
        static int get() { return X; }
    }

    static class BadSuper {
        static int s = 1 / (BadSuper.class.getName().length() - BadSuper.class.getName().length());
        static void touch() {}
    }

    static class GoodSub extends BadSuper {
        static int sub = 5;
    }

    static class Holder {
        static class Inner {
            static final int[] TABLE = new int[-3];
        }
        static int size() { return Inner.TABLE.length; }
    }

    static class CheckedViaSneaky {
        static { sneaky(new java.io.IOException("checked from clinit")); }
        @SuppressWarnings("unchecked")
        static <T extends Throwable> void sneaky(Throwable t) throws T { throw (T) t; }
        static void touch() {}
    }

    interface Step { void run() throws Throwable; }

    static void attempt(String label, Step s) {
        try {
            s.run();
            System.out.println(label + ": ok");
        } catch (Throwable t) {
            StringBuilder sb = new StringBuilder(label + ": " + t.getClass().getName() + ": " + t.getMessage());
            Throwable c = t.getCause();
            int depth = 0;
            while (c != null && depth++ < 3) {
                sb.append(" <- ").append(c.getClass().getName()).append(": ").append(c.getMessage());
                c = c.getCause();
            }
            if (t instanceof ExceptionInInitializerError) sb.append(" [getException same as cause: ").append(((ExceptionInInitializerError) t).getException() == t.getCause()).append(']');
            System.out.println(sb);
        }
    }

    public static void main(String[] args) {
        attempt("Error first", () -> System.out.println(ThrowsError.v));
        attempt("Error second", () -> System.out.println(ThrowsError.v));
        attempt("Runtime first", () -> System.out.println(ThrowsRuntime.V));
        attempt("Runtime second", () -> System.out.println(ThrowsRuntime.V));
        attempt("Runtime third via new array", () -> System.out.println(new ThrowsRuntime[2].length));
        attempt("Runtime class literal", () -> System.out.println(ThrowsRuntime.class.getSimpleName()));
        attempt("Custom error first", () -> System.out.println(ThrowsCustomError.v));
        attempt("Custom error second", () -> System.out.println(ThrowsCustomError.v));
        attempt("Enum first", () -> System.out.println(BadEnum.A));
        attempt("Enum values", () -> System.out.println(BadEnum.values().length));
        attempt("Enum valueOf", () -> System.out.println(Enum.valueOf(BadEnum.class, "C")));
        attempt("Interface constant", () -> System.out.println(BadInterface.X));
        attempt("Interface static", () -> System.out.println(BadInterface.get()));
        attempt("Subclass of bad super", () -> System.out.println(GoodSub.sub));
        attempt("Bad super again", () -> BadSuper.touch());
        attempt("Subclass again", () -> System.out.println(GoodSub.sub));
        attempt("Nested holder", () -> System.out.println(Holder.size()));
        attempt("Nested holder again", () -> System.out.println(Holder.size()));
        attempt("Sneaky checked", () -> CheckedViaSneaky.touch());
        attempt("Sneaky checked again", () -> CheckedViaSneaky.touch());
        attempt("Class.forName init", () -> Class.forName("ClinitErrorKinds$ThrowsRuntime"));
        attempt("Class.forName no init", () -> System.out.println(Class.forName("ClinitErrorKinds$ThrowsRuntime", false, ClinitErrorKinds.class.getClassLoader()).getName()));
        System.out.println("done");
    }
}
