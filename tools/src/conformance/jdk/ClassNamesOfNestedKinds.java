// Class naming and nesting metadata for every kind of class: getName/getSimpleName/getCanonicalName/getTypeName/getPackageName for top-level, member, static nested, local, anonymous, local records/enums/interfaces, enum constant bodies and arrays; isMemberClass/isLocalClass/isAnonymousClass, getEnclosingClass/getDeclaringClass/getEnclosingMethod/getEnclosingConstructor, getNestHost.
import java.util.*;

public class ClassNamesOfNestedKinds {
    class Inner { class Deeper {} }
    static class Nested { static class Deepest {} }
    interface Iface {}
    enum Color { RED, GREEN { @Override public String toString() { return "g"; } } }
    record Point(int x, int y) {}

    Object fromCtor;
    ClassNamesOfNestedKinds() { class InCtor {} fromCtor = new InCtor(); }

    static Object anonInStatic = new Object() {};
    static Runnable anonIface = new Runnable() { public void run() {} };

    static void show(Class<?> c) {
        String enclosingMethod = c.getEnclosingMethod() == null ? "-" : c.getEnclosingMethod().getName();
        String enclosingCtor = c.getEnclosingConstructor() == null ? "-" : "ctor(" + c.getEnclosingConstructor().getParameterCount() + ")";
        System.out.println(c.getName() + " | simple=" + c.getSimpleName() + " | canonical=" + c.getCanonicalName() + " | type=" + c.getTypeName()
                + " | pkg='" + c.getPackageName() + "' | member=" + c.isMemberClass() + " local=" + c.isLocalClass() + " anon=" + c.isAnonymousClass()
                + " | enclosing=" + (c.getEnclosingClass() == null ? "-" : c.getEnclosingClass().getSimpleName())
                + " declaring=" + (c.getDeclaringClass() == null ? "-" : c.getDeclaringClass().getSimpleName())
                + " method=" + enclosingMethod + " ctor=" + enclosingCtor
                + " | nestHost=" + c.getNestHost().getSimpleName() + " | mods=" + java.lang.reflect.Modifier.toString(c.getModifiers()));
    }

    public static void main(String[] args) {
        class Local {}
        interface LocalIface {}
        enum LocalEnum { A }
        record LocalRec(String s) {}
        Object anon = new Object() {};
        Object anonLocal = new Local() {};
        Iface anonIfaceImpl = new Iface() {};
        Class<?>[] classes = {ClassNamesOfNestedKinds.class, Inner.class, Inner.Deeper.class, Nested.class, Nested.Deepest.class, Iface.class, Color.class,
                Color.GREEN.getClass(), Color.RED.getClass(), Point.class, Local.class, LocalIface.class, LocalEnum.class, LocalRec.class,
                anon.getClass(), anonLocal.getClass(), anonIfaceImpl.getClass(), anonInStatic.getClass(), anonIface.getClass(),
                new ClassNamesOfNestedKinds().fromCtor.getClass(), Local[].class, Inner.Deeper[][].class, Map.Entry.class, String.class, int.class, void.class};
        for (Class<?> c : classes) show(c);
        System.out.println("GREEN declaring " + Color.GREEN.getDeclaringClass().getSimpleName() + " isEnum " + Color.GREEN.getClass().isEnum() + " RED isEnum " + Color.RED.getClass().isEnum());
        System.out.println("record " + Point.class.isRecord() + " " + LocalRec.class.isRecord() + " components " + Point.class.getRecordComponents().length + " " + Point.class.getRecordComponents()[1].getName());
        List<String> members = new ArrayList<>();
        for (Class<?> c : ClassNamesOfNestedKinds.class.getDeclaredClasses()) members.add(c.getSimpleName());
        Collections.sort(members);
        System.out.println("declared classes " + members);
        List<String> nest = new ArrayList<>();
        for (Class<?> c : ClassNamesOfNestedKinds.class.getNestMembers()) nest.add(c.getName());
        Collections.sort(nest);
        System.out.println("nest members " + nest.size() + " " + nest);
        System.out.println("nestmate " + Inner.class.isNestmateOf(Local.class) + " " + Inner.class.isNestmateOf(String.class));
        System.out.println("interfaces " + Arrays.toString(Color.class.getInterfaces()) + " super " + Color.GREEN.getClass().getSuperclass().getSimpleName() + " " + Point.class.getSuperclass().getName());
        System.out.println("forName " + safeForName("ClassNamesOfNestedKinds$Inner$Deeper") + " " + safeForName("ClassNamesOfNestedKinds.Inner") + " " + safeForName("[[I") + " " + safeForName("[LClassNamesOfNestedKinds$Point;") + " " + safeForName("int"));
        System.out.println("arrayType " + Point.class.arrayType().getName() + " componentType " + Point[].class.componentType().getSimpleName() + " descriptor " + Point[].class.descriptorString() + " " + int.class.descriptorString() + " " + Inner.Deeper.class.descriptorString());
    }

    static String safeForName(String n) {
        try { return Class.forName(n).getSimpleName(); } catch (ClassNotFoundException e) { return "CNFE(" + e.getMessage() + ")"; }
    }
}
