// Throwable API edges: self-suppression and null suppression errors, initCause rules (twice, self, after cause ctor), suppression disabled and non-writable stack traces via the protected constructor, setStackTrace, printStackTrace of circular causes and of suppressed-with-causes (own frames only).
import java.io.PrintWriter;
import java.io.StringWriter;

public class ThrowableSuppressionEdges {
    static class Quiet extends RuntimeException {
        Quiet(String m, Throwable cause, boolean suppression, boolean writable) { super(m, cause, suppression, writable); }
    }

    static class Named extends Exception {
        Named(String m) { super(m); }
        @Override public String toString() { return "Named<" + getMessage() + ">"; }
    }

    static String trace(Throwable t) {
        StringWriter sw = new StringWriter();
        t.printStackTrace(new PrintWriter(sw, true));
        StringBuilder out = new StringBuilder();
        for (String line : sw.toString().split("\n")) {
            if (line.contains("java.base/")) continue;
            out.append("    | ").append(line.replace("\t", "  ")).append('\n');
        }
        return out.toString();
    }

    static void level3(int n) throws Named { throw new Named("level3-" + n); }
    static void level2(int n) throws Named { level3(n); }
    static void level1(int n) {
        try { level2(n); } catch (Named e) { throw new IllegalStateException("wrapped " + n, e); }
    }

    public static void main(String[] args) {
        RuntimeException r = new RuntimeException("self");
        try { r.addSuppressed(r); } catch (IllegalArgumentException e) { System.out.println("self suppression: " + e.getMessage() + " cause=" + (e.getCause() == r)); }
        try { r.addSuppressed(null); } catch (NullPointerException e) { System.out.println("null suppression: " + e.getMessage()); }
        Exception a = new Exception("a");
        a.initCause(new Error("first"));
        try { a.initCause(new Error("second")); } catch (IllegalStateException e) { System.out.println("initCause twice: " + e.getMessage()); }
        Exception b = new Exception("b");
        try { b.initCause(b); } catch (IllegalArgumentException e) { System.out.println("initCause self: " + e.getMessage()); }
        Exception c = new Exception("c", null);
        try { c.initCause(new Error()); } catch (IllegalStateException e) { System.out.println("initCause after ctor null cause: " + e.getMessage()); }
        Exception d = new Exception("d");
        d.initCause(null);
        System.out.println("initCause(null) then cause=" + d.getCause());
        try { d.initCause(new Error()); } catch (IllegalStateException e) { System.out.println("initCause after initCause(null): " + e.getMessage()); }
        Quiet q = new Quiet("quiet", null, false, false);
        q.addSuppressed(new RuntimeException("ignored"));
        System.out.println("suppression disabled: suppressed=" + q.getSuppressed().length + " frames=" + q.getStackTrace().length);
        q.setStackTrace(new StackTraceElement[]{new StackTraceElement("Fake", "m", "Fake.java", 7)});
        System.out.println("non-writable setStackTrace ignored: frames=" + q.getStackTrace().length + " fill returns same " + (q.fillInStackTrace() == q));
        Quiet q2 = new Quiet("q2", null, true, true);
        q2.setStackTrace(new StackTraceElement[]{new StackTraceElement("Fake", "m", "Fake.java", 7), new StackTraceElement("ldr", "mod", "1.0", "Fake", "n", null, -2)});
        System.out.print(trace(q2));
        try { q2.setStackTrace(new StackTraceElement[]{null}); } catch (NullPointerException e) { System.out.println("null element: " + e.getMessage()); }
        System.out.println("toString forms: " + new RuntimeException() + " | " + new RuntimeException((String) null) + " | " + new RuntimeException("") + " | " + new RuntimeException(new Named("inner")).getMessage());
        Exception x = new Exception("x");
        Exception y = new Exception("y", x);
        x.initCause(y);
        System.out.println("circular:");
        System.out.print(trace(y));
        Exception top = new Exception("top");
        for (int i = 0; i < 3; i++) {
            try { level1(i); } catch (IllegalStateException e) { top.addSuppressed(e); }
        }
        top.addSuppressed(new Named("leaf"));
        Throwable[] sup = top.getSuppressed();
        System.out.println("suppressed count " + sup.length + " order " + sup[0].getMessage() + "," + sup[1].getMessage() + "," + sup[2].getMessage() + "," + sup[3]);
        System.out.print(trace(top));
        Error e1 = new Error("outer", new Named("mid"));
        e1.getCause().addSuppressed(new RuntimeException("suppressed-in-cause"));
        System.out.print(trace(e1));
        StackTraceElement el = new StackTraceElement("a.B", "m", null, -1);
        StackTraceElement nat = new StackTraceElement("a.B", "n", "B.java", -2);
        System.out.println("element forms: " + el + " | " + nat + " | " + new StackTraceElement("a.B", "m", "B.java", 0) + " native=" + nat.isNativeMethod());
        System.out.println("getLocalizedMessage " + new Named("loc").getLocalizedMessage() + " cause of wrapper " + new RuntimeException(new Named("n")).getCause());
    }
}
