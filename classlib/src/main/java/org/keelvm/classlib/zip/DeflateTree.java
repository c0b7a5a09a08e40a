package org.keelvm.classlib.zip;

import java.util.Arrays;

/**
 * One alphabet of a dynamic deflate block while it is being coded: literal/length (286 symbols), distance (30) or
 * code length (19). Leaves are the symbols {@code 0 .. elements - 1}; the builder numbers the inner nodes it adds
 * from {@code elements} up, so the arrays have room for a whole tree, {@code 2 * elements + 1} nodes.
 *
 * <p>Per node: how often the symbol occurs in the block ({@code frequency}), its parent while the tree is built
 * ({@code parent}), then its code length ({@code length}) and bit-reversed code ({@code code}) once it is built.
 * The fixed facts of the alphabet are alongside: the extra bits of each symbol from {@code extraBase} on, the
 * longest code allowed, and, for the literal/length and distance alphabets, the code lengths of the fixed codes of
 * RFC 1951 section 3.2.6, from which the size of the block with fixed codes is counted as well.
 */
final class DeflateTree {
    final int elements;
    final int[] extraBits;
    final int extraBase;
    final int maxLength;
    /** Code lengths of the fixed codes, or null for the code length alphabet, which has none. */
    final int[] fixedLengths;

    final int[] frequency;
    final int[] parent;
    final int[] length;
    final int[] code;
    /** The largest symbol that occurs, after the builder made sure at least two do. */
    int maxCode;

    DeflateTree(int elements, int[] extraBits, int extraBase, int maxLength, int[] fixedLengths) {
        this.elements = elements;
        this.extraBits = extraBits;
        this.extraBase = extraBase;
        this.maxLength = maxLength;
        this.fixedLengths = fixedLengths;
        int nodes = 2 * elements + 1;
        frequency = new int[nodes];
        parent = new int[nodes];
        length = new int[nodes];
        code = new int[nodes];
    }

    /** Forgets the counts of the last block. */
    void clearFrequencies() {
        Arrays.fill(frequency, 0, elements, 0);
    }
}
