// interface members: constant fields (compile-time vs computed, the latter initializing the interface), static methods not inherited by implementors, nested types in interfaces, functional interfaces with extra defaults.
public class InterfaceMembers {
    static StringBuilder log = new StringBuilder();
    static int note(String s, int v) { log.append(s).append(' '); return v; }

    interface Config {
        int COMPILE_TIME = 7;
        int COMPUTED = note("Config.COMPUTED", 40) + 2;
        String NAME = "config";
        static String describe() { return NAME + ":" + COMPILE_TIME; }
        enum Mode { FAST, SAFE }
        record Entry(String key, int value) { }
        class Helper { static int twice(int x) { return x * 2; } }
    }
    static class Impl implements Config { int read() { return COMPILE_TIME + 1; } }
    @FunctionalInterface interface Parser<T> {
        T parse(String s);
        default Parser<T> orElse(T fallback) { return s -> { try { return parse(s); } catch (RuntimeException e) { return fallback; } }; }
        static Parser<Integer> ints() { return Integer::parseInt; }
    }
    interface Shape { double area(); default String label() { return "shape with area " + area(); } }

    public static void main(String[] args) throws Exception {
        Impl i = new Impl();
        System.out.println("read constant through implementor " + i.read() + " log=[" + log + "]");
        System.out.println("Config.COMPILE_TIME " + Config.COMPILE_TIME + " log=[" + log + "]");
        System.out.println("Config.COMPUTED " + Config.COMPUTED + " log=[" + log + "]");
        System.out.println("Impl.COMPUTED via class " + Impl.COMPUTED + " " + Config.describe() + " " + Config.Mode.SAFE + " " + new Config.Entry("k", 1) + " " + Config.Helper.twice(21));
        Parser<Integer> p = Parser.ints().orElse(-1);
        System.out.println(p.parse("12") + " " + p.parse("x") + " " + Parser.ints().parse("7"));
        Shape sq = () -> 4.0;
        System.out.println(sq.label() + " " + Config.class.isInterface() + " " + Config.Mode.class.isEnum() + " " + Config.Entry.class.isRecord() + " " + java.lang.reflect.Modifier.isStatic(Config.Helper.class.getModifiers()));
        System.out.println(java.lang.reflect.Modifier.toString(Config.class.getField("NAME").getModifiers()) + " " + Config.class.getDeclaredFields().length);
    }
}
