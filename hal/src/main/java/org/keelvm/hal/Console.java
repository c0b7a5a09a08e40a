package org.keelvm.hal;

/**
 * The standard output stream, on the serial console (COM1), for code that runs before, or without, the Java class
 * library: the boot path and programs written against {@code hal/} alone. Numbers are printed in decimal the way
 * {@link Long#toString(long)} prints them. Lines end with a bare {@code '\n'}, as on HotSpot under Linux. The
 * standard error stream is {@link ErrorConsole}.
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
        SerialText.putChar(Uart16550.COM1, c);
    }

    /** Writes a line break. */
    public static void println() {
        putChar('\n');
    }

    /** Writes {@code value} in decimal. */
    public static void print(int value) {
        SerialText.print(Uart16550.COM1, value);
    }

    /** Writes {@code value} in decimal. */
    public static void print(long value) {
        SerialText.print(Uart16550.COM1, value);
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
        SerialText.print(Uart16550.COM1, text);
    }

    /** Writes {@code text}, then a line break. */
    public static void println(String text) {
        print(text);
        println();
    }

    /** Writes {@code value} as sixteen hexadecimal digits with a {@code 0x} prefix. */
    public static void printHex(long value) {
        SerialText.printHex(Uart16550.COM1, value);
    }
}
