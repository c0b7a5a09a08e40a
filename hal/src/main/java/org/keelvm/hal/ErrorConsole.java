package org.keelvm.hal;

/**
 * The standard error stream, on the second serial port (COM2): uncaught-exception reports, fatal VM diagnostics, and
 * whatever a program written against {@code hal/} alone prints as {@code System.err}. The launcher delivers it to its
 * own standard error, apart from {@link Console}'s standard output; text is formatted as {@link Console} formats it.
 */
public final class ErrorConsole {
    private ErrorConsole() {
    }

    /** Prepares the UART; called once early in boot. Harmless if repeated. */
    public static void init() {
        Uart16550.init(Uart16550.COM2);
    }

    /** Writes one character (its low 8 bits). */
    public static void putChar(int c) {
        SerialText.putChar(Uart16550.COM2, c);
    }

    /** Writes a line break. */
    public static void println() {
        putChar('\n');
    }

    /** Writes {@code value} in decimal. */
    public static void print(int value) {
        SerialText.print(Uart16550.COM2, value);
    }

    /** Writes {@code value} in decimal. */
    public static void print(long value) {
        SerialText.print(Uart16550.COM2, value);
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
        SerialText.print(Uart16550.COM2, text);
    }

    /** Writes {@code text}, then a line break. */
    public static void println(String text) {
        print(text);
        println();
    }

    /** Writes {@code value} as sixteen hexadecimal digits with a {@code 0x} prefix. */
    public static void printHex(long value) {
        SerialText.printHex(Uart16550.COM2, value);
    }
}
