import org.keelvm.hal.Console;
import org.keelvm.hal.ErrorConsole;

// Standard output and standard error are separate streams, each in its own order; an uncaught exception is reported
// on standard error with its stack, and the program exits with status 1.
public class Streams {
    static class Refusal extends RuntimeException {
        Refusal() { super("refused at depth 0"); }
    }

    static int steps;

    final int limit;

    Streams(int limit) { this.limit = limit; }

    static void refuse() {
        throw new Refusal();
    }

    static int descend(int depth) {
        ErrorConsole.println(depth);
        if (depth == 0) {
            refuse();
        }
        return descend(depth - 1) + 1;
    }

    int run() {
        Console.println("run");
        return descend(limit);
    }

    public static void main(String[] args) {
        Console.println("out 1");
        ErrorConsole.println("err 1");
        Console.print("out ");
        ErrorConsole.print("err ");
        Console.println(2);
        ErrorConsole.println(2);
        ErrorConsole.println("\u00e9t\u00e9 \u20ac");
        ErrorConsole.printHex(0xCAFEL);
        ErrorConsole.putChar('\n');
        try {
            descend(1);
        } catch (Refusal r) {
            Console.println(r.getMessage());
        }
        for (int i = 0; i < 3; i++) {
            Console.println(i);
            ErrorConsole.println(-i);
        }
        Console.println(new Streams(2).run());
        Console.println("not reached");
    }
}
