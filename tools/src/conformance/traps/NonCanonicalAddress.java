import org.keelvm.hal.Address;
import org.keelvm.hal.Console;

/** A load through a non-canonical address: no page fault but a #GP, whose error code the processor pushes. */
public class NonCanonicalAddress {
    public static void main(String[] args) {
        Console.println(1);
        Console.println(load(Address.fromLong(0x8000_0000_0000_0000L)));
        Console.println(2);
    }

    static int load(Address address) {
        return address.loadInt(0);
    }
}
