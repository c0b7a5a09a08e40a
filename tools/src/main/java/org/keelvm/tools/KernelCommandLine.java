package org.keelvm.tools;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line handed to the guest through QEMU's {@code -append}.
 *
 * <p>It is a list of words separated by single spaces: {@code verbose} when {@code keel run --verbose} was given,
 * then {@code --}, then one word per program argument. So that a word never contains a space and the line stays
 * printable ASCII, each argument is written as its UTF-8 bytes with every byte outside {@code !}..{@code ~}
 * (0x21..0x7E), and every {@code %} and {@code "}, replaced by {@code %} and two upper-case hex digits. An empty
 * argument is written as {@code ""}, which no non-empty argument can produce because {@code "} is always encoded.
 * For example, the arguments {@code a b}, {@code 100%} and the empty string become {@code -- a%20b 100%25 ""}.
 */
public final class KernelCommandLine {
    /** The word that separates Keel's own options from the program's arguments. */
    static final String SEPARATOR = "--";
    /** The word for an empty argument. */
    static final String EMPTY_ARGUMENT = "\"\"";

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private KernelCommandLine() {
    }

    /**
     * Builds the command line.
     *
     * @param verbose     whether the guest should report what it does on the console
     * @param programArgs the arguments for the program's {@code main}
     */
    public static String build(boolean verbose, List<String> programArgs) {
        List<String> words = new ArrayList<>();
        if (verbose) {
            words.add("verbose");
        }
        words.add(SEPARATOR);
        for (String arg : programArgs) {
            words.add(encode(arg));
        }
        return String.join(" ", words);
    }

    /** One program argument as a word of the command line. */
    static String encode(String arg) {
        if (arg.isEmpty()) {
            return EMPTY_ARGUMENT;
        }
        StringBuilder word = new StringBuilder(arg.length());
        for (byte b : arg.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x21 || c > 0x7e || c == '%' || c == '"') {
                word.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            } else {
                word.append((char) c);
            }
        }
        return word.toString();
    }
}
