package org.keelvm.classlib.zip;

import java.util.Arrays;

/**
 * One of deflate's canonical prefix codes (RFC 1951 section 3.2.2), rebuilt from the code length of each symbol
 * and decoded from a bit buffer whose first stream bit is its least significant bit.
 *
 * <p>A code's bits appear in the stream most significant first, so the next {@value #TABLE_BITS} stream bits,
 * taken as a number, index a table of all codes of at most that length: entry {@code symbol << 4 | length},
 * repeated at every index whose low {@code length} bits are the code reversed. Longer codes leave entry 0 at
 * their first {@value #TABLE_BITS} bits and are decoded the canonical way, one bit at a time, from the count of
 * codes of each length and the symbols in code order; they are the rare symbols of a block.
 *
 * <pre>
 *   entry:  31            4 3      0
 *          +---------------+--------+
 *          |    symbol     | length |     length 0: a code longer than TABLE_BITS starts here
 *          +---------------+--------+
 * </pre>
 *
 * <p>deflate accepts exactly the lengths zlib accepts: no over-subscribed code; no incomplete one either, except
 * that a literal/length or distance code may consist of one code of one bit, or of none (a block with only
 * literals has no distance codes). The bit patterns such a code leaves unassigned decode as {@link #INVALID} after
 * one bit, where the decoder reports the stream as corrupt.
 */
final class HuffmanCode {
    /** The longest code deflate allows. */
    static final int MAX_LENGTH = 15;

    /** The symbol of a bit pattern no code was assigned to. */
    static final int INVALID = 0xFFFF;

    private static final int TABLE_BITS = 9;
    private static final int LONG_CODE = 0;
    private static final int UNASSIGNED = INVALID << 4 | 1;

    private final int[] table = new int[1 << TABLE_BITS];
    /** The number of codes of each length. */
    private final int[] counts = new int[MAX_LENGTH + 1];
    /** The symbols in code order: by length, then by symbol value (the canonical assignment). */
    private final int[] symbols;
    /** Scratch for {@link #build}: where the symbols of each length go in {@link #symbols}. */
    private final int[] offsets = new int[MAX_LENGTH + 2];

    /** A code for up to {@code maxSymbols} symbols, empty until {@link #build}. */
    HuffmanCode(int maxSymbols) {
        symbols = new int[maxSymbols];
    }

    /**
     * Makes this the code with lengths {@code lengths[offset .. offset + count)} for symbols 0 to count - 1 (length
     * 0: the symbol does not occur). Returns false, leaving the code unusable, if the lengths over-subscribe the code
     * space, or leave part of it unassigned where that is not allowed: {@code singleBitCode} allows one code of one
     * bit alone (literal/length and distance codes).
     */
    boolean build(byte[] lengths, int offset, int count, boolean singleBitCode) {
        Arrays.fill(counts, 0);
        for (int symbol = 0; symbol < count; symbol++) {
            counts[lengths[offset + symbol]]++;
        }
        counts[0] = 0;
        int longest = 0;
        int unassigned = 1;
        for (int length = 1; length <= MAX_LENGTH; length++) {
            unassigned = 2 * unassigned - counts[length];
            if (unassigned < 0) {
                return false;
            }
            if (counts[length] != 0) {
                longest = length;
            }
        }
        if (longest > 0 && unassigned > 0 && !(singleBitCode && longest == 1)) {
            return false;
        }

        int[] next = offsets;
        next[1] = 0;
        for (int length = 1; length <= MAX_LENGTH; length++) {
            next[length + 1] = next[length] + counts[length];
        }
        for (int symbol = 0; symbol < count; symbol++) {
            int length = lengths[offset + symbol];
            if (length != 0) {
                symbols[next[length]++] = symbol;
            }
        }

        Arrays.fill(table, UNASSIGNED);
        int code = 0;
        int index = 0;
        for (int length = 1; length <= longest; length++) {
            for (int k = 0; k < counts[length]; k++, code++, index++) {
                int reversed = Integer.reverse(code) >>> (32 - length);
                if (length <= TABLE_BITS) {
                    for (int i = reversed; i < table.length; i += 1 << length) {
                        table[i] = symbols[index] << 4 | length;
                    }
                } else {
                    table[reversed & (table.length - 1)] = LONG_CODE;
                }
            }
            code <<= 1;
        }
        return true;
    }

    /**
     * Decodes the code at the front of {@code bits}, of which the low {@code available} bits are stream bits and
     * the rest zero. Returns {@code symbol << 4 | length}, or -1 if the available bits do not yet decide the code.
     */
    int decode(long bits, int available) {
        int entry = table[(int) bits & (table.length - 1)];
        int length = entry & 0xF;
        if (length != LONG_CODE) {
            return length <= available ? entry : -1;
        }
        return decodeBitByBit(bits, Math.min(available, MAX_LENGTH));
    }

    /**
     * Canonical decoding: the codes of one length are consecutive numbers, following on from twice the number
     * after the last code one bit shorter.
     */
    private int decodeBitByBit(long bits, int available) {
        int code = 0;
        int first = 0;
        int index = 0;
        for (int length = 1; length <= available; length++) {
            code |= (int) (bits >>> (length - 1)) & 1;
            int count = counts[length];
            if (code - first < count) {
                return symbols[index + code - first] << 4 | length;
            }
            index += count;
            first = (first + count) << 1;
            code <<= 1;
        }
        return -1;
    }
}
