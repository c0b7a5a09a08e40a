// legacy collections: Vector, Stack, Hashtable (iteration order by hash), Enumeration, and their synchronized-method semantics on one thread.
import java.util.Collections;
import java.util.Enumeration;
import java.util.Hashtable;
import java.util.Stack;
import java.util.Vector;

public class LegacyCollections {
    public static void main(String[] args) {
        Vector<Integer> v = new Vector<>(3, 2);
        for (int i = 0; i < 8; i++) v.addElement(i * i);
        System.out.println(v + " cap>=8 " + (v.capacity() >= 8) + " first " + v.firstElement() + " last " + v.lastElement() + " at3 " + v.elementAt(3));
        v.insertElementAt(-1, 0); v.removeElementAt(4); v.setElementAt(100, 1); v.removeElement(49);
        System.out.println(v + " indexOf(16) " + v.indexOf(16) + " " + v.indexOf(16, 5));
        StringBuilder sb = new StringBuilder();
        for (Enumeration<Integer> e = v.elements(); e.hasMoreElements(); ) sb.append(e.nextElement()).append(',');
        System.out.println("enumeration " + sb);
        v.setSize(3);
        System.out.println(v + " " + v.size());
        v.setSize(5);
        System.out.println(v);
        Stack<String> st = new Stack<>();
        System.out.println(st.empty() + " " + st.push("a") + st.push("b") + st.push("c") + " " + st + " peek " + st.peek() + " search(a) " + st.search("a") + " search(z) " + st.search("z"));
        System.out.println(st.pop() + st.pop() + " " + st + " " + st.size());
        st.pop();
        try { st.pop(); } catch (java.util.EmptyStackException e) { System.out.println("EmptyStackException " + e.getMessage()); }
        Hashtable<String, Integer> h = new Hashtable<>();
        for (String s : "one two three four five six".split(" ")) h.put(s, s.length());
        System.out.println(h + " " + h.get("three") + " " + h.contains(4) + " " + h.containsKey("six"));
        sb.setLength(0);
        for (Enumeration<String> e = h.keys(); e.hasMoreElements(); ) sb.append(e.nextElement()).append(' ');
        System.out.println("keys " + sb);
        try { h.put(null, 1); } catch (NullPointerException e) { System.out.println("Hashtable null key -> NPE"); }
        try { h.put("k", null); } catch (NullPointerException e) { System.out.println("Hashtable null value -> NPE"); }
        Hashtable<Integer, String> hi = new Hashtable<>();
        for (int i = 0; i < 20; i++) hi.put(i * 13, "x" + i);
        System.out.println(hi.keySet());
        System.out.println(Collections.list(Collections.enumeration(java.util.List.of(3, 2, 1))));
    }
}
