// custom exception hierarchies: constructors with message/cause, getCause chains, initCause rules, toString forms, getLocalizedMessage override, fillInStackTrace disabled.
public class CustomExceptionsAndCauses {
    static class DataException extends Exception {
        DataException(String m) { super(m); }
        DataException(String m, Throwable c) { super(m, c); }
        DataException(Throwable c) { super(c); }
        DataException() { super(); }
    }
    static class ParseFailure extends DataException {
        final int line;
        ParseFailure(int line, Throwable cause) { super("parse failure at line " + line, cause); this.line = line; }
        @Override public String getLocalizedMessage() { return "[localized] " + super.getLocalizedMessage(); }
    }
    static class Lightweight extends RuntimeException {
        Lightweight(String m) { super(m, null, false, false); }
    }

    static void parse(String s, int line) throws ParseFailure {
        try { Integer.parseInt(s); } catch (NumberFormatException e) { throw new ParseFailure(line, e); }
    }
    static void load() throws DataException {
        try { parse("12", 1); parse("oops", 2); } catch (ParseFailure e) { throw new DataException("load failed", e); }
    }

    public static void main(String[] args) {
        try { load(); } catch (DataException e) {
            int depth = 0;
            for (Throwable t = e; t != null; t = t.getCause()) System.out.println("  ".repeat(depth++) + t);
            System.out.println(e.getCause() instanceof ParseFailure pf ? "line " + pf.line + " msg " + pf.getMessage() : "?");
        }
        System.out.println(new DataException() + " | " + new DataException((String) null).getMessage() + " | " + new DataException(new IllegalStateException("inner")).getMessage());
        System.out.println(new DataException(null, null).getCause() + " | " + new RuntimeException(new Error()).getMessage() + " | " + new Exception("").toString());
        Exception late = new Exception("late");
        late.initCause(new ArithmeticException("the cause"));
        System.out.println(late.getCause().getMessage());
        try { late.initCause(new RuntimeException()); } catch (IllegalStateException e) { System.out.println("initCause twice: " + e.getMessage()); }
        try { new Exception("x", new Error()).initCause(null); } catch (IllegalStateException e) { System.out.println("initCause after ctor cause: " + e.getMessage()); }
        Exception self = new Exception("self");
        try { self.initCause(self); } catch (IllegalArgumentException e) { System.out.println("self cause: " + e.getMessage()); }
        Lightweight lw = new Lightweight("cheap");
        System.out.println(lw + " stack frames " + lw.getStackTrace().length + " suppressed-disabled " + (lw.getSuppressed().length == 0));
        Throwable plain = new Throwable();
        System.out.println(plain + " " + plain.getMessage() + " " + plain.getLocalizedMessage() + " frames>0 " + (plain.getStackTrace().length > 0));
        StackTraceElement top = new Exception().getStackTrace()[0];
        System.out.println(top.getClassName() + "." + top.getMethodName() + " line>0 " + (top.getLineNumber() > 0) + " file " + top.getFileName());
        Error err = new OutOfMemoryError("pretend");
        System.out.println(err instanceof VirtualMachineError ? "VME " + err.getMessage() : "?");
    }
}
