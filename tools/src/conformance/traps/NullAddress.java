import org.keelvm.hal.Address;
import org.keelvm.hal.Console;

/** A load through address 0: page 0 is never mapped, so it is a #PF with CR2 = 0. */
public class NullAddress {
    public static void main(String[] args) {
        Console.println(1);
        Console.println(load(Address.fromLong(0)));
        Console.println(2);
    }

    static int load(Address address) {
        return address.loadInt(0);
    }
}
