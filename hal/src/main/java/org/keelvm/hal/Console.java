package org.keelvm.hal;

/**
 * Text output on the serial console (COM1) for code that runs before, or without, the Java class library: the boot
 * path, fatal-error reports, and programs written against {@code hal/} alone. Numbers are printed in decimal the way
 * {@link Long#toString(long)} prints them. Lines end with a bare {@code '\n'}, as on HotSpot under Linux.
 */
public final class Console {
    private Console() {
    }

    /** Prepares the UART; called once early in boot. Harmless if repeated. */
    public static void init() {
        Uart16550.init(Uart16550.COM1);
    }

    /** Writes one character (its low 8 bits). */
    public static void putChar(int c) {
        Uart16550.write(Uart16550.COM1, c);
    }

    /** Writes a line break. */
    public static void println() {
        putChar('\n');
    }

    /** Writes {@code value} in decimal. */
    public static void print(int value) {
        print((long) value);
    }

    /** Writes {@code value} in decimal. */
    public static void print(long value) {
        if (value < 0) {
            putChar('-');
            // Digits of a negative number are taken from its negative remainders, so Long.MIN_VALUE needs no case.
            printNegativeDigits(value);
        } else {
            printNegativeDigits(-value);
        }
    }

    /** Writes {@code value} in decimal, then a line break. */
    public static void println(int value) {
        print(value);
        println();
    }

    /** Writes {@code value} in decimal, then a line break. */
    public static void println(long value) {
        print(value);
        println();
    }

    /** Writes {@code text}, each character as UTF-8 (surrogates as they come, one code unit at a time). */
    public static void print(String text) {
        for (int i = 0; i < text.length(); i++) {
            putUtf8(text.charAt(i));
        }
    }

    /** Writes {@code text}, then a line break. */
    public static void println(String text) {
        print(text);
        println();
    }

    private static void putUtf8(int c) {
        if (c < 0x80) {
            putChar(c);
        } else if (c < 0x800) {
            putChar(0xC0 | c >> 6);
            putChar(0x80 | c & 0x3F);
        } else {
            putChar(0xE0 | c >> 12);
            putChar(0x80 | c >> 6 & 0x3F);
            putChar(0x80 | c & 0x3F);
        }
    }

    /** Writes {@code value} as sixteen hexadecimal digits with a {@code 0x} prefix. */
    public static void printHex(long value) {
        putChar('0');
        putChar('x');
        for (int shift = 60; shift >= 0; shift -= 4) {
            int digit = (int) (value >>> shift) & 0xF;
            putChar(digit < 10 ? '0' + digit : 'a' + digit - 10);
        }
    }

    private static void printNegativeDigits(long negative) {
        if (negative <= -10) {
            printNegativeDigits(negative / 10);
        }
        putChar('0' - (int) (negative % 10));
    }
}
