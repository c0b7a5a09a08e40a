import org.keelvm.hal.Console;

/** An int division by zero: #DE in divide, reported by the VM itself (Keel has no exceptions yet). */
public class DivideByZero {
    public static void main(String[] args) {
        Console.println(1);
        Console.println(divide(7, zero()));
        Console.println(2);
    }

    static int divide(int a, int b) {
        return a / b;
    }

    static int zero() {
        return 0;
    }
}
