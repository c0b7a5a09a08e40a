// identity hash codes and Object.toString as properties (no raw values): stable across calls, toString = class name + "@" + hex(hashCode), System.identityHashCode agrees, overridden hashCode differs.
import java.util.IdentityHashMap;

public class IdentityHashAndToString {
    static class Plain { }
    static class Overrides { public int hashCode() { return 12345; } public boolean equals(Object o) { return o instanceof Overrides; } }

    public static void main(String[] args) {
        Object[] objs = {new Object(), new Plain(), new int[3], new String[0], new Plain[1][1], new StringBuilder("sb")};
        for (Object o : objs) {
            int h1 = o.hashCode(), h2 = o.hashCode();
            String expected = o.getClass().getName() + "@" + Integer.toHexString(h1);
            boolean toStringMatches = o instanceof StringBuilder || o.toString().equals(expected);
            System.out.println(o.getClass().getName() + " stable=" + (h1 == h2) + " identity=" + (System.identityHashCode(o) == h1) + " toString=" + toStringMatches);
        }
        Overrides ov = new Overrides();
        System.out.println("overridden hashCode " + ov.hashCode() + " toString " + ov.toString().equals(Overrides.class.getName() + "@3039") + " identity stable " + (System.identityHashCode(ov) == System.identityHashCode(ov)));
        String s = "text";
        System.out.println("String hash " + s.hashCode() + " identity differs from value hash is allowed, stable " + (System.identityHashCode(s) == System.identityHashCode(s)) + " null identity " + System.identityHashCode(null));
        Plain p = new Plain();
        int before = System.identityHashCode(p);
        for (int i = 0; i < 100000; i++) { Object garbage = new byte[64]; }
        System.gc();
        System.out.println("stable after allocation and gc " + (System.identityHashCode(p) == before) + " " + (p.hashCode() == before));
        int distinct = 0;
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        Object[] many = new Object[1000];
        for (int i = 0; i < many.length; i++) { many[i] = new Object(); if (seen.add(System.identityHashCode(many[i]))) distinct++; }
        System.out.println("mostly distinct " + (distinct > 900));
        IdentityHashMap<Overrides, String> ihm = new IdentityHashMap<>();
        ihm.put(new Overrides(), "a"); ihm.put(new Overrides(), "b"); ihm.put(ov, "c"); ihm.put(ov, "d");
        java.util.HashMap<Overrides, String> hm = new java.util.HashMap<>();
        hm.put(new Overrides(), "a"); hm.put(new Overrides(), "b");
        System.out.println("IdentityHashMap size " + ihm.size() + " get(ov) " + ihm.get(ov) + " HashMap size " + hm.size());
        Object a = new Object(), b = new Object();
        System.out.println("equals is identity " + a.equals(a) + " " + a.equals(b) + " " + (a.hashCode() == a.hashCode()));
        System.out.println("class hash stable " + (Plain.class.hashCode() == Plain.class.hashCode()));
    }
}
