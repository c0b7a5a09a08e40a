// java.util.Scanner over a String: next/nextInt/nextDouble/nextBoolean/nextLine mixing, hasNext checks, custom delimiters, radix, findInLine, InputMismatchException.
import java.util.InputMismatchException;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Scanner;

public class ScannerOverString {
    public static void main(String[] args) {
        Scanner s = new Scanner("42 3.5 true word -7\nrest of line\n\nlast 99999999999");
        s.useLocale(Locale.ROOT);
        System.out.println(s.nextInt() + " " + s.nextDouble() + " " + s.nextBoolean() + " " + s.next() + " " + s.nextInt() + " [" + s.nextLine() + "] [" + s.nextLine() + "] [" + s.nextLine() + "]");
        System.out.println(s.hasNextInt() + " " + s.next() + " " + s.hasNextInt() + " " + s.hasNextLong() + " " + s.nextLong() + " " + s.hasNext() + " " + s.hasNextLine());
        try { s.next(); } catch (NoSuchElementException e) { System.out.println("exhausted: " + e.getClass().getSimpleName()); }
        Scanner csv = new Scanner("alpha,beta,,gamma , delta").useDelimiter("\\s*,\\s*");
        StringBuilder sb = new StringBuilder();
        while (csv.hasNext()) sb.append('[').append(csv.next()).append(']');
        System.out.println(sb);
        Scanner nums = new Scanner("1 2 x 3 4.5 y 5");
        nums.useLocale(Locale.ROOT);
        int sum = 0; StringBuilder skipped = new StringBuilder();
        while (nums.hasNext()) { if (nums.hasNextInt()) sum += nums.nextInt(); else skipped.append(nums.next()).append(' '); }
        System.out.println("sum " + sum + " skipped " + skipped);
        Scanner hex = new Scanner("ff 10 7fffffff");
        System.out.println(hex.nextInt(16) + " " + hex.nextInt(2) + " " + hex.nextInt(16));
        Scanner bad = new Scanner("notanumber 2147483648");
        try { bad.nextInt(); } catch (InputMismatchException e) { System.out.println("mismatch: " + e.getMessage() + " then next=" + bad.next()); }
        try { bad.nextInt(); } catch (InputMismatchException e) { System.out.println("overflow mismatch: " + e.getMessage()); }
        Scanner find = new Scanner("id=123 name=keel ver=17");
        System.out.println(find.findInLine("name=(\\w+)") + " " + find.match().group(1) + " " + find.next());
        Scanner lines = new Scanner("l1\r\nl2\rl3\nl4");
        sb.setLength(0);
        while (lines.hasNextLine()) sb.append('<').append(lines.nextLine()).append('>');
        System.out.println(sb);
        System.out.println(new Scanner("a b c").tokens().toList() + " " + new Scanner("1,2;3").useDelimiter("[,;]").tokens().mapToInt(Integer::parseInt).sum());
        Scanner loc = new Scanner("1,234 5.5").useLocale(Locale.US);
        System.out.println(loc.nextInt() + " " + loc.nextDouble());
        Scanner closed = new Scanner("x");
        closed.close();
        try { closed.next(); } catch (IllegalStateException e) { System.out.println("closed: " + e.getMessage()); }
    }
}
