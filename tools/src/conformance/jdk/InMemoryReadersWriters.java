// character I/O in memory: StringReader, BufferedReader.readLine over mixed line endings, StringWriter, PrintWriter formatting, CharArrayWriter, PushbackReader, LineNumberReader.
import java.io.BufferedReader;
import java.io.CharArrayWriter;
import java.io.IOException;
import java.io.LineNumberReader;
import java.io.PrintWriter;
import java.io.PushbackReader;
import java.io.StringReader;
import java.io.StringWriter;

public class InMemoryReadersWriters {
    public static void main(String[] args) throws IOException {
        BufferedReader br = new BufferedReader(new StringReader("first\nsecond\r\nthird\rfourth\n\nlast"));
        String line;
        int n = 0;
        while ((line = br.readLine()) != null) System.out.println(++n + ": [" + line + "]");
        System.out.println(new BufferedReader(new StringReader("a\nb\nc")).lines().map(String::toUpperCase).toList());
        StringReader sr = new StringReader("hello world");
        char[] buf = new char[4];
        int read = sr.read(buf);
        System.out.println(read + " " + new String(buf, 0, read) + " skip=" + sr.skip(3) + " next=" + (char) sr.read() + " ready=" + sr.ready());
        sr.mark(100);
        System.out.println((char) sr.read() + "" + (char) sr.read());
        sr.reset();
        System.out.println("after reset " + (char) sr.read() + " rest=" + readAll(sr) + " eof=" + sr.read());
        StringWriter sw = new StringWriter();
        PrintWriter pw = new PrintWriter(sw);
        pw.print(42); pw.print(' '); pw.println(true); pw.printf("%05.1f|%-4s|%x%n", 3.14159, "ab", 255); pw.write("raw"); pw.write('!'); pw.append("app").append('c');
        pw.flush();
        System.out.print(sw.toString().replace("\n", "\\n\n"));
        System.out.println();
        System.out.println("buffer length " + sw.getBuffer().length() + " checkError " + pw.checkError());
        CharArrayWriter caw = new CharArrayWriter();
        caw.write("chars".toCharArray(), 1, 3);
        caw.write(65);
        System.out.println(caw.toString() + " " + caw.size() + " " + caw.toCharArray().length);
        PushbackReader pb = new PushbackReader(new StringReader("xyz"), 2);
        int c1 = pb.read();
        pb.unread(c1);
        pb.unread('w');
        System.out.println("pushback " + readAll(pb));
        LineNumberReader lnr = new LineNumberReader(new StringReader("l0\nl1\nl2\n"));
        while ((line = lnr.readLine()) != null) System.out.print(lnr.getLineNumber() + "=" + line + " ");
        System.out.println();
        StringBuilder tokens = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new StringReader("k1=v1\n# comment\nk2 = v2\n\nbad line\n"))) {
            for (String l; (l = r.readLine()) != null; ) {
                if (l.isBlank() || l.startsWith("#")) continue;
                int eq = l.indexOf('=');
                tokens.append(eq < 0 ? "!" + l : l.substring(0, eq).trim() + "->" + l.substring(eq + 1).trim()).append(';');
            }
        }
        System.out.println(tokens);
        try { sr.close(); sr.read(); } catch (IOException e) { System.out.println("closed reader: " + e.getMessage()); }
    }
    static String readAll(java.io.Reader r) throws IOException { StringBuilder sb = new StringBuilder(); int c; while ((c = r.read()) != -1) sb.append((char) c); return sb.toString(); }
}
