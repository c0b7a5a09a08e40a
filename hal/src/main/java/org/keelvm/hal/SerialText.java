package org.keelvm.hal;

/**
 * Text on a 16550 UART, shared by {@link Console} (standard output) and {@link ErrorConsole} (standard error): the
 * port is the only difference between the two streams. Numbers are printed in decimal the way
 * {@link Long#toString(long)} prints them; strings as UTF-8.
 */
final class SerialText {
    private SerialText() {
    }

    static void putChar(int port, int c) {
        Uart16550.write(port, c);
    }

    static void print(int port, long value) {
        if (value < 0) {
            putChar(port, '-');
            // Digits of a negative number are taken from its negative remainders, so Long.MIN_VALUE needs no case.
            printNegativeDigits(port, value);
        } else {
            printNegativeDigits(port, -value);
        }
    }

    /** Each character as UTF-8 (surrogates as they come, one code unit at a time). */
    static void print(int port, String text) {
        for (int i = 0; i < text.length(); i++) {
            putUtf8(port, text.charAt(i));
        }
    }

    /** Sixteen hexadecimal digits with a {@code 0x} prefix. */
    static void printHex(int port, long value) {
        putChar(port, '0');
        putChar(port, 'x');
        for (int shift = 60; shift >= 0; shift -= 4) {
            int digit = (int) (value >>> shift) & 0xF;
            putChar(port, digit < 10 ? '0' + digit : 'a' + digit - 10);
        }
    }

    private static void putUtf8(int port, int c) {
        if (c < 0x80) {
            putChar(port, c);
        } else if (c < 0x800) {
            putChar(port, 0xC0 | c >> 6);
            putChar(port, 0x80 | c & 0x3F);
        } else {
            putChar(port, 0xE0 | c >> 12);
            putChar(port, 0x80 | c >> 6 & 0x3F);
            putChar(port, 0x80 | c & 0x3F);
        }
    }

    private static void printNegativeDigits(int port, long negative) {
        if (negative <= -10) {
            printNegativeDigits(port, negative / 10);
        }
        putChar(port, '0' - (int) (negative % 10));
    }
}
