// core String methods: length, charAt, substring, indexOf/lastIndexOf, contains, startsWith/endsWith, replace, trim, isEmpty/isBlank, toCharArray.
public class StringBasics {
    public static void main(String[] args) {
        String s = "Hello, World! Hello, Java!";
        System.out.println(s.length() + " " + s.charAt(0) + s.charAt(7) + s.charAt(s.length() - 1));
        System.out.println(s.substring(7) + "|" + s.substring(0, 5) + "|" + s.substring(5, 5) + "|" + s.substring(s.length()));
        System.out.println(s.indexOf('o') + " " + s.indexOf('o', 5) + " " + s.indexOf("Hello") + " " + s.indexOf("Hello", 1) + " " + s.indexOf("xyz") + " " + s.indexOf(""));
        System.out.println(s.lastIndexOf('o') + " " + s.lastIndexOf("Hello") + " " + s.lastIndexOf('H', 10) + " " + s.lastIndexOf("") + " " + s.indexOf('!', 100));
        System.out.println(s.contains("World") + " " + s.contains("world") + " " + s.startsWith("Hell") + " " + s.startsWith("World", 7) + " " + s.endsWith("Java!") + " " + s.endsWith(""));
        System.out.println(s.replace('l', 'L') + " | " + s.replace("Hello", "Bye") + " | " + s.replace("", "-").substring(0, 12));
        System.out.println("[" + "  padded \t\n".trim() + "] [" + "".trim() + "] [" + "\u0001x\u0001".trim() + "]");
        System.out.println("".isEmpty() + " " + " ".isEmpty() + " " + " \t".isBlank() + " " + " a ".isBlank());
        char[] cs = "abc".toCharArray();
        cs[0] = 'X';
        System.out.println(new String(cs) + " " + String.valueOf(cs, 1, 2) + " " + String.copyValueOf(cs));
        System.out.println("abc".concat("def") + " " + "".concat("") + " " + "a".concat(""));
        System.out.println("Mississippi".replaceFirst("ss", "SS") + " " + "Mississippi".replaceAll("s+", "s") + " " + "a.b.c".replace(".", "::"));
        System.out.println("x".equals("x") + " " + "x".equals(null) + " " + "X".equalsIgnoreCase("x") + " " + "\u00df".equalsIgnoreCase("SS"));
        System.out.println("ab".toUpperCase() + " " + "AbC".toLowerCase() + " " + "MiXeD 123".toUpperCase());
        String multi = "line1\nline2\r\nline3\rline4";
        multi.lines().forEach(l -> System.out.print("<" + l + ">"));
        System.out.println(" " + multi.lines().count());
        System.out.println("a,b,,c,".split(",").length + " " + "a,b,,c,".split(",", -1).length + " " + String.join("/", "a,b,,c,".split(",", 3)));
        System.out.println("%d items".formatted(3) + " " + "abc".indent(2).replace("\n", "$") + " " + "  x\n  y".stripIndent().replace("\n", "$"));
        System.out.println("tab\\t".translateEscapes().length() + " " + "abc".contentEquals(new StringBuilder("abc")) + " " + "hello".matches("h.*o"));
        String t = "";
        for (int i = 0; i < 10; i++) t += i;
        System.out.println(t + " " + t.hashCode() + " " + t.codePointAt(3) + " " + t.toString().equals(t));
        System.out.println("chars " + "a\u00e9b".chars().sum() + " " + "xyz".describeConstable().get());
    }
}
