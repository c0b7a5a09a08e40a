// initialization order: superclass before subclass, static initializers and static field initializers in textual order, interfaces not initialized by implementing classes, default-method interfaces are.
public class ClassInitOrder {
    static StringBuilder log = new StringBuilder();
    static int note(String s) { log.append(s).append(' '); return s.length(); }

    static class Grand { static int g = note("Grand.g"); static { note("Grand.static"); } }
    static class Parent extends Grand { static { note("Parent.static1"); } static int p = note("Parent.p"); static { note("Parent.static2"); } static int pm() { return 1; } }
    static class Child extends Parent { static int c = note("Child.c"); static { note("Child.static"); } Child() { note("Child()"); } }
    interface PlainIface { int X = note("PlainIface.X"); }
    interface DefaultIface { int Y = note("DefaultIface.Y"); default void d() { } }
    interface SubIface extends PlainIface { int Z = note("SubIface.Z"); }
    static class Impl implements SubIface, DefaultIface { static { note("Impl.static"); } }
    static class Forward { static int a = b(); static int bVal = 10; static int b() { return bVal; } static int after = bVal; }
    static class SelfRef { static SelfRef INSTANCE = new SelfRef(); static int counter = 5; final int seen; SelfRef() { seen = counter; counter++; } }

    static void step(String what) { System.out.println(what + " -> [" + log.toString().trim() + "]"); log.setLength(0); }

    public static void main(String[] args) {
        step("start");
        int x = Parent.pm();
        step("Parent.pm()");
        new Child();
        step("new Child");
        new Child();
        step("new Child again");
        int y = Child.p;
        step("Child.p via subclass reference (only Parent needed)");
        new Impl();
        step("new Impl (superinterfaces without defaults stay uninitialized)");
        int z = SubIface.Z;
        step("SubIface.Z");
        int w = PlainIface.X;
        step("PlainIface.X");
        System.out.println("forward reference a=" + Forward.a + " after=" + Forward.after);
        System.out.println("self reference seen=" + SelfRef.INSTANCE.seen + " counter=" + SelfRef.counter);
    }
}
