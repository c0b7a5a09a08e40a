// Prints whether the JDK started (System.out is set), then its arguments one per line in brackets, through the hal
// console only, so that it also runs in a bare image.
import org.keelvm.hal.Console;

public class PrintArguments {
    public static void main(String[] args) {
        Console.println(System.out == null ? "bare" : "jdk");
        Console.println(args.length);
        for (String argument : args) {
            Console.print("[");
            Console.print(argument);
            Console.println("]");
        }
    }
}
