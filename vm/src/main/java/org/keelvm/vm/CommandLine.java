package org.keelvm.vm;

import org.keelvm.hal.Address;

/**
 * Reads the kernel command line that {@code keel run} passes ({@code -append}): space-separated VM options, then
 * {@code --} and the program's arguments. Works on the raw NUL-terminated bytes because it runs before there are
 * strings.
 */
final class CommandLine {
    private static final int NUL = 0;
    private static final int SPACE = ' ';

    private CommandLine() {
    }

    /** Whether the VM options (the words before {@code --}) include {@code verbose}. */
    static boolean hasVerbose(Address line) {
        if (line.isZero()) {
            return false;
        }
        long at = 0;
        while (true) {
            while (line.loadUnsignedByte(at) == SPACE) {
                at++;
            }
            if (line.loadUnsignedByte(at) == NUL || isDoubleDash(line.plus(at))) {
                return false;
            }
            if (isVerbose(line.plus(at))) {
                return true;
            }
            while (!isWordEnd(line.loadUnsignedByte(at))) {
                at++;
            }
        }
    }

    /**
     * The program's arguments: the words after {@code --}, each decoded from the launcher's encoding (bytes outside
     * {@code !..~}, {@code %} and {@code "} as {@code %XX}; {@code ""} for an empty argument) and then from UTF-8.
     */
    static String[] programArguments(Address line) {
        if (line.isZero()) {
            return new String[0];
        }
        long at = 0;
        long first = -1;
        int count = 0;
        while (true) {
            while (line.loadUnsignedByte(at) == SPACE) {
                at++;
            }
            if (line.loadUnsignedByte(at) == NUL) {
                break;
            }
            if (first >= 0) {
                count++;
            } else if (isDoubleDash(line.plus(at))) {
                first = at + 2;
            }
            while (!isWordEnd(line.loadUnsignedByte(at))) {
                at++;
            }
        }
        String[] arguments = new String[count];
        at = first;
        for (int i = 0; i < count; i++) {
            while (line.loadUnsignedByte(at) == SPACE) {
                at++;
            }
            long end = at;
            while (!isWordEnd(line.loadUnsignedByte(end))) {
                end++;
            }
            arguments[i] = decode(line, at, end);
            at = end;
        }
        return arguments;
    }

    private static String decode(Address line, long start, long end) {
        if (end - start == 2 && line.loadUnsignedByte(start) == '"' && line.loadUnsignedByte(start + 1) == '"') {
            return "";
        }
        byte[] bytes = new byte[(int) (end - start)];
        int length = 0;
        for (long at = start; at < end; at++) {
            int c = line.loadUnsignedByte(at);
            if (c == '%' && at + 2 < end + 1) {
                c = hexDigit(line.loadUnsignedByte(at + 1)) << 4 | hexDigit(line.loadUnsignedByte(at + 2));
                at += 2;
            }
            bytes[length++] = (byte) c;
        }
        return Utf8.decode(bytes, length);
    }

    private static int hexDigit(int c) {
        return c <= '9' ? c - '0' : c - 'A' + 10;
    }

    private static boolean isWordEnd(int c) {
        return c == NUL || c == SPACE;
    }

    private static boolean isDoubleDash(Address word) {
        return word.loadUnsignedByte(0) == '-' && word.loadUnsignedByte(1) == '-'
                && isWordEnd(word.loadUnsignedByte(2));
    }

    private static boolean isVerbose(Address word) {
        return word.loadUnsignedByte(0) == 'v' && word.loadUnsignedByte(1) == 'e' && word.loadUnsignedByte(2) == 'r'
                && word.loadUnsignedByte(3) == 'b' && word.loadUnsignedByte(4) == 'o'
                && word.loadUnsignedByte(5) == 's' && word.loadUnsignedByte(6) == 'e'
                && isWordEnd(word.loadUnsignedByte(7));
    }
}
