// java.util.Scanner beyond basics: useLocale(US) grouping and localized numbers, hasNextDouble on NaN/Infinity/hex, regex delimiters with empty tokens, findWithinHorizon, skip, tokens()/findAll streams, radix scanning, match() results, nextLine at boundaries, error states after close.
import java.util.*;
import java.util.regex.*;
import java.util.stream.Collectors;

public class ScannerPatternsAndLocale {
    public static void main(String[] args) {
        java.util.Locale.setDefault(java.util.Locale.US);
        Scanner s = new Scanner("1,234 -5,678.5 1,23 NaN Infinity -Infinity 0x1F 1e3 +7 (12) 007 12,345,678").useLocale(Locale.US);
        while (s.hasNext()) {
            String kind = s.hasNextInt() ? "int" : s.hasNextLong() ? "long" : s.hasNextDouble() ? "double" : "token";
            String val;
            switch (kind) {
                case "int": val = String.valueOf(s.nextInt()); break;
                case "long": val = String.valueOf(s.nextLong()); break;
                case "double": val = String.valueOf(s.nextDouble()); break;
                default: val = s.next();
            }
            System.out.println(kind + " " + val);
        }
        Scanner d = new Scanner("a,,b, c ,,,d,").useDelimiter("\\s*,\\s*");
        List<String> toks = new ArrayList<>();
        while (d.hasNext()) toks.add("<" + d.next() + ">");
        System.out.println("delimited " + toks + " delim=" + d.delimiter());
        Scanner r = new Scanner("ff 777 zz 101 -80 80").useRadix(16);
        System.out.print("radix16:");
        while (r.hasNext()) {
            if (r.hasNextByte()) System.out.print(" byte " + r.nextByte());
            else if (r.hasNextInt()) System.out.print(" int " + r.nextInt());
            else System.out.print(" tok " + r.next());
        }
        System.out.println(" radix=" + r.radix());
        Scanner r2 = new Scanner("101 777 zz");
        System.out.println("explicit radix " + r2.nextInt(2) + " " + r2.nextInt(8) + " " + r2.nextInt(36));
        Scanner f = new Scanner("key1=val1; junk key2=val2\nkey3=val3 tail");
        System.out.println("findInLine " + f.findInLine("key(\\d)=(\\w+)") + " group2=" + f.match().group(2));
        System.out.println("findWithinHorizon " + f.findWithinHorizon("key\\d=\\w+", 0) + " next=" + f.next() + " horizon5=" + f.findWithinHorizon("tail", 5));
        System.out.println("at end hasNextLine " + f.hasNextLine() + " hasNext " + f.hasNext());
        Scanner sk = new Scanner("   abc 123 def");
        sk.skip("\\s*[a-z]+");
        System.out.println("after skip " + sk.nextInt() + " " + sk.next());
        try { new Scanner("abc").skip("\\d"); } catch (NoSuchElementException e) { System.out.println("skip NSEE " + e.getClass().getSimpleName()); }
        System.out.println("tokens " + new Scanner("x y  z\tw\nv").tokens().collect(Collectors.toList()));
        System.out.println("findAll " + new Scanner("a1b22c333").findAll("\\d+").map(MatchResult::group).collect(Collectors.joining("|")));
        Scanner lines = new Scanner("first\n\nthird\r\nfourth\rfifth");
        int n = 0;
        while (lines.hasNextLine()) System.out.print("[" + (n++) + ":" + lines.nextLine() + "]");
        System.out.println();
        Scanner mix = new Scanner("42 rest of line\nnext 3.5 true");
        System.out.println("mix " + mix.nextInt() + " '" + mix.nextLine() + "' " + mix.next() + " " + mix.nextDouble() + " " + mix.nextBoolean());
        Scanner bad = new Scanner("12 abc 99999999999 3.0");
        System.out.println("int " + bad.nextInt());
        try { bad.nextInt(); } catch (InputMismatchException e) { System.out.println("IME " + e.getMessage() + " then token " + bad.next()); }
        try { bad.nextInt(); } catch (InputMismatchException e) { System.out.println("IME overflow " + e.getMessage() + " long " + bad.nextLong()); }
        try { bad.nextInt(); } catch (InputMismatchException e) { System.out.println("IME double " + e.getMessage() + " " + bad.nextDouble()); }
        try { bad.next(); } catch (NoSuchElementException e) { System.out.println("NSEE " + e.getMessage()); }
        System.out.println("bigs " + new Scanner("123456789012345678901234567890 1.5e-40").useLocale(Locale.US).nextBigInteger() + " " + new Scanner("1,234.50").useLocale(Locale.US).nextBigDecimal());
        Scanner b = new Scanner("TRUE False yes");
        System.out.println("booleans " + b.nextBoolean() + " " + b.nextBoolean() + " " + b.hasNextBoolean());
        Scanner pat = new Scanner("abc-123 def-45x");
        System.out.println("hasNext(pattern) " + pat.hasNext("[a-z]+-\\d+") + " " + pat.next("[a-z]+-\\d+") + " " + pat.hasNext("[a-z]+-\\d+"));
        Scanner closed = new Scanner("x");
        closed.close();
        try { closed.hasNext(); } catch (IllegalStateException e) { System.out.println("closed ISE " + e.getMessage()); }
        Scanner ws = new Scanner("\u2003a\u00a0b\u3000c");
        System.out.println("unicode whitespace tokens " + ws.tokens().count());
        Scanner neg = new Scanner("-0 -0.0 1. .5 -.5e1 1,2").useLocale(Locale.ROOT);
        StringBuilder nb = new StringBuilder("root locale:");
        while (neg.hasNext()) nb.append(' ').append(neg.hasNextDouble() ? String.valueOf(neg.nextDouble()) : "tok:" + neg.next());
        System.out.println(nb);
        System.out.println("locale " + new Scanner("").useLocale(Locale.US).locale() + " reset delim " + new Scanner("").useDelimiter(",").reset().delimiter());
    }
}
