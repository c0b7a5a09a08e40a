// core reflection with sorted output: Class names/modifiers/superclass/interfaces, fields and methods by name, invoke, constructors, arrays via java.lang.reflect.Array, InvocationTargetException.
import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;

public class ReflectionBasics {
    interface Greeter { String greet(String who); }
    static class Base { protected int baseField = 1; public String baseMethod() { return "base"; } }
    public static final class Person extends Base implements Greeter, Comparable<Person> {
        public String name; private int age; static int population;
        public Person() { this("anon", 0); }
        public Person(String name, int age) { this.name = name; this.age = age; population++; }
        public String greet(String who) { return name + " greets " + who; }
        private int secretAge() { return age; }
        public static int twice(int x) { return 2 * x; }
        public void fail() { throw new IllegalStateException("failing on purpose"); }
        public int compareTo(Person o) { return Integer.compare(age, o.age); }
    }

    public static void main(String[] args) throws Exception {
        Class<Person> c = Person.class;
        System.out.println(c.getName() + " | " + c.getSimpleName() + " | " + c.getSuperclass().getSimpleName() + " | " + Modifier.toString(c.getModifiers()) + " | " + c.getPackageName().isEmpty());
        System.out.println(Arrays.stream(c.getInterfaces()).map(Class::getSimpleName).toList() + " " + Greeter.class.isAssignableFrom(c) + " " + c.isAssignableFrom(Base.class) + " " + c.isInstance(new Person()));
        System.out.println("declared fields " + Arrays.stream(c.getDeclaredFields()).map(f -> Modifier.toString(f.getModifiers()) + " " + f.getType().getSimpleName() + " " + f.getName()).sorted().toList());
        System.out.println("declared methods " + Arrays.stream(c.getDeclaredMethods()).filter(m -> !m.isSynthetic()).map(Method::getName).sorted().toList());
        System.out.println("public field names " + Arrays.stream(c.getFields()).map(Field::getName).sorted().toList() + " constructors " + c.getConstructors().length);
        Constructor<Person> ctor = c.getConstructor(String.class, int.class);
        Person p = ctor.newInstance("Ada", 36);
        Method greet = c.getMethod("greet", String.class);
        System.out.println(greet.invoke(p, "Bob") + " " + c.getMethod("twice", int.class).invoke(null, 21) + " " + c.getMethod("baseMethod").invoke(p) + " " + greet.getReturnType().getSimpleName() + " " + greet.getParameterCount());
        Method secret = c.getDeclaredMethod("secretAge");
        secret.setAccessible(true);
        Field age = c.getDeclaredField("age");
        age.setAccessible(true);
        age.setInt(p, 37);
        Field name = c.getField("name");
        name.set(p, "Ada L.");
        System.out.println(secret.invoke(p) + " " + p.name + " " + name.get(p) + " " + c.getDeclaredField("population").getInt(null));
        try { c.getMethod("fail").invoke(p); } catch (InvocationTargetException e) { System.out.println("InvocationTargetException cause " + e.getCause().getClass().getSimpleName() + ": " + e.getCause().getMessage()); }
        try { c.getMethod("nope"); } catch (NoSuchMethodException e) { System.out.println("NoSuchMethodException " + e.getMessage()); }
        try { c.getField("age"); } catch (NoSuchFieldException e) { System.out.println("NoSuchFieldException " + e.getMessage()); }
        try { greet.invoke(p, 42); } catch (IllegalArgumentException e) { System.out.println("IllegalArgumentException on bad argument type"); }
        Object arr = Array.newInstance(int.class, 5);
        for (int i = 0; i < 5; i++) Array.setInt(arr, i, i * i);
        Object grid = Array.newInstance(String.class, 2, 3);
        System.out.println(Array.getLength(arr) + " " + Array.get(arr, 3) + " " + Arrays.toString((int[]) arr) + " " + grid.getClass().getName() + " " + Array.getLength(Array.get(grid, 1)));
        try { Array.get(arr, 5); } catch (ArrayIndexOutOfBoundsException e) { System.out.println("Array.get out of bounds"); }
        System.out.println(int.class.getName() + " " + Integer.TYPE + " " + void.class + " " + Class.forName("java.lang.String").getSimpleName() + " " + Class.forName("[I").getSimpleName() + " " + String[].class.getComponentType());
        try { Class.forName("com.example.Missing"); } catch (ClassNotFoundException e) { System.out.println("ClassNotFoundException " + e.getMessage()); }
    }
}
