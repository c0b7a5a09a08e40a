// sealed interfaces/classes with permits, records as variants, instanceof type patterns with && conditions and scoping, exhaustive dispatch, getPermittedSubclasses.
public class SealedTypesAndPatterns {
    sealed interface Shape permits Circle, Square, Rect, Poly { }
    record Circle(double r) implements Shape { }
    record Square(double side) implements Shape { }
    record Rect(double w, double h) implements Shape { }
    static non-sealed class Poly implements Shape { final int sides; Poly(int s) { sides = s; } }
    static final class Triangle extends Poly { Triangle() { super(3); } }
    sealed static abstract class Expr permits Num, Add, Mul, Neg { }
    static final class Num extends Expr { final int v; Num(int v) { this.v = v; } }
    static final class Add extends Expr { final Expr l, r; Add(Expr l, Expr r) { this.l = l; this.r = r; } }
    static final class Mul extends Expr { final Expr l, r; Mul(Expr l, Expr r) { this.l = l; this.r = r; } }
    static final class Neg extends Expr { final Expr e; Neg(Expr e) { this.e = e; } }

    static String describe(Shape s) {
        if (s instanceof Circle c && c.r() > 10) return "big circle " + c.r();
        if (s instanceof Circle c) return "circle " + c.r();
        if (s instanceof Square sq) return "square area " + sq.side() * sq.side();
        if (s instanceof Rect r && r.w() != r.h()) return "rect " + r.w() + "x" + r.h();
        if (!(s instanceof Poly p)) throw new AssertionError();
        return (p instanceof Triangle ? "triangle " : "poly ") + p.sides;
    }
    static int eval(Expr e) {
        if (e instanceof Num n) return n.v;
        if (e instanceof Add a) return eval(a.l) + eval(a.r);
        if (e instanceof Mul m) return eval(m.l) * eval(m.r);
        if (e instanceof Neg n) return -eval(n.e);
        throw new IllegalStateException();
    }
    static String show(Expr e) {
        if (e instanceof Num n) return String.valueOf(n.v);
        if (e instanceof Add a) return "(" + show(a.l) + " + " + show(a.r) + ")";
        if (e instanceof Mul m) return show(m.l) + " * " + show(m.r);
        return "-" + show(((Neg) e).e);
    }

    public static void main(String[] args) {
        Shape[] shapes = {new Circle(1), new Circle(11), new Square(3), new Rect(2, 5), new Poly(6), new Triangle()};
        for (Shape s : shapes) System.out.println(describe(s));
        Expr e = new Add(new Num(2), new Mul(new Num(3), new Neg(new Add(new Num(4), new Num(-1)))));
        System.out.println(show(e) + " = " + eval(e));
        Object o = "pattern string";
        if (o instanceof String str && str.length() > 5) System.out.println("long string " + str.toUpperCase());
        if (!(o instanceof Integer i)) System.out.println("not an integer");
        else System.out.println("integer " + i);
        Object[] things = {42, "text", 3.5, 'c', null, new int[]{1, 2}, java.util.List.of(1)};
        for (Object t : things) {
            String d;
            if (t instanceof Integer i && i > 40) d = "big int " + (i + 1);
            else if (t instanceof String s) d = "string of " + s.length();
            else if (t instanceof Number n) d = "number " + n.intValue();
            else if (t instanceof int[] arr) d = "int array " + arr.length;
            else if (t instanceof java.util.List<?> l) d = "list " + l.size();
            else d = "other " + t;
            System.out.println(d);
        }
        System.out.println(Shape.class.isSealed() + " " + Expr.class.isSealed() + " " + Poly.class.isSealed() + " " + Circle.class.isSealed());
        StringBuilder sb = new StringBuilder();
        for (Class<?> c : Shape.class.getPermittedSubclasses()) sb.append(c.getSimpleName()).append(' ');
        System.out.println("permitted " + sb.toString().trim());
    }
}
