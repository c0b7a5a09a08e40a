import org.keelvm.hal.Console;
import org.keelvm.hal.Machine;

/** Machine.exit from inside a nested call ends the program with that status; nothing after it runs. */
public class ExitStatus {
    public static void main(String[] args) {
        Console.println(1);
        leave(42);
        Console.println(2);
    }

    static void leave(int status) {
        Machine.exit(status);
    }
}
