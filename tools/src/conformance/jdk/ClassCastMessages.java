// ClassCastException messages exactly as HotSpot words them: app classes, JDK classes, arrays, interfaces, mixed loaders/modules.
import java.util.List;

public class ClassCastMessages {
    static class Animal { }
    static class Dog extends Animal { }
    static class Cat extends Animal { }
    interface Pet { }

    static void attempt(String what, Runnable r) {
        try { r.run(); System.out.println(what + ": no exception"); }
        catch (ClassCastException e) { System.out.println(what + ": " + e.getMessage()); }
    }

    public static void main(String[] args) {
        Object dog = new Dog(), str = "text", num = 42, list = List.of(1), intArr = new int[1], strArr = new String[1], objArr = new Object[1], dogArr = new Dog[1];
        attempt("Dog to Cat", () -> { Cat c = (Cat) dog; });
        attempt("Dog to Pet", () -> { Pet p = (Pet) dog; });
        attempt("String to Integer", () -> { Integer i = (Integer) str; });
        attempt("Integer to String", () -> { String s = (String) num; });
        attempt("String to Dog", () -> { Dog d = (Dog) str; });
        attempt("Dog to String", () -> { String s = (String) dog; });
        attempt("Dog to Comparable", () -> { Comparable<?> c = (Comparable<?>) dog; });
        attempt("List.of to ArrayList", () -> { java.util.ArrayList<?> a = (java.util.ArrayList<?>) list; });
        attempt("int[] to Object[]", () -> { Object[] o = (Object[]) intArr; });
        attempt("int[] to long[]", () -> { long[] l = (long[]) intArr; });
        attempt("String[] to Integer[]", () -> { Integer[] i = (Integer[]) strArr; });
        attempt("Object[] to String[]", () -> { String[] s = (String[]) objArr; });
        attempt("Dog[] to Cat[]", () -> { Cat[] c = (Cat[]) dogArr; });
        attempt("Dog[] to Animal[] ok", () -> { Animal[] a = (Animal[]) dogArr; });
        attempt("String to int[]", () -> { int[] i = (int[]) str; });
        attempt("int[] to String", () -> { String s = (String) intArr; });
        attempt("Integer to Long (unboxing context)", () -> { long l = (Long) num; });
        attempt("Class.cast", () -> Integer.class.cast(str));
        attempt("generic erasure", () -> { List<String> raw = castUnchecked(List.of(1)); String s = raw.get(0); });
        attempt("Dog[][] to Object[][] ok", () -> { Object[][] o = (Object[][]) (Object) new Dog[1][1]; });
        attempt("int[][] to Object[][]", () -> { Object[][] o = (Object[][]) (Object) new int[1][1]; });
    }
    @SuppressWarnings("unchecked")
    static <T> T castUnchecked(Object o) { return (T) o; }
}
