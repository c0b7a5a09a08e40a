// StringBuilder and StringBuffer: append of every type, insert, delete, deleteCharAt, replace, reverse (with surrogates), setCharAt, setLength, capacity growth.
public class StringBuilderOps {
    public static void main(String[] args) {
        StringBuilder sb = new StringBuilder();
        sb.append(true).append(',').append((byte) 5).append(',').append((short) -6).append(',').append(7).append(',').append(8L).append(',')
          .append(1.5f).append(',').append(2.25).append(',').append('c').append(',').append("str").append(',').append((Object) null).append(',')
          .append((String) null).append(',').append(new char[]{'x', 'y'}).append(',').append(new StringBuilder("sb")).append(',').append("abcdef", 2, 4);
        System.out.println(sb + " len=" + sb.length());
        StringBuilder b = new StringBuilder("0123456789");
        b.insert(0, "<").insert(b.length(), '>').insert(5, 3.5).insert(3, false);
        System.out.println(b);
        b.delete(1, 4).deleteCharAt(0).replace(2, 6, "REPLACED");
        System.out.println(b);
        b.setCharAt(0, '#');
        b.setLength(6);
        System.out.println(b + " " + b.length());
        b.setLength(8);
        System.out.println(b.toString().replace('\0', '_') + " " + b.length());
        System.out.println(new StringBuilder("stressed").reverse() + " " + new StringBuilder("a\ud83d\ude00b").reverse().codePointAt(1));
        StringBuilder s2 = new StringBuilder("hello world hello");
        System.out.println(s2.indexOf("hello") + " " + s2.lastIndexOf("hello") + " " + s2.indexOf("o", 5) + " " + s2.charAt(4) + " " + s2.substring(6, 11) + " " + s2.subSequence(0, 2));
        StringBuilder cap = new StringBuilder(4);
        int before = cap.capacity();
        for (int i = 0; i < 100; i++) cap.append(i % 10);
        System.out.println(before + " " + cap.length() + " " + (cap.capacity() >= 100) + " " + cap.substring(90));
        cap.setLength(0);
        System.out.println("[" + cap + "] " + cap.length());
        StringBuffer buf = new StringBuffer("buffer");
        buf.append(1).insert(0, 'B').reverse();
        System.out.println(buf + " " + buf.length());
        System.out.println(new StringBuilder("abc").compareTo(new StringBuilder("abd")) + " " + new StringBuilder("x").equals(new StringBuilder("x")));
        StringBuilder cp = new StringBuilder();
        cp.appendCodePoint(0x1F600).appendCodePoint('A');
        System.out.println(cp.length() + " " + cp.codePointCount(0, cp.length()) + " " + Integer.toHexString(cp.codePointAt(0)));
        try { new StringBuilder("abc").charAt(5); } catch (IndexOutOfBoundsException e) { System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage()); }
        try { new StringBuilder("abc").delete(2, 1); } catch (StringIndexOutOfBoundsException e) { System.out.println("delete: " + e.getMessage()); }
        try { new StringBuilder("abc").insert(4, "x"); } catch (StringIndexOutOfBoundsException e) { System.out.println("insert: " + e.getMessage()); }
        StringBuilder big = new StringBuilder();
        for (int i = 0; i < 2000; i++) big.append((char) ('a' + i % 26));
        System.out.println(big.length() + " " + big.toString().hashCode());
    }
}
