// invokevirtual: overriding across a deep hierarchy, overloading by static type, super chains, final and private methods.
public class VirtualDispatch {
    static class A {
        String who() { return "A"; }
        String call() { return "A.call->" + who(); }
        String over(Object o) { return "A.over(Object)"; }
        String over(String s) { return "A.over(String)"; }
        private String priv() { return "A.priv"; }
        String usePriv() { return priv(); }
        final String fin() { return "A.fin:" + who(); }
        static String stat() { return "A.stat"; }
    }
    static class B extends A {
        @Override String who() { return "B"; }
        @Override String over(Object o) { return "B.over(Object)"; }
        String priv() { return "B.priv"; }
        static String stat() { return "B.stat"; }
    }
    static class C extends B {
        @Override String who() { return "C>" + super.who(); }
        @Override String call() { return "C.call|" + super.call(); }
        @Override String over(String s) { return "C.over(String)"; }
    }
    static class D extends C { }
    static abstract class Animal {
        abstract String sound();
        String speak(int times) { StringBuilder sb = new StringBuilder(); for (int i = 0; i < times; i++) sb.append(sound()); return sb.toString(); }
    }
    static class Dog extends Animal { String sound() { return "woof "; } }
    static class Cat extends Animal { String sound() { return "meow "; } }
    static class Kitten extends Cat { String sound() { return "mew "; } String speak(int t) { return "[" + super.speak(t) + "]"; } }

    public static void main(String[] args) {
        A[] all = {new A(), new B(), new C(), new D()};
        for (A a : all) {
            Object str = "s";
            System.out.println(a.getClass().getSimpleName() + ": " + a.who() + " | " + a.call() + " | " + a.over("s") + " | " + a.over(str)
                + " | " + a.over(1) + " | " + a.usePriv() + " | " + a.fin());
        }
        B b = new C();
        System.out.println(b.priv() + " " + A.stat() + " " + B.stat());
        Animal[] zoo = {new Dog(), new Cat(), new Kitten(), new Dog()};
        for (Animal an : zoo) System.out.println(an.speak(2));
        int sum = 0;
        for (int i = 0; i < 3000; i++) sum += all[i & 3].who().length();
        System.out.println("megamorphic " + sum);
        Object o = new D();
        System.out.println(o.toString().startsWith("VirtualDispatch$D@") + " " + o.equals(o) + " " + (o.hashCode() == o.hashCode()));
    }
}
