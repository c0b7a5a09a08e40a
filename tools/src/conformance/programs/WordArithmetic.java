import org.keelvm.hal.Address;
import org.keelvm.hal.Console;
import org.keelvm.hal.Cpu;

/** Word-type values (Address) as locals, arguments and results, their arithmetic, and the time-stamp counter. */
public class WordArithmetic {
    public static void main(String[] args) {
        Address base = Address.fromLong(0x10_0000L);
        Address field = base.plus(24);
        Console.println(field.toLong());
        Console.printHex(stride(base, 7, 24).toLong());
        Console.println();
        Console.println(base.isZero() ? 1 : 0);
        Console.println(Address.fromLong(0).isZero() ? 1 : 0);
        Console.println(distance(field, base));
        Address walk = base;
        for (int i = 0; i < 1000; i++) {
            walk = walk.plus(-3).plus(5);
        }
        Console.println(distance(walk, base));
        long before = Cpu.rdtsc();
        long spin = 0;
        for (int i = 0; i < 10_000; i++) {
            spin += i;
            Cpu.pause();
        }
        long after = Cpu.rdtsc();
        Console.println(spin);
        Console.println(after > before ? 1 : 0);
    }

    static Address stride(Address base, int index, int size) {
        return base.plus((long) index * size);
    }

    static long distance(Address a, Address b) {
        return a.toLong() - b.toLong();
    }
}
