// inner (non-static) classes: outer-instance capture, Outer.this, shadowing, inner creation via outer.new, inner of inner, access to private outer members.
public class InnerClasses {
    private int value = 10;
    private static int statics = 0;
    private String name;

    InnerClasses(String name) { this.name = name; }

    class Inner {
        int value = 20;
        String show(int value) { return value + " " + this.value + " " + InnerClasses.this.value + " " + name; }
        void bump() { InnerClasses.this.value++; statics++; }
        class Deeper {
            int value = 30;
            String show() { return value + " " + Inner.this.value + " " + InnerClasses.this.value + " " + name; }
        }
    }
    static class Nested {
        String peek(InnerClasses o) { return "nested sees private " + o.value + " " + o.secret(); }
    }
    private String secret() { return "secret-of-" + name; }
    Inner make() { return new Inner(); }

    public static void main(String[] args) {
        InnerClasses o1 = new InnerClasses("one"), o2 = new InnerClasses("two");
        InnerClasses.Inner i1 = o1.new Inner();
        InnerClasses.Inner i2 = o2.make();
        System.out.println(i1.show(1) + " | " + i2.show(2));
        i1.bump(); i1.bump(); i2.bump();
        System.out.println(o1.value + " " + o2.value + " " + statics);
        InnerClasses.Inner.Deeper d = i1.new Deeper();
        System.out.println(d.show());
        o1.name = "renamed";
        System.out.println(d.show() + " | " + i1.show(0));
        System.out.println(new Nested().peek(o2));
        InnerClasses.Inner[] many = new InnerClasses.Inner[5];
        for (int i = 0; i < many.length; i++) many[i] = (i % 2 == 0 ? o1 : o2).new Inner();
        for (InnerClasses.Inner in : many) in.bump();
        System.out.println(o1.value + " " + o2.value + " " + statics);
        System.out.println(Inner.class.getName() + " " + Inner.Deeper.class.getName() + " " + Nested.class.getSimpleName() + " " + Inner.class.getEnclosingClass().getSimpleName());
        System.out.println(java.lang.reflect.Modifier.isStatic(Nested.class.getModifiers()) + " " + java.lang.reflect.Modifier.isStatic(Inner.class.getModifiers()) + " " + Inner.class.isMemberClass());
    }
}
