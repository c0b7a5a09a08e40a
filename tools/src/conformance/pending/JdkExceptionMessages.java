// exception types and messages raised by common JDK argument checks: capacities, ranges, radix, repeat counts, enum lookups, iterator misuse, immutable and unsupported operations.
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.function.Supplier;

public class JdkExceptionMessages {
    static void attempt(String what, Supplier<?> s) {
        try { System.out.println(what + " = " + s.get()); }
        catch (RuntimeException e) { System.out.println(what + " -> " + e.getClass().getName() + ": " + e.getMessage()); }
    }
    enum Color { RED }

    public static void main(String[] args) {
        attempt("new ArrayList(-1)", () -> new ArrayList<>(-1));
        attempt("new HashMap(-1)", () -> new HashMap<>(-1));
        attempt("new HashMap(16, 0)", () -> new HashMap<>(16, 0f));
        attempt("new ArrayDeque(-5)", () -> new ArrayDeque<>(-5).size());
        attempt("Collections.nCopies(-1)", () -> Collections.nCopies(-1, "x"));
        attempt("\"ab\".repeat(-2)", () -> "ab".repeat(-2));
        attempt("Integer.parseInt(\"12\", 40)", () -> Integer.parseInt("12", 40));
        attempt("Integer.parseInt(null)", () -> Integer.parseInt(null));
        attempt("Long.parseLong(\"\")", () -> Long.parseLong(""));
        attempt("Double.parseDouble(\"1,5\")", () -> Double.parseDouble("1,5"));
        attempt("Color.valueOf(\"BLUE\")", () -> Color.valueOf("BLUE"));
        attempt("\"abc\".substring(4)", () -> "abc".substring(4));
        attempt("\"abc\".charAt(-1)", () -> "abc".charAt(-1));
        attempt("new StringBuilder(-1)", () -> new StringBuilder(-1));
        attempt("List.of(1).iterator() next twice", () -> { var it = List.of(1).iterator(); it.next(); return it.next(); });
        attempt("new ArrayList().iterator().next()", () -> new ArrayList<Integer>().iterator().next());
        attempt("Collections.emptyList().get(0)", () -> Collections.emptyList().get(0));
        attempt("List.of(1,2).subList(1,3)", () -> List.of(1, 2).subList(1, 3));
        attempt("new ArrayList(List.of(1)).get(3)", () -> new ArrayList<>(List.of(1)).get(3));
        attempt("new ArrayList().remove(0)", () -> new ArrayList<Integer>().remove(0));
        attempt("List.of().remove(null)", () -> List.of().remove(null));
        attempt("Collections.unmodifiableList(x).clear()", () -> { Collections.unmodifiableList(new ArrayList<>(List.of(1))).clear(); return "cleared"; });
        attempt("Character.toChars(-1)", () -> Character.toChars(-1));
        attempt("Character.digit('7', 1)", () -> Character.digit('7', 1));
        attempt("String.valueOf((char[]) null)", () -> String.valueOf((char[]) null));
        attempt("Integer.valueOf(\"0x10\")", () -> Integer.valueOf("0x10"));
        attempt("java.util.Objects.requireNonNull(null, \"thing\")", () -> java.util.Objects.requireNonNull(null, "thing"));
        attempt("new java.util.Random().nextInt(-3)", () -> new java.util.Random(1).nextInt(-3));
        attempt("\"x\".getBytes(\"bogus\")", () -> { try { return "x".getBytes("bogus"); } catch (java.io.UnsupportedEncodingException e) { throw new RuntimeException("wrapped " + e.getMessage()); } });
        attempt("java.nio.charset.Charset.forName(\"bogus\")", () -> java.nio.charset.Charset.forName("bogus"));
        attempt("String.format(\"%5.2d\")", () -> String.format("%5.2d", 1));
        attempt("java.time.Month.of(13)", () -> java.time.Month.of(13));
        attempt("java.util.UUID.fromString(\"\")", () -> java.util.UUID.fromString(""));
        attempt("new java.math.BigDecimal(\"\")", () -> new java.math.BigDecimal(""));
        attempt("java.math.BigInteger.valueOf(-1).sqrt()", () -> java.math.BigInteger.valueOf(-1).sqrt());
        attempt("\"a\".compareTo(null)", () -> "a".compareTo(null));
    }
}
