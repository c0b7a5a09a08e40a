// interface default/static/private methods: diamond resolution, explicit I.super.m() calls, class wins over interface, more-specific interface wins, abstract re-declaration.
public class DefaultMethodsDiamond {
    interface A { default String hello() { return "A.hello"; } default String who() { return "A"; } }
    interface B extends A { default String hello() { return "B.hello>" + A.super.hello(); } }
    interface C extends A { default String hello() { return "C.hello"; } }
    static class BC implements B, C { public String hello() { return "BC[" + B.super.hello() + "|" + C.super.hello() + "]"; } }
    static class OnlyB implements B, A { }
    static class Base { public String hello() { return "Base.hello"; } }
    static class BaseAndC extends Base implements C { }
    interface Reabstract extends A { String who(); }
    static class Impl implements Reabstract { public String who() { return "Impl"; } }
    interface Util {
        static int twice(int x) { return helper(x) * 2; }
        private static int helper(int x) { return x + 1; }
        private String decorate(String s) { return "<" + s + ">"; }
        default String show(String s) { return decorate(s) + decorate(name()); }
        String name();
    }
    interface Counter { int count(); default Counter plus(int n) { Counter self = this; return () -> self.count() + n; } }
    interface Left { default String side() { return "left"; } }
    interface Right { default String side() { return "right"; } }
    static class Both implements Left, Right { public String side() { return Left.super.side() + "+" + Right.super.side(); } }

    public static void main(String[] args) {
        System.out.println(new BC().hello() + " " + new BC().who());
        System.out.println(new OnlyB().hello());
        System.out.println(new BaseAndC().hello() + " " + ((C) new BaseAndC()).hello() + " " + new BaseAndC().who());
        System.out.println(new Impl().who() + " " + new Impl().hello());
        System.out.println(Util.twice(20));
        Util u = () -> "lambda";
        System.out.println(u.show("x"));
        Util named = new Util() { public String name() { return "anon"; } public String show(String s) { return "override:" + Util.super.show(s); } };
        System.out.println(named.show("y"));
        Counter c = () -> 10;
        System.out.println(c.plus(5).plus(-2).count());
        System.out.println(new Both().side());
        A a = new BC();
        B b = new BC();
        System.out.println(a.hello().equals(b.hello()));
        int total = 0;
        A[] as = {new BC(), new OnlyB(), new Impl(), new BaseAndC()};
        for (int i = 0; i < 400; i++) total += as[i % 4].hello().length();
        System.out.println("total " + total);
    }
}
