// instanceof and checkcast against classes, interfaces, arrays (covariant, primitive, Cloneable/Serializable) and null.
import java.io.Serializable;

public class InstanceofCheckcast {
    interface Shape { }
    interface Round extends Shape { }
    static class Base implements Shape { }
    static class Circle extends Base implements Round { }
    static final class Square extends Base { }

    static String probe(Object o) {
        return (o instanceof Object ? "O" : "-") + (o instanceof Shape ? "S" : "-") + (o instanceof Round ? "R" : "-")
             + (o instanceof Base ? "B" : "-") + (o instanceof Circle ? "C" : "-") + (o instanceof Square ? "Q" : "-")
             + (o instanceof Object[] ? "A" : "-") + (o instanceof Shape[] ? "H" : "-") + (o instanceof Base[] ? "b" : "-")
             + (o instanceof int[] ? "i" : "-") + (o instanceof Cloneable ? "K" : "-") + (o instanceof Serializable ? "Z" : "-")
             + (o instanceof Comparable ? "M" : "-") + (o instanceof CharSequence ? "Q" : "-") + (o instanceof Number ? "N" : "-");
    }

    static String tryCast(Object o, Class<?> to) {
        try { to.cast(o); return "ok"; } catch (ClassCastException e) { return "CCE"; }
    }

    public static void main(String[] args) {
        Object[] samples = {new Base(), new Circle(), new Square(), new Object(), "str", 5, 2.0, new int[1], new long[0][0],
                new Circle[2], new Base[1], new Shape[0], new Object[0], new String[0], new Round[0][], null};
        String[] labels = {"Base", "Circle", "Square", "Object", "String", "Integer", "Double", "int[]", "long[][]",
                "Circle[]", "Base[]", "Shape[]", "Object[]", "String[]", "Round[][]", "null"};
        for (int k = 0; k < samples.length; k++) System.out.println(labels[k] + " " + probe(samples[k]));
        Object c = new Circle();
        Shape s = (Shape) c; Round r = (Round) c; Base b = (Base) c; Circle ci = (Circle) s;
        System.out.println("casts ok " + (s == r) + (b == ci));
        Object arr = new Circle[]{new Circle()};
        Object[] oa = (Object[]) arr; Shape[] sa = (Shape[]) arr; Round[] ra = (Round[]) oa;
        System.out.println("array casts ok " + oa.length + sa.length + ra.length);
        Object nul = null;
        String ns = (String) nul; Base nb = (Base) nul; int[] ni = (int[]) nul;
        System.out.println("null casts " + ns + nb + ni);
        Class<?>[] targets = {Shape.class, Round.class, Square.class, Object[].class, Base[].class, Cloneable.class, int[].class, long[].class, String.class};
        for (int k = 0; k < samples.length - 1; k++) {
            StringBuilder sb = new StringBuilder(labels[k] + " ->");
            for (Class<?> t : targets) sb.append(' ').append(tryCast(samples[k], t));
            System.out.println(sb);
        }
        int caught = 0;
        try { Square q = (Square) c; System.out.println(q); } catch (ClassCastException e) { caught++; }
        try { Object[] x = (Object[]) (Object) new int[0]; System.out.println(x); } catch (ClassCastException e) { caught++; }
        try { Circle[] x = (Circle[]) new Base[0]; System.out.println(x); } catch (ClassCastException e) { caught++; }
        System.out.println("caught " + caught);
    }
}
