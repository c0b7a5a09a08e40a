// helpful NullPointerException messages (JEP 358) for method calls, field reads/writes, array loads/stores/length, unboxing, throw null, synchronized; locals appear as <localN>.
public class HelpfulNullPointerMessages {
    static class Node { Node next; int value; String name; int[] data; }
    static String staticField;
    static Node staticNode;
    static Node make() { return null; }

    static void attempt(String what, Runnable r) {
        try { r.run(); System.out.println(what + ": no exception"); }
        catch (NullPointerException e) { System.out.println(what + ": " + e.getMessage()); }
    }
    static int lengthOf(String s) { return s.length(); }
    static int localCase() { String local = null; return local.length(); }
    static int twoLocals() { Node a = new Node(); Node b = a.next; return b.value; }
    static void storeField() { Node n = null; n.value = 5; }
    static int arrayLoad() { int[] arr = null; return arr[0]; }
    static void arrayStore() { Object[] arr = null; arr[1] = "x"; }
    static int arrayLength() { long[] arr = null; return arr.length; }
    static int unbox() { Integer boxed = null; return boxed + 1; }
    static void throwNull() { RuntimeException e = null; throw e; }
    static void syncNull() { Object lock = null; synchronized (lock) { System.out.println("never"); } }

    public static void main(String[] args) {
        attempt("local", HelpfulNullPointerMessages::localCase);
        attempt("parameter", () -> lengthOf(null));
        attempt("field chain", HelpfulNullPointerMessages::twoLocals);
        attempt("static field", () -> staticField.isEmpty());
        attempt("static field chain", () -> System.out.println(staticNode.next.value));
        attempt("method return", () -> make().name.length());
        attempt("field write", HelpfulNullPointerMessages::storeField);
        attempt("array load", HelpfulNullPointerMessages::arrayLoad);
        attempt("array store", HelpfulNullPointerMessages::arrayStore);
        attempt("array length", HelpfulNullPointerMessages::arrayLength);
        attempt("unboxing", HelpfulNullPointerMessages::unbox);
        attempt("throw null", HelpfulNullPointerMessages::throwNull);
        attempt("synchronized null", HelpfulNullPointerMessages::syncNull);
        Node n = new Node();
        attempt("nested field array", () -> System.out.println(n.data[2]));
        attempt("deep chain", () -> System.out.println(n.next.next.name));
        attempt("string of null field", () -> System.out.println(n.name.toUpperCase()));
        attempt("explicit throw", () -> { throw new NullPointerException("custom message"); });
        attempt("no message", () -> { throw new NullPointerException(); });
        attempt("Objects.requireNonNull", () -> java.util.Objects.requireNonNull(null, "value must not be null"));
        attempt("requireNonNull plain", () -> java.util.Objects.requireNonNull(null));
        attempt("string switch", () -> { String s = staticField; switch (s) { case "a": break; default: break; } });
        attempt("enhanced for over null", () -> { int[] arr = null; for (int x : arr) System.out.println(x); });
        attempt("null 2D row", () -> { int[][] grid = new int[2][]; grid[1][0] = 4; });
        attempt("interface call", () -> { Runnable r = null; r.run(); });
    }
}
