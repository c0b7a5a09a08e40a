// abstract classes: template methods calling abstract hooks, abstract class constructors, partial implementations of interfaces, instantiation error for abstract via reflection.
import java.util.ArrayList;
import java.util.List;

public class AbstractClassesTemplate {
    static abstract class Report {
        private final List<String> lines = new ArrayList<>();
        protected final String title;
        Report(String title) { this.title = title; lines.add("created " + kind()); }
        abstract String kind();
        abstract List<String> body();
        String header() { return "== " + title + " (" + kind() + ") =="; }
        String footer() { return "-- " + body().size() + " lines --"; }
        final String render() {
            StringBuilder sb = new StringBuilder(header()).append('\n');
            for (String b : body()) sb.append("  ").append(b).append('\n');
            return sb.append(footer()).append(" log=").append(lines).toString();
        }
    }
    static class Sales extends Report {
        final int[] amounts;
        Sales(int... amounts) { super("sales"); this.amounts = amounts; }
        String kind() { return "sales:" + (amounts == null ? "uninitialized" : amounts.length); }
        List<String> body() { List<String> out = new ArrayList<>(); int t = 0; for (int a : amounts) { t += a; out.add("amount " + a + " running " + t); } return out; }
    }
    static class Empty extends Report {
        Empty() { super("empty"); }
        String kind() { return "empty"; }
        List<String> body() { return List.of(); }
        @Override String footer() { return "-- nothing --"; }
    }
    interface Shape { double area(); double perimeter(); String name(); }
    static abstract class NamedShape implements Shape { public String name() { return getClass().getSimpleName().toLowerCase(); } public String toString() { return name() + String.format("[a=%.3f p=%.3f]", area(), perimeter()); } }
    static class Sq extends NamedShape { final double s; Sq(double s) { this.s = s; } public double area() { return s * s; } public double perimeter() { return 4 * s; } }
    static class Circ extends NamedShape { final double r; Circ(double r) { this.r = r; } public double area() { return Math.PI * r * r; } public double perimeter() { return 2 * Math.PI * r; } }

    public static void main(String[] args) throws Exception {
        System.out.println(new Sales(5, 10, -3).render());
        System.out.println(new Empty().render());
        List<Shape> shapes = List.of(new Sq(2), new Circ(1), new Sq(0.5), new Circ(2.5));
        double total = 0;
        for (Shape s : shapes) { System.out.println(s); total += s.area(); }
        System.out.printf("total area %.6f%n", total);
        try { Report.class.getDeclaredConstructor(String.class).newInstance("x"); }
        catch (InstantiationException e) { System.out.println("abstract instantiation -> InstantiationException"); }
        System.out.println(java.lang.reflect.Modifier.isAbstract(Report.class.getModifiers()) + " " + java.lang.reflect.Modifier.isAbstract(Sales.class.getModifiers()) + " " + java.lang.reflect.Modifier.isAbstract(Shape.class.getModifiers()));
    }
}
