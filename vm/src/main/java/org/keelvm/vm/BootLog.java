package org.keelvm.vm;

import org.keelvm.hal.Address;
import org.keelvm.hal.Console;

/**
 * The VM's own messages during boot, on the serial console. They are spelled out character by character because the
 * boot path runs before strings exist; each message is one line starting with {@code keel: }.
 */
final class BootLog {
    private BootLog() {
    }

    /** {@code keel: boot: ram=<bytes> entry-to-main=<cycles> cycles} */
    static void booted(long ramBytes, long cycles) {
        prefix();
        word('b', 'o', 'o', 't');
        Console.putChar(':');
        Console.putChar(' ');
        word('r', 'a', 'm', '=');
        Console.print(ramBytes);
        Console.putChar(' ');
        word('e', 'n', 't', 'r');
        word('y', '-', 't', 'o');
        word('-', 'm', 'a', 'i');
        word('n', '=', 0, 0);
        Console.print(cycles);
        Console.putChar(' ');
        word('c', 'y', 'c', 'l');
        word('e', 's', 0, 0);
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
        Console.printHex(info.toLong());
        Console.println();
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
        Console.println();
    }

    /** {@code keel: fatal: no main class <name> in this image}: an image with several names none. */
    static void noSuchMain(String name) {
        fatal();
        Console.print("no main class ");
        Console.print(name);
        Console.println(" in this image");
    }

    /** {@code keel: fatal: }, the start of every fatal report. */
    static void fatal() {
        prefix();
        word('f', 'a', 't', 'a');
        word('l', ':', ' ', 0);
    }

    private static void prefix() {
        word('k', 'e', 'e', 'l');
        Console.putChar(':');
        Console.putChar(' ');
    }

    /** Up to four characters; a 0 leaves one out. */
    static void word(int c0, int c1, int c2, int c3) {
        put(c0);
        put(c1);
        put(c2);
        put(c3);
    }

    private static void put(int c) {
        if (c != 0) {
            Console.putChar(c);
        }
    }
}
