package org.keelvm.boot.desugar;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class StringConcatenationTest {
    private static final String CONCAT = """
            package demo;

            public class Concat {
                interface Labelled {
                    int id();
                    default String label() { return "#" + id() + "/" + (id() * 2L); }
                }
                static class Odd {
                    @Override public String toString() { return null; }
                }
                static class Loud {
                    final String n;
                    Loud(String n) { this.n = n; }
                    @Override public String toString() { System.out.println("toString " + n); return n; }
                }

                public static void main(String[] args) {
                    byte b = -3; short s = 300; char c = 'q'; int i = -7; long l = Long.MIN_VALUE;
                    float f = 1.1f; double d = Math.PI; boolean z = false; String n = null; Object o = null;
                    System.out.println("b=" + b + " s=" + s + " c=" + c + " i=" + i + " l=" + l + " f=" + f
                            + " d=" + d + " z=" + z + " n=" + n + " o=" + o);
                    System.out.println(b + s + c + "|" + c + i + "|" + (char) (c + 1) + (c + 1));
                    System.out.println("" + Float.NaN + Float.POSITIVE_INFINITY + (-0.0f) + 1e10f + (-0.0) + 1e-5
                            + Double.MIN_VALUE + Long.MAX_VALUE + Integer.MIN_VALUE + Character.MAX_VALUE);
                    System.out.println("ctl\\u0001arg\\u0002const" + i + "\\u0001" + c + "\\u0002");
                    final String constant = "K";
                    System.out.println(constant + i + constant);
                    char[] chars = {'a', 'b'};
                    System.out.println("chars " + chars.length + " " + (chars + "").startsWith("[C@"));
                    System.out.println("odd " + new Odd() + " " + new Odd());
                    System.out.println("order " + new Loud("one") + new Loud("two"));
                    Labelled labelled = () -> 21;
                    System.out.println(labelled.label());
                    String acc = "";
                    for (int k = 0; k < 3; k++) { acc += k; acc += 'x'; }
                    System.out.println(acc);
                    Integer boxed = 5; Character boxedChar = 'w'; Boolean boxedBool = true;
                    System.out.println(boxed + "," + boxedChar + "," + boxedBool + "," + (Object) "s");
                    System.out.println(i + l + "" + f + d);
                    System.out.println("" + i);
                    System.out.println(n + n);
                    String many = "" + i + i + i + i + i + i + i + i + i + i + i + i + i + i + i + i + i + i + i + i
                            + l + l + l + l + l + l + l + l + l + l + d + d + d + d + d + d + d + d + d + d
                            + c + c + c + c + c + z + z + z + f + f;
                    System.out.println(many);
                }
            }
            """;

    @Test
    void concatenationMatchesHotSpotForEveryArgumentType() throws Exception {
        String output = JavaPrograms.assertSameBehaviour(Map.of("demo/Concat.java", CONCAT), "demo.Concat");
        assertTrue(output.contains("ctl\u0001arg\u0002const-7\u0001q\u0002"), output);
        assertTrue(output.contains("odd null null"), output);
        assertTrue(output.contains("toString one\ntoString two\norder onetwo"), output);
    }
}
