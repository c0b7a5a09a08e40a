// writing to both System.out and System.err: print/println/printf/write on each stream, explicit flushes, bytes written with write(byte[]), and checkError; each stream is compared separately.
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

public class StdoutAndStderr {
    public static void main(String[] args) {
        System.out.println("out line 1");
        System.err.println("err line 1");
        System.out.print("out partial ");
        System.err.print("err partial ");
        System.out.println("done");
        System.err.println("done");
        System.err.printf("err formatted %d %s %.2f%n", 7, "x", 2.5);
        System.out.printf("out formatted %05d|%-6s|%n", 42, "ab");
        System.out.write("raw out bytes\n".getBytes(StandardCharsets.US_ASCII), 0, 14);
        System.out.flush();
        System.err.write('E');
        System.err.write('\n');
        System.err.flush();
        PrintStream both = System.out;
        both.append("appended ").append('c').append("sequence", 0, 3).println();
        System.out.println(System.out.checkError() + " " + System.err.checkError());
        for (int i = 0; i < 5; i++) (i % 2 == 0 ? System.out : System.err).println("alternating " + i);
        System.err.println((Object) null);
        System.out.println(new char[]{'c', 'h', 'a', 'r', 's'});
        System.err.print(3.5f);
        System.err.print(' ');
        System.err.println(Long.MIN_VALUE);
        System.out.format("%s%n", "format alias");
        System.out.print("no trailing newline on stdout");
        System.err.print("no trailing newline on stderr");
    }
}
