package org.keelvm.classlib.zip;

import java.util.Arrays;

/**
 * Builds the Huffman codes of a {@link DeflateTree} from its symbol frequencies, the way zlib does, so that the
 * codes, and the block sizes counted on the way, are zlib's to the bit.
 *
 * <p>Huffman's algorithm over a binary min-heap of symbols. Where frequencies tie the heap prefers the node of
 * smaller depth (the height of its subtree), which keeps trees shallow; the heap is sifted in the order zlib sifts
 * it, because the shape of the tree, and with it the code lengths, depend on which of equal nodes comes out first.
 * Symbols leave the heap into its upper end, so that afterwards {@code heap[heapMax ..]} lists every node, root
 * first, parents before children.
 *
 * <p>A code longer than the alphabet allows (15 bits, 7 for code lengths) is cut to the maximum and the lengths
 * are then mended: for every two cut codes, one shorter leaf moves down a level and takes one of them as its
 * sibling; the lengths are then handed out again, longest first, to the symbols in order of increasing frequency.
 *
 * <p>An alphabet must have two codes at least: a block that uses fewer gets symbols 0, 1 (or 2) as dummies.
 *
 * <p>{@link #optimalBits} and {@link #fixedBits} add up, over the trees built, the bits the block's symbols and extra
 * bits take with these codes and with the fixed codes; the caller clears them at the start of every block.
 */
final class HuffmanTreeBuilder {
    private static final int MAX_BITS = 15;
    /** The size of the heap: enough for every node of the largest alphabet (286 symbols). */
    private static final int HEAP_SIZE = 2 * 286 + 1;

    private final int[] heap = new int[HEAP_SIZE];
    private final int[] depth = new int[HEAP_SIZE];
    private final int[] lengthCount = new int[MAX_BITS + 1];
    private final int[] nextCode = new int[MAX_BITS + 1];
    private int heapLength;
    private int heapMax;

    /** Bits of the symbols so far with the codes built; may pass through negative values within a block. */
    long optimalBits;
    /** Bits of the same symbols with the fixed codes. */
    long fixedBits;

    /** Gives every symbol of {@code tree} its code length and code, and sets its {@code maxCode}. */
    void build(DeflateTree tree) {
        int elements = tree.elements;
        int[] frequency = tree.frequency;
        int maxCode = -1;
        heapLength = 0;
        heapMax = HEAP_SIZE;
        for (int n = 0; n < elements; n++) {
            if (frequency[n] != 0) {
                heap[++heapLength] = n;
                maxCode = n;
                depth[n] = 0;
            } else {
                tree.length[n] = 0;
            }
        }
        while (heapLength < 2) {
            int node = maxCode < 2 ? ++maxCode : 0;
            heap[++heapLength] = node;
            frequency[node] = 1;
            depth[node] = 0;
            optimalBits--;
            if (tree.fixedLengths != null) {
                fixedBits -= tree.fixedLengths[node];
            }
        }
        tree.maxCode = maxCode;
        for (int n = heapLength / 2; n >= 1; n--) {
            siftDown(frequency, n);
        }
        int node = elements;
        do {
            int least = heap[1];
            heap[1] = heap[heapLength--];
            siftDown(frequency, 1);
            int next = heap[1];
            heap[--heapMax] = least;
            heap[--heapMax] = next;
            frequency[node] = frequency[least] + frequency[next];
            depth[node] = Math.max(depth[least], depth[next]) + 1;
            tree.parent[least] = node;
            tree.parent[next] = node;
            heap[1] = node++;
            siftDown(frequency, 1);
        } while (heapLength >= 2);
        heap[--heapMax] = heap[1];
        assignLengths(tree);
        assignCodes(tree);
    }

    /** Whether node {@code n} comes out of the heap before node {@code m}. */
    private boolean smaller(int[] frequency, int n, int m) {
        return frequency[n] < frequency[m] || frequency[n] == frequency[m] && depth[n] <= depth[m];
    }

    private void siftDown(int[] frequency, int k) {
        int v = heap[k];
        int j = k << 1;
        while (j <= heapLength) {
            if (j < heapLength && smaller(frequency, heap[j + 1], heap[j])) {
                j++;
            }
            if (smaller(frequency, v, heap[j])) {
                break;
            }
            heap[k] = heap[j];
            k = j;
            j <<= 1;
        }
        heap[k] = v;
    }

    /** Code lengths from the depths in the tree, cut to the alphabet's maximum and mended; counts the bits. */
    private void assignLengths(DeflateTree tree) {
        int[] length = tree.length;
        int[] frequency = tree.frequency;
        int maxCode = tree.maxCode;
        int maxLength = tree.maxLength;
        Arrays.fill(lengthCount, 0);
        int overflow = 0;
        length[heap[heapMax]] = 0;
        int h;
        for (h = heapMax + 1; h < HEAP_SIZE; h++) {
            int n = heap[h];
            int bits = length[tree.parent[n]] + 1;
            if (bits > maxLength) {
                bits = maxLength;
                overflow++;
            }
            length[n] = bits;
            if (n > maxCode) {
                continue;
            }
            lengthCount[bits]++;
            int extra = n >= tree.extraBase ? tree.extraBits[n - tree.extraBase] : 0;
            long f = frequency[n];
            optimalBits += f * (bits + extra);
            if (tree.fixedLengths != null) {
                fixedBits += f * (tree.fixedLengths[n] + extra);
            }
        }
        if (overflow == 0) {
            return;
        }
        do {
            int bits = maxLength - 1;
            while (lengthCount[bits] == 0) {
                bits--;
            }
            lengthCount[bits]--;
            lengthCount[bits + 1] += 2;
            lengthCount[maxLength]--;
            overflow -= 2;
        } while (overflow > 0);
        for (int bits = maxLength; bits != 0; bits--) {
            int n = lengthCount[bits];
            while (n != 0) {
                int m = heap[--h];
                if (m > maxCode) {
                    continue;
                }
                if (length[m] != bits) {
                    optimalBits += (long) (bits - length[m]) * frequency[m];
                    length[m] = bits;
                }
                n--;
            }
        }
    }

    /** Canonical codes from the lengths (RFC 1951 section 3.2.2), bit-reversed for sending low bit first. */
    private void assignCodes(DeflateTree tree) {
        int code = 0;
        for (int bits = 1; bits <= MAX_BITS; bits++) {
            code = (code + lengthCount[bits - 1]) << 1;
            nextCode[bits] = code;
        }
        for (int n = 0; n <= tree.maxCode; n++) {
            int len = tree.length[n];
            if (len != 0) {
                tree.code[n] = reverse(nextCode[len]++, len);
            }
        }
    }

    /** The low {@code length} bits of {@code value} in reverse order. */
    static int reverse(int value, int length) {
        return Integer.reverse(value) >>> (32 - length);
    }
}
