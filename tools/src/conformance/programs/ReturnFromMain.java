import org.keelvm.hal.Console;

/** A main that returns normally exits with status 0. */
public class ReturnFromMain {
    public static void main(String[] args) {
        long sum = 0;
        for (int i = 1; i <= 100; i++) {
            sum += i;
        }
        Console.println(sum);
    }
}
