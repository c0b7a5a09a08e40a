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
