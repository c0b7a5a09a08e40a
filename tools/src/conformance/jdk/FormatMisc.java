// printf/format of %s %S %c %C %b %B %h %n %%, widths and precision on strings, argument indices, Formattable-free objects, System.out.printf.
public class FormatMisc {
    static class Pt { final int x, y; Pt(int x, int y) { this.x = x; this.y = y; } public String toString() { return "Pt(" + x + "," + y + ")"; } }

    public static void main(String[] args) {
        System.out.printf("[%s] [%10s] [%-10s] [%.3s] [%10.2s] [%S]%n", "hello", "hello", "hello", "hello", "hello", "hello");
        System.out.printf("[%s] [%s] [%s] [%s] [%s]%n", null, 42, 1.5, new Pt(1, 2), new int[0].length);
        System.out.printf("[%c] [%c] [%C] [%5c] [%-3c] [%c]%n", 'a', 65, 'z', 'q', 'r', 0x263A > 0 ? 'Y' : 'N');
        System.out.printf("[%b] [%b] [%b] [%B] [%b] [%5b]%n", true, false, null, true, "nonnull", false);
        System.out.printf("[%h] [%h] [%H] [%h]%n", "hello", 42, "hello", null);
        System.out.printf("%2$s %1$s %2$s %<s %s%n", "a", "b");
        System.out.printf("100%% done%n");
        String s = String.format("line1%nline2");
        System.out.println(s.length() + " " + s.contains(System.lineSeparator()));
        System.out.print(String.format("%-6s|%6s|%n", "left", "right"));
        for (int i = 0; i < 5; i++) System.out.printf("%-4d%6.2f%8s%n", i, i / 3.0, "#".repeat(i));
        System.out.println(String.format("%s %s %s", true, 'c', 10L));
        System.out.println(String.format("%3$s-%2$s-%1$s", 1, 2, 3));
        System.out.println(String.format("%08.3f|%-8b|%8S|", -1.5, true, "abc"));
        System.out.println(String.format("%c%c%c", 'J', 'V', 'M'));
        try { String.format("%c", 0x110000); } catch (java.util.IllegalFormatCodePointException e) { System.out.println("IFCPE " + e.getMessage()); }
        try { String.format("%c", "str"); } catch (java.util.IllegalFormatConversionException e) { System.out.println("IFCE " + e.getMessage()); }
        try { String.format("%<s", "x"); } catch (java.util.MissingFormatArgumentException e) { System.out.println("MFAE " + e.getMessage()); }
        try { String.format("%,s", "x"); } catch (java.util.FormatFlagsConversionMismatchException e) { System.out.println("FFCME " + e.getMessage()); }
        System.out.println(String.format("") + "|" + String.format("no args") + "|" + String.format("%s", (Object) null));
        StringBuilder sb = new StringBuilder();
        new java.util.Formatter(sb).format("%d-%s", 5, "x").format("/%05d", 12);
        System.out.println(sb);
    }
}
