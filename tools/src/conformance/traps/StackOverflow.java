import org.keelvm.hal.Console;

/** Recursion without bound: the boot stack runs into its guard page, a #PF that the fault stack still reports. */
public class StackOverflow {
    public static void main(String[] args) {
        Console.println(1);
        Console.println(recurse(0));
        Console.println(2);
    }

    static int recurse(int depth) {
        return recurse(depth + 1) + 1;
    }
}
