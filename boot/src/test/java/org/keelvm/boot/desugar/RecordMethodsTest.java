package org.keelvm.boot.desugar;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordMethodsTest {
    private static final String RECORDS = """
            package demo;

            import java.util.*;

            public class Records {
                record Point(int x, int y) { }
                record Mixed(float f, double d, long l, char c, boolean b, byte by, short s, String str, int[] arr,
                             Object o) { }
                record Empty() { }
                record Loud(String n) {
                    @Override public boolean equals(Object o) {
                        System.out.println("equals " + n);
                        return o instanceof Loud other && other.n.equals(n);
                    }
                    @Override public int hashCode() { System.out.println("hashCode " + n); return n.length(); }
                    @Override public String toString() { System.out.println("toString " + n); return n; }
                }
                record Pair<A, B>(A first, B second) { }
                record Custom(int v) {
                    @Override public String toString() { return "custom " + v; }
                }

                static void show(Object a, Object b) {
                    show(a, b, 0);
                }

                /** Prints the hash code less {@code identity}, the part an identity hash code adds. */
                static void show(Object a, Object b, int identity) {
                    System.out.println(a + " | " + b + " | " + a.equals(b) + " " + b.equals(a) + " "
                            + (a.hashCode() == b.hashCode()) + " " + (a.hashCode() - identity));
                }

                public static void main(String[] args) {
                    show(new Point(1, 2), new Point(1, 2));
                    show(new Point(1, 2), new Point(2, 1));
                    System.out.println(new Point(1, 2).equals(null) + " " + new Point(1, 2).equals("x"));
                    int[] shared = {1, 2};
                    Mixed m1 = new Mixed(Float.NaN, -0.0, 7L, 'c', true, (byte) 1, (short) 2, null, shared, null);
                    Mixed m2 = new Mixed(Float.NaN, -0.0, 7L, 'c', true, (byte) 1, (short) 2, null, shared, null);
                    show(m1, m2, 31 * System.identityHashCode(shared));
                    System.out.println(m1.equals(new Mixed(Float.NaN, 0.0, 7L, 'c', true, (byte) 1, (short) 2, null,
                            shared, null)));
                    System.out.println(m1.equals(new Mixed(Float.NaN, -0.0, 7L, 'c', true, (byte) 1, (short) 2, null,
                            new int[] {1, 2}, null)));
                    System.out.println(new Mixed(0.0f, 0.0, 0, 'a', false, (byte) 0, (short) 0, "s", null, List.of(1))
                            .equals(new Mixed(-0.0f, 0.0, 0, 'a', false, (byte) 0, (short) 0, "s", null, List.of(1))));
                    System.out.println(new Mixed(1.5f, 2.5, -1L, 'z', false, (byte) -1, (short) -1, "s", null,
                            List.of(1, 2)).hashCode());
                    Mixed m3 = new Mixed(1.5f, 2.5, -1L, 'z', false, (byte) -1, (short) -1, "s", null, "o");
                    System.out.println(m3 + " " + m3.hashCode());
                    show(new Empty(), new Empty());
                    record Local(String s, double d) { }
                    show(new Local("x", 1e300), new Local("x", 1e300));
                    show(new Pair<>("a", 1), new Pair<>("a", 1L));
                    show(new Pair<>(null, null), new Pair<>(null, null));
                    Pair<Loud, Loud> p = new Pair<>(new Loud("first"), new Loud("second"));
                    Pair<Loud, Loud> q = new Pair<>(new Loud("first"), new Loud("second"));
                    System.out.println(p.equals(q));
                    System.out.println(p.hashCode());
                    System.out.println(p.toString());
                    System.out.println(new Custom(3) + " " + new Custom(3).hashCode());
                }
            }
            """;

    @Test
    void recordMethodsMatchHotSpot() throws Exception {
        String output = JavaPrograms.assertSameBehaviour(Map.of("demo/Records.java", RECORDS), "demo.Records");
        assertTrue(output.startsWith("Point[x=1, y=2] | Point[x=1, y=2] | true true true"), output);
        assertTrue(output.contains("equals second\nequals first\ntrue"), output);
    }
}
