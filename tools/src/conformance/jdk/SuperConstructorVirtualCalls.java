// construction-time dispatch: superclass constructors calling overridden methods that see subclass fields still at defaults (even final ones not constant), instance initializer/field initializer interleaving, this-escape into a registry, exceptions thrown mid-construction, and constructors of anonymous subclasses.
import java.util.ArrayList;
import java.util.List;

public class SuperConstructorVirtualCalls {
    static final List<String> LOG = new ArrayList<>();
    static final List<Base> REGISTRY = new ArrayList<>();

    static int trace(String s, int v) { LOG.add(s + "=" + v); return v; }

    static class Base {
        int baseField = trace("Base.baseField", 1);
        { LOG.add("Base.init1 describe=" + describe()); }
        final String name;

        Base(String name) {
            LOG.add("Base.ctor start name=" + name);
            this.name = name;
            REGISTRY.add(this);
            hook();
            LOG.add("Base.ctor end describe=" + describe());
        }

        { LOG.add("Base.init2 baseField=" + baseField); }

        void hook() { LOG.add("Base.hook"); }
        String describe() { return "Base(" + name + ")"; }
    }

    static class Mid extends Base {
        final int constant = 42;
        final int computed = trace("Mid.computed", 7);
        String label = "mid-label";
        List<String> items = new ArrayList<>();

        Mid(String n) {
            super(n.toUpperCase());
            LOG.add("Mid.ctor label=" + label + " items=" + items);
        }

        @Override void hook() {
            LOG.add("Mid.hook constant=" + constant + " computed=" + computed + " label=" + label + " items=" + items);
            if (items == null) LOG.add("Mid.hook sees null list");
        }

        @Override String describe() { return "Mid(" + name + "," + label + ")"; }
    }

    static class Leaf extends Mid {
        private long counter = 100;
        private static int instances;
        { instances++; LOG.add("Leaf.init counter=" + counter + " instances=" + instances); }

        Leaf() { this("default"); LOG.add("Leaf() after this(...) counter=" + counter); }
        Leaf(String s) { super(s + "-leaf"); counter += 5; LOG.add("Leaf(String) counter=" + counter); }

        @Override void hook() { super.hook(); counter = 999; LOG.add("Leaf.hook set counter=999"); }
        @Override String describe() { return "Leaf(" + counter + ")"; }
    }

    static class Failing extends Base {
        Failing(int mode) {
            super(check(mode));
            if (mode == 2) throw new IllegalStateException("ctor body fails");
        }
        static String check(int mode) {
            if (mode == 1) throw new IllegalArgumentException("argument evaluation fails before super()");
            return "failing" + mode;
        }
        int bad = mode3();
        int mode3() { if (REGISTRY.size() > 100) throw new RuntimeException(); return 3; }
        @Override void hook() { LOG.add("Failing.hook bad=" + bad); }
    }

    static class InitThrows {
        int x = 1;
        { if (x == 1) throw new UnsupportedOperationException("instance initializer"); }
        InitThrows() { LOG.add("unreachable"); }
    }

    static void flush(String title) {
        System.out.println("== " + title);
        for (String s : LOG) System.out.println("  " + s);
        LOG.clear();
    }

    public static void main(String[] args) {
        Mid m = new Mid("m1");
        flush("new Mid");
        System.out.println("after: " + m.describe() + " items=" + m.items + " computed=" + m.computed);
        Leaf l = new Leaf();
        flush("new Leaf()");
        System.out.println("after: " + l.describe() + " name=" + l.name);
        for (int mode = 0; mode <= 2; mode++) {
            try {
                Failing f = new Failing(mode);
                System.out.println("Failing(" + mode + ") ok " + f.describe());
            } catch (RuntimeException e) {
                System.out.println("Failing(" + mode + ") threw " + e);
            }
            flush("Failing " + mode);
        }
        System.out.println("registry size " + REGISTRY.size());
        for (Base b : REGISTRY) System.out.println("  registered " + b.getClass().getSimpleName() + " " + b.name + " " + b.describe());
        try { new InitThrows(); } catch (UnsupportedOperationException e) { System.out.println("InitThrows: " + e.getMessage()); }
        flush("InitThrows");
        Base anon = new Base("anon") {
            final String extra = "extra";
            { LOG.add("anon init extra=" + extra); }
            @Override void hook() { LOG.add("anon hook extra=" + extra); }
            @Override String describe() { return "Anon(" + extra + ")"; }
        };
        flush("anonymous");
        System.out.println("anon describe " + anon.describe());
    }
}
