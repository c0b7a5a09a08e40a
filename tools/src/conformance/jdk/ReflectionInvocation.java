// Method.invoke and Constructor.newInstance: static, virtual, overridden, interface default and private targets; primitive widening and boxing; wrong arguments; InvocationTargetException with its stack trace; constructors of nested classes; member listings with modifiers, bridges and generic signatures.
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

public class ReflectionInvocation {
    interface Shape { double area(); default String describe() { return getClass().getSimpleName() + " of area " + area(); } }
    static abstract class Base implements Shape { protected final String name; Base(String name) { this.name = name; } public abstract double area(); public String toString() { return name; } }
    static class Square extends Base implements Comparable<Square> {
        final double side;
        public Square(double side) { super("square"); this.side = side; }
        private Square() { this(1); }
        public double area() { return side * side; }
        public int compareTo(Square o) { return Double.compare(side, o.side); }
        public static long widen(long a, double b) { return a + (long) b; }
        private String secret(int times, String word) { return word.repeat(times); }
        public String join(String... parts) { return String.join("+", parts); }
        public void explode(int depth) throws java.io.IOException { if (depth == 0) throw new IllegalStateException("boom at the bottom"); explode(depth - 1); }
        public <T extends Comparable<T>> List<T> sorted(List<T> items) throws CloneNotSupportedException { return items.stream().sorted().toList(); }
        char initial() { return name.charAt(0); }
        boolean flag(boolean b, byte by, short s, float f) { return b && by + s + f > 0; }
    }
    static class Cube extends Square { Cube(double side) { super(side); } @Override public double area() { return 6 * super.area(); } }

    public static void main(String[] args) throws Exception {
        Square sq = new Square(3);
        Method area = Base.class.getMethod("area");
        System.out.println(area.invoke(sq) + " " + area.invoke(new Cube(2)) + " " + Shape.class.getMethod("describe").invoke(new Cube(1)));
        Method widen = Square.class.getMethod("widen", long.class, double.class);
        System.out.println(widen.invoke(null, 5, 2.5f) + " " + widen.invoke(null, (byte) 1, 'A') + " " + widen.invoke(sq, 7L, 1));
        Method secret = Square.class.getDeclaredMethod("secret", int.class, String.class);
        secret.setAccessible(true);
        System.out.println(secret.invoke(sq, 3, "ab") + " " + Square.class.getMethod("join", String[].class).invoke(sq, (Object) new String[] {"x", "y"}));
        Method initial = Square.class.getDeclaredMethod("initial");
        Method flag = Square.class.getDeclaredMethod("flag", boolean.class, byte.class, short.class, float.class);
        System.out.println(initial.invoke(sq) + " " + initial.invoke(sq).getClass().getSimpleName() + " " + flag.invoke(sq, true, (byte) 1, (short) 2, 0.5f));
        for (Object[] bad : new Object[][] {{}, {1}, {"x", 2.0}, {1L << 40, null}}) {
            try { widen.invoke(null, bad); } catch (IllegalArgumentException e) { System.out.println("IllegalArgumentException: " + e.getMessage()); }
        }
        try { area.invoke(null); } catch (NullPointerException e) { System.out.println("NullPointerException for a null receiver"); }
        try { area.invoke("not a shape"); } catch (IllegalArgumentException e) { System.out.println("IllegalArgumentException: " + e.getMessage()); }
        try {
            Square.class.getMethod("explode", int.class).invoke(sq, 2);
        } catch (InvocationTargetException e) {
            System.out.println("cause: " + e.getCause());
            StackTraceElement[] trace = e.getCause().getStackTrace();
            for (int i = 0; i < 3; i++) System.out.println("  at " + trace[i]);
        }
        Constructor<Square> priv = Square.class.getDeclaredConstructor();
        priv.setAccessible(true);
        Constructor<Cube> cube = Cube.class.getDeclaredConstructor(double.class);
        System.out.println(priv.newInstance().side + " " + cube.newInstance(2).area() + " " + Square.class.getConstructor(double.class).newInstance(4).describe());
        try { Base.class.getDeclaredConstructor(String.class).newInstance("x"); } catch (InstantiationException e) { System.out.println("InstantiationException " + e.getMessage()); }
        try { Square.class.getConstructor(double.class).newInstance("four"); } catch (IllegalArgumentException e) { System.out.println("IllegalArgumentException: " + e.getMessage()); }
        Method[] methods = Square.class.getDeclaredMethods();
        Arrays.sort(methods, Comparator.comparing(Method::toString));
        for (Method m : methods) System.out.println(Modifier.toString(m.getModifiers()) + (m.isBridge() ? " bridge" : "") + (m.isVarArgs() ? " varargs" : "") + " | " + m + " | " + m.toGenericString());
        Constructor<?>[] constructors = Square.class.getDeclaredConstructors();
        Arrays.sort(constructors, Comparator.comparing(Constructor::toString));
        for (Constructor<?> c : constructors) System.out.println(c + " " + c.getParameterCount());
        System.out.println(Arrays.toString(Square.class.getMethod("explode", int.class).getExceptionTypes()) + " " + Square.class.getMethods().length + " " + Cube.class.getConstructors().length);
    }
}
