package org.keelvm.vm;

import org.keelvm.hal.Address;
import org.keelvm.hal.Console;
import org.keelvm.hal.ErrorConsole;
import org.keelvm.hal.Uart16550;

/**
 * The VM's own messages during boot. They are spelled out character by character because the boot path runs before
 * strings exist; each message is one line starting with {@code keel: }. The boot line of {@code --verbose} goes to
 * standard output (COM1), as HotSpot's {@code -verbose} output does; fatal reports go to standard error (COM2).
 */
final class BootLog {
    private BootLog() {
    }

    /** {@code keel: boot: ram=<bytes> entry-to-main=<cycles> cycles}, on standard output. */
    static void booted(long ramBytes, long cycles) {
        int out = Uart16550.COM1;
        prefix(out);
        spell(out, 'b', 'o', 'o', 't');
        spell(out, ':', ' ', 'r', 'a');
        spell(out, 'm', '=', 0, 0);
        Console.print(ramBytes);
        spell(out, ' ', 'e', 'n', 't');
        spell(out, 'r', 'y', '-', 't');
        spell(out, 'o', '-', 'm', 'a');
        spell(out, 'i', 'n', '=', 0);
        Console.print(cycles);
        spell(out, ' ', 'c', 'y', 'c');
        spell(out, 'l', 'e', 's', 0);
        Console.println();
    }

    /** {@code keel: fatal: bad PVH start info at <address>} */
    static void badStartInfo(Address info) {
        fatal();
        word('b', 'a', 'd', ' ');
        word('P', 'V', 'H', ' ');
        word('s', 't', 'a', 'r');
        word('t', ' ', 'i', 'n');
        word('f', 'o', ' ', 'a');
        word('t', ' ', 0, 0);
        ErrorConsole.printHex(info.toLong());
        ErrorConsole.println();
    }

    /** {@code keel: fatal: no program in this image} */
    static void noProgram() {
        fatal();
        word('n', 'o', ' ', 'p');
        word('r', 'o', 'g', 'r');
        word('a', 'm', ' ', 'i');
        word('n', ' ', 't', 'h');
        word('i', 's', ' ', 'i');
        word('m', 'a', 'g', 'e');
        ErrorConsole.println();
    }

    /** {@code keel: fatal: no main class <name> in this image}: an image with several names none. */
    static void noSuchMain(String name) {
        fatal();
        ErrorConsole.print("no main class ");
        ErrorConsole.print(name);
        ErrorConsole.println(" in this image");
    }

    /** {@code keel: fatal: }, the start of every fatal report, on standard error. */
    static void fatal() {
        prefix(Uart16550.COM2);
        word('f', 'a', 't', 'a');
        word('l', ':', ' ', 0);
    }

    private static void prefix(int port) {
        spell(port, 'k', 'e', 'e', 'l');
        spell(port, ':', ' ', 0, 0);
    }

    /** Up to four characters of a fatal report, on standard error; a 0 leaves one out. */
    static void word(int c0, int c1, int c2, int c3) {
        spell(Uart16550.COM2, c0, c1, c2, c3);
    }

    /** Up to four characters on the UART at {@code port}; a 0 leaves one out. */
    private static void spell(int port, int c0, int c1, int c2, int c3) {
        put(port, c0);
        put(port, c1);
        put(port, c2);
        put(port, c3);
    }

    private static void put(int port, int c) {
        if (c != 0) {
            Uart16550.write(port, c);
        }
    }
}
