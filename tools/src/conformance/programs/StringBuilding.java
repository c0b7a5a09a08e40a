import org.keelvm.hal.Console;

// StringBuilder growth, insertion and reversal, integer formatting and parsing, string concatenation and the
// common String methods: what reaches jdk.internal.misc.Unsafe through ArraysSupport and friends. Not case
// conversion (it asks for the default Locale) nor Double.toString of large values (FloatingDecimal's ThreadLocal
// needs Thread.currentThread): both wait for the JDK's start-up.
public class StringBuilding {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            sb.append(i).append(',');
        }
        Console.println(sb.length());
        Console.println(sb.toString());
        sb.setLength(10);
        sb.insert(0, "start:").insert(3, 'X');
        Console.println(sb.toString());
        Console.println(new StringBuilder("stressed").reverse().toString());
        sb.deleteCharAt(0).replace(0, 2, "__");
        Console.println(sb.toString());
        Console.println(sb.indexOf("0,1"));
        Console.println(sb.charAt(4));

        Console.println(Integer.toString(-123456));
        Console.println(Integer.toString(Integer.MIN_VALUE));
        Console.println(Long.toString(Long.MAX_VALUE));
        Console.println(Integer.toHexString(0xCAFEBABE));
        Console.println(Integer.toBinaryString(42));
        Console.println(Integer.parseInt("-98765"));
        Console.println(Long.parseLong("1234567890123"));
        Console.println(Integer.parseInt("7f", 16));
        try {
            Integer.parseInt("12x");
        } catch (NumberFormatException e) {
            Console.println(e.getMessage());
        }

        int i = 7;
        long big = 1L << 40;
        char c = 'c';
        boolean flag = true;
        Console.println("a" + i + c + big + flag + null);
        Console.println("value=" + 2.5);
        Console.println("float=" + 0.1f + " double=" + (1.0 / 3));
        Console.println(String.valueOf(-0.0));
        Console.println(String.valueOf(i) + String.valueOf(c) + String.valueOf(flag));

        String s = "Hello, World";
        Console.println(s.equals("Hello, World") ? "equal" : "different");
        Console.println(s.equals(sb.toString()) ? "equal" : "different");
        Console.println(s.compareTo("Hello") > 0 ? "greater" : "not greater");
        Console.println("apple".compareTo("banana"));
        Console.println(s.indexOf('W'));
        Console.println(s.indexOf("World"));
        Console.println(s.lastIndexOf('o'));
        Console.println(s.substring(7));
        Console.println(s.substring(0, 5));
        Console.println(s.replace('l', 'L'));
        Console.println("  trim me  ".trim() + "|");
        Console.println(s.contains("lo, W") ? "contains" : "absent");
        Console.println(s.startsWith("Hell") && s.endsWith("ld") ? "ends" : "no");
        Console.println(s.hashCode());
        Console.println(String.join("-", "x", "y", "z"));
        Console.println("ab".repeat(5));
        Console.println(s.charAt(4));
        char[] chars = s.toCharArray();
        Console.println(chars.length);
        Console.println(new String(chars, 7, 5));
        Console.println("caf\u00e9".length());
        Console.println(("\u4e2d\u6587" + "x").length());
    }
}
