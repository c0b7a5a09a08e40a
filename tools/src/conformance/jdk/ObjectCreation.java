// new/invokespecial <init>: constructor chaining (this(...), super(...)), field initializer and instance initializer order.
public class ObjectCreation {
    static StringBuilder log = new StringBuilder();
    static int note(String s) { log.append(s).append(' '); return s.length(); }

    static class Base {
        int a = note("Base.a");
        { note("Base.init"); }
        Base() { this(note("Base()")); note("Base()end"); }
        Base(int x) { note("Base(int)=" + x); describe(); }
        void describe() { note("Base.describe"); }
    }

    static class Derived extends Base {
        int b = note("Derived.b");
        String s = "set";
        { note("Derived.init"); }
        Derived() { super(); note("Derived() b=" + b); }
        Derived(String t) { this(); note("Derived(String)=" + t); }
        @Override void describe() { note("Derived.describe b=" + b + " s=" + s); }
    }

    static class Point {
        final int x, y;
        Point(int x, int y) { this.x = x; this.y = y; }
        Point() { this(-1, -1); }
        Point shifted(int d) { return new Point(x + d, y + d); }
        public String toString() { return "(" + x + "," + y + ")"; }
    }

    public static void main(String[] args) {
        new Base();
        System.out.println(log); log.setLength(0);
        new Derived();
        System.out.println(log); log.setLength(0);
        new Derived("t");
        System.out.println(log); log.setLength(0);
        Point p = new Point(1, 2);
        System.out.println(p + " " + new Point() + " " + p.shifted(5) + " " + new Point(3, 4).shifted(-3));
        Point[] ps = new Point[5];
        for (int i = 0; i < ps.length; i++) ps[i] = i % 2 == 0 ? new Point(i, i * i) : new Point();
        for (Point q : ps) System.out.print(q + " ");
        System.out.println();
        Object o = new Object();
        System.out.println(o.getClass().getName() + " " + new StringBuilder("x").append(new Point(0, 0)));
        int count = 0;
        for (int i = 0; i < 10000; i++) { Point t = new Point(i, -i); count += t.x + t.y + 1; }
        System.out.println("allocated " + count);
    }
}
