// anonymous and local classes: captured effectively-final locals and parameters, captured loop variables, local class constructors, anonymous subclass of a class with arguments.
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

public class AnonymousAndLocalClasses {
    static abstract class Shape {
        final String label;
        Shape(String label) { this.label = label; }
        abstract double area();
        public String toString() { return label + "=" + area(); }
    }
    int field = 5;

    List<Supplier<String>> makeSuppliers(String prefix) {
        List<Supplier<String>> out = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            final int k = i;
            out.add(new Supplier<String>() {
                int calls = 0;
                public String get() { calls++; return prefix + k + ":" + calls + ":" + field; }
            });
        }
        return out;
    }

    public static void main(String[] args) {
        int base = 100;
        String tag = "local";
        class Counter {
            int n;
            Counter(int start) { n = start + base; }
            int next() { return n++; }
            String describe() { return tag + "#" + n; }
        }
        Counter c1 = new Counter(1), c2 = new Counter(50);
        c1.next(); c1.next(); c2.next();
        System.out.println(c1.describe() + " " + c2.describe() + " " + c1.next());
        Shape sq = new Shape("square") { double area() { return 4.0 * 4.0; } };
        double r = 2;
        Shape circle = new Shape("circle") { double area() { return Math.round(Math.PI * r * r * 100) / 100.0; } };
        System.out.println(sq + " " + circle + " " + sq.getClass().getSuperclass().getSimpleName() + " anon=" + sq.getClass().isAnonymousClass());
        AnonymousAndLocalClasses outer = new AnonymousAndLocalClasses();
        List<Supplier<String>> sups = outer.makeSuppliers("p");
        outer.field = 6;
        for (Supplier<String> s : sups) System.out.print(s.get() + " ");
        System.out.println(sups.get(0).get());
        List<String> names = new ArrayList<>(List.of("delta", "al", "charlie", "bo"));
        names.sort(new Comparator<String>() {
            public int compare(String a, String b) { return a.length() != b.length() ? a.length() - b.length() : a.compareTo(b); }
        });
        System.out.println(names);
        Runnable[] rs = new Runnable[4];
        StringBuilder log = new StringBuilder();
        for (int i = 0; i < rs.length; i++) {
            int captured = i * i;
            rs[i] = new Runnable() { public void run() { log.append(captured).append(';'); } };
        }
        for (Runnable run : rs) run.run();
        System.out.println(log);
        Object o = new Object() { int hidden = 42; public String toString() { return "anon with " + hidden; } };
        System.out.println(o);
        var withMethod = new Object() { int twice(int x) { return x * 2; } };
        System.out.println(withMethod.twice(21));
        System.out.println(Counter.class.isLocalClass() + " " + Counter.class.getSimpleName() + " " + Counter.class.getEnclosingMethod().getName());
    }
}
