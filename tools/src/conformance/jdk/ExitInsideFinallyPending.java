// System.exit(7) called from a finally block while an exception is propagating, several frames deep inside try-with-resources and synchronized blocks: System.out/err output (even without a trailing newline) reaches the streams, bytes left in a user-created BufferedOutputStream are lost (nothing flushes it), no close() or outer finally runs after exit, status is 7.
import java.io.*;

public class ExitInsideFinallyPending {
    static class Res implements AutoCloseable {
        final String name;
        Res(String n) { name = n; System.out.println("open " + n); }
        public void close() { System.out.println("close " + name); }
    }

    static void level3() {
        try {
            System.out.println("level3 throwing");
            throw new IllegalStateException("pending");
        } finally {
            System.out.println("level3 finally -> exit(7)");
            System.err.println("stderr before exit");
            System.out.print("no newline at end");
            System.exit(7);
        }
    }

    static void level2() {
        try (Res a = new Res("A"); Res b = new Res("B")) {
            synchronized (ExitInsideFinallyPending.class) {
                level3();
            }
        } finally {
            System.out.println("level2 finally (must not print)");
        }
    }

    public static void main(String[] args) {
        PrintStream original = System.out;
        PrintStream buffered = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16), false);
        System.out.println("start");
        System.setOut(buffered);
        for (int i = 0; i < 5; i++) System.out.println("buffered line " + i);
        System.out.flush();
        System.out.println("buffered but never flushed (lost at exit)");
        System.setOut(original);
        System.out.println("back on the original System.out");
        try {
            level2();
        } catch (RuntimeException e) {
            System.out.println("caught in main (must not print) " + e);
        } finally {
            System.out.println("main finally (must not print)");
        }
        System.out.println("after (must not print)");
    }
}
