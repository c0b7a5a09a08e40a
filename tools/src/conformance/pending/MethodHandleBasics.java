// java.lang.invoke.MethodHandles: findStatic/findVirtual/findConstructor/findGetter, invokeExact vs invoke with conversions, bindTo, insertArguments, filterReturnValue, guardWithTest, WrongMethodTypeException.
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.WrongMethodTypeException;

public class MethodHandleBasics {
    static int add(int a, int b) { return a + b; }
    static boolean isEven(int x) { return x % 2 == 0; }
    static String even(int x) { return x + " is even"; }
    static String odd(int x) { return x + " is odd"; }
    int field = 7;
    String describe(String prefix, long n) { return prefix + n + "/" + field; }

    public static void main(String[] args) throws Throwable {
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        MethodHandle addH = lookup.findStatic(MethodHandleBasics.class, "add", MethodType.methodType(int.class, int.class, int.class));
        int r = (int) addH.invokeExact(3, 4);
        Object boxed = addH.invoke(Integer.valueOf(10), (short) 5);
        System.out.println(r + " " + boxed + " " + addH.type());
        try { long bad = (long) addH.invokeExact(1, 2); System.out.println(bad); } catch (WrongMethodTypeException e) { System.out.println("WrongMethodTypeException: " + e.getMessage()); }
        MethodHandle concat = lookup.findVirtual(String.class, "concat", MethodType.methodType(String.class, String.class));
        System.out.println((String) concat.invokeExact("keel", "vm") + " " + concat.bindTo("pre-").invoke("fix"));
        MethodHandle desc = lookup.findVirtual(MethodHandleBasics.class, "describe", MethodType.methodType(String.class, String.class, long.class));
        MethodHandleBasics obj = new MethodHandleBasics();
        System.out.println(desc.invoke(obj, "n=", 42) + " " + MethodHandles.insertArguments(desc, 1, "fixed:").invoke(obj, 9L));
        MethodHandle ctor = lookup.findConstructor(StringBuilder.class, MethodType.methodType(void.class, String.class));
        StringBuilder sb = (StringBuilder) ctor.invokeExact("built");
        MethodHandle getter = lookup.findGetter(MethodHandleBasics.class, "field", int.class);
        MethodHandle setter = lookup.findSetter(MethodHandleBasics.class, "field", int.class);
        setter.invoke(obj, 100);
        System.out.println(sb.append('!') + " " + (int) getter.invokeExact(obj) + " " + obj.describe("d", 1));
        MethodHandle len = lookup.findVirtual(String.class, "length", MethodType.methodType(int.class));
        MethodHandle lenPlusOne = MethodHandles.filterReturnValue(len, MethodHandles.insertArguments(addH, 1, 1));
        System.out.println(lenPlusOne.invoke("four") + " " + MethodHandles.dropArguments(len, 0, int.class).invoke(99, "abc"));
        MethodHandle test = lookup.findStatic(MethodHandleBasics.class, "isEven", MethodType.methodType(boolean.class, int.class));
        MethodHandle guard = MethodHandles.guardWithTest(test,
            lookup.findStatic(MethodHandleBasics.class, "even", MethodType.methodType(String.class, int.class)),
            lookup.findStatic(MethodHandleBasics.class, "odd", MethodType.methodType(String.class, int.class)));
        System.out.println(guard.invoke(4) + " | " + guard.invoke(7));
        MethodHandle constant = MethodHandles.constant(String.class, "const");
        MethodHandle identity = MethodHandles.identity(int.class);
        System.out.println(constant.invoke() + " " + identity.invoke(5) + " " + MethodHandles.arrayElementGetter(int[].class).invoke(new int[]{4, 5, 6}, 2));
        MethodHandle spread = addH.asSpreader(Object[].class, 2);
        MethodHandle collect = lookup.findStatic(java.util.Arrays.class, "toString", MethodType.methodType(String.class, Object[].class)).asCollector(Object[].class, 3);
        System.out.println(spread.invoke(new Object[]{20, 22}) + " " + collect.invoke("a", 1, 2.5));
        try { lookup.findStatic(MethodHandleBasics.class, "missing", MethodType.methodType(void.class)); } catch (NoSuchMethodException e) { System.out.println("NoSuchMethodException " + e.getMessage()); }
    }
}
