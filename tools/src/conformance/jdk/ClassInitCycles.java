// cyclic class initialization on one thread: a class whose initializer touches another class that reads the first one back sees default values; enum constants built during init; lazy holders.
public class ClassInitCycles {
    static StringBuilder log = new StringBuilder();

    static class A {
        static int a1 = 10;
        static int fromB = B.b1;
        static int a2 = 20;
        static { log.append("A done(a1=" + a1 + ",fromB=" + fromB + ",a2=" + a2 + ") "); }
    }
    static class B {
        static int b1 = 5 + A.a2;
        static int seenA1 = A.a1;
        static { log.append("B done(b1=" + b1 + ",seenA1=" + seenA1 + ") "); }
    }
    static class Singleton {
        static final Singleton INSTANCE = new Singleton();
        static final String CONST = "constant";
        static String computed = "computed";
        final String sawConst, sawComputed;
        Singleton() { sawConst = CONST; sawComputed = computed; }
    }
    enum Planet {
        MERCURY, VENUS, EARTH;
        static int count;
        final int index;
        Planet() { index = ordinal() * 10; }
        static { count = values().length; log.append("Planet static count=" + count + " "); }
    }
    static class Holder {
        static { log.append("Holder init "); }
        static class Lazy { static final Object VALUE = make(); static Object make() { log.append("Lazy init "); return "lazy-value"; } }
        static Object get() { return Lazy.VALUE; }
    }
    static class Parent { static { log.append("Parent init "); } static int shared = 1; static int viaChild() { return Child.c; } }
    static class Child extends Parent { static int c = shared + 41; static { log.append("Child init c=" + c + " "); } }

    static void step(String what) { System.out.println(what + " -> " + log.toString().trim()); log.setLength(0); }

    public static void main(String[] args) {
        System.out.println("A.a2=" + A.a2 + " B.b1=" + B.b1 + " B.seenA1=" + B.seenA1);
        step("cycle A->B->A");
        Singleton s = Singleton.INSTANCE;
        System.out.println("singleton saw const=" + s.sawConst + " computed=" + s.sawComputed + " now computed=" + Singleton.computed);
        System.out.println("planets " + Planet.count + " " + Planet.EARTH.index + " " + Planet.valueOf("VENUS").index);
        step("enum init");
        System.out.println("before Holder.get");
        Object v = Holder.get();
        step("lazy holder got " + v);
        Holder.get();
        step("second get");
        System.out.println(Parent.viaChild());
        step("parent method touching child");
    }
}
