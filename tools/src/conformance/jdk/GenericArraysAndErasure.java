// generic arrays and erasure: (T[]) new Object[] heap pollution and its CCE at the use site, Array.newInstance with a Class token, toArray(IntFunction), varargs of generics, erased instanceof.
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

public class GenericArraysAndErasure {
    static class Stack<T> {
        private T[] items;
        private int size;
        @SuppressWarnings("unchecked") Stack(int cap) { items = (T[]) new Object[cap]; }
        void push(T t) { if (size == items.length) items = Arrays.copyOf(items, size * 2); items[size++] = t; }
        T pop() { T t = items[--size]; items[size] = null; return t; }
        T[] leak() { return items; }
    }
    static Object[] backing(Stack<?> st) { return st.leak(); }
    static <T> T[] typed(Class<T> type, int n) { @SuppressWarnings("unchecked") T[] a = (T[]) Array.newInstance(type, n); return a; }
    @SafeVarargs static <T> T[] pack(T... ts) { return ts; }
    static <T> T[] wrongPack(T a, T b) { return pack(a, b); }

    public static void main(String[] args) {
        Stack<String> s = new Stack<>(2);
        for (String w : "a b c d e".split(" ")) s.push(w);
        StringBuilder sb = new StringBuilder();
        while (s.size > 0) sb.append(s.pop());
        System.out.println(sb + " backing array class " + backing(s).getClass().getSimpleName());
        Stack<Integer> si = new Stack<>(4);
        si.push(1);
        try { Integer[] leaked = si.leak(); System.out.println(leaked.length); } catch (ClassCastException e) { System.out.println("leaked generic array: " + e.getMessage()); }
        Object[] asObj = backing(si);
        System.out.println("as Object[] fine " + asObj.length);
        String[] t = typed(String.class, 3);
        t[0] = "ok";
        System.out.println(t.getClass().getSimpleName() + " " + Arrays.toString(t));
        String[] packed = pack("x", "y");
        System.out.println(packed.getClass().getSimpleName() + " " + packed.length);
        try { String[] wrong = wrongPack("x", "y"); System.out.println(wrong.length); } catch (ClassCastException e) { System.out.println("generic varargs through erased method: " + e.getMessage()); }
        List<String> list = new ArrayList<>(List.of("p", "q"));
        String[] viaGen = list.toArray(String[]::new);
        Object[] viaPlain = list.toArray();
        System.out.println(viaGen.getClass().getSimpleName() + " " + viaPlain.getClass().getSimpleName());
        List<Integer> li = new ArrayList<>();
        List<String> ls = new ArrayList<>();
        System.out.println("erased classes equal " + (li.getClass() == ls.getClass()) + " instanceof raw List " + (li instanceof List<?>));
        @SuppressWarnings("unchecked") List<String>[] arrOfLists = (List<String>[]) new List<?>[2];
        arrOfLists[0] = List.of("one");
        Object[] alias = arrOfLists;
        alias[1] = List.of(42);
        try { String str = arrOfLists[1].get(0); System.out.println(str); } catch (ClassCastException e) { System.out.println("array of generic lists polluted: " + e.getMessage()); }
        try { Object[] strs = new String[1]; strs[0] = 1; } catch (ArrayStoreException e) { System.out.println("reified array still checks stores: " + e.getMessage()); }
    }
}
