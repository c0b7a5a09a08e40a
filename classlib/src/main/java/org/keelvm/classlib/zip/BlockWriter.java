package org.keelvm.classlib.zip;

import java.util.Arrays;

/**
 * The block layer of a deflate encoder (RFC 1951 section 3.2): collects the literals and matches of the current
 * block, then codes them as a stored, fixed-code or dynamic-code block, whichever is shortest, into a buffer of
 * pending output bytes. Its choices are zlib's: the same symbol buffer size and so the same block ends, the same
 * codes ({@link HuffmanTreeBuilder}), the same run-length coding of the code lengths and the same size comparison,
 * ties going to fixed codes over dynamic ones and to a stored block over either.
 *
 * <p>Bits go out least significant first through a 16-bit buffer; whole 16-bit words move to the pending bytes as
 * the buffer fills, and {@link #flushBits} moves what whole bytes remain before the pending bytes are handed out.
 *
 * <pre>
 *  symbol buffer, three bytes a symbol:   literal: 0, 0, byte     match: distance (2 bytes, LE), length - 3
 *  pending:  [ handed out | pendingStart .. pendingStart + pendingLength ) waiting | free ]
 * </pre>
 */
final class BlockWriter {
    static final int LITERALS = 256;
    static final int END_BLOCK = 256;
    static final int LENGTH_CODES = 29;
    static final int L_CODES = LITERALS + 1 + LENGTH_CODES;
    static final int D_CODES = 30;
    static final int BL_CODES = 19;
    /** Symbols a block may hold before it must end: zlib's {@code lit_bufsize}, 2^(memLevel + 6) for memLevel 8. */
    static final int SYMBOL_BUFFER = 1 << 14;
    /** zlib's pending buffer size, which bounds the stored blocks it writes there. */
    static final int PENDING_BUFFER = 4 * SYMBOL_BUFFER;
    private static final int SYMBOL_END = (SYMBOL_BUFFER - 1) * 3;
    private static final int REP_3_6 = 16;
    private static final int REPZ_3_10 = 17;
    private static final int REPZ_11_138 = 18;
    private static final int STORED_BLOCK = 0;
    private static final int FIXED_BLOCK = 1;
    private static final int DYNAMIC_BLOCK = 2;
    private static final int FIXED_STRATEGY = 4;

    private static final int[] EXTRA_LENGTH_BITS =
        {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
    private static final int[] EXTRA_DISTANCE_BITS =
        {0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};
    private static final int[] EXTRA_CODE_LENGTH_BITS = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 3, 7};
    /** The order code length code lengths are sent in (RFC 1951 section 3.2.7). */
    private static final int[] CODE_LENGTH_ORDER = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};

    /** Length code (0 .. 28) of a match length - 3; 258 takes code 28 rather than 27 with all extra bits set. */
    private static final int[] LENGTH_CODE = new int[256];
    private static final int[] BASE_LENGTH = new int[LENGTH_CODES];
    /** Distance code of a distance - 1 below 256 at [d], of a larger one at [256 + (d >> 7)]. */
    private static final int[] DISTANCE_CODE = new int[512];
    private static final int[] BASE_DISTANCE = new int[D_CODES];
    private static final int[] FIXED_LITERAL_LENGTHS = new int[L_CODES + 2];
    private static final int[] FIXED_LITERAL_CODES = new int[L_CODES + 2];
    private static final int[] FIXED_DISTANCE_LENGTHS = new int[D_CODES];
    private static final int[] FIXED_DISTANCE_CODES = new int[D_CODES];

    static {
        int length = 0;
        int code;
        for (code = 0; code < LENGTH_CODES - 1; code++) {
            BASE_LENGTH[code] = length;
            for (int n = 0; n < 1 << EXTRA_LENGTH_BITS[code]; n++) {
                LENGTH_CODE[length++] = code;
            }
        }
        LENGTH_CODE[length - 1] = code;
        int distance = 0;
        for (code = 0; code < 16; code++) {
            BASE_DISTANCE[code] = distance;
            for (int n = 0; n < 1 << EXTRA_DISTANCE_BITS[code]; n++) {
                DISTANCE_CODE[distance++] = code;
            }
        }
        distance >>= 7;
        for (; code < D_CODES; code++) {
            BASE_DISTANCE[code] = distance << 7;
            for (int n = 0; n < 1 << (EXTRA_DISTANCE_BITS[code] - 7); n++) {
                DISTANCE_CODE[256 + distance++] = code;
            }
        }
        int[] count = new int[16];
        for (int n = 0; n < FIXED_LITERAL_LENGTHS.length; n++) {
            FIXED_LITERAL_LENGTHS[n] = n < 144 ? 8 : n < 256 ? 9 : n < 280 ? 7 : 8;
            count[FIXED_LITERAL_LENGTHS[n]]++;
        }
        int[] next = new int[16];
        for (int bits = 1, c = 0; bits < 16; bits++) {
            c = (c + count[bits - 1]) << 1;
            next[bits] = c;
        }
        for (int n = 0; n < FIXED_LITERAL_LENGTHS.length; n++) {
            int bits = FIXED_LITERAL_LENGTHS[n];
            FIXED_LITERAL_CODES[n] = HuffmanTreeBuilder.reverse(next[bits]++, bits);
        }
        for (int n = 0; n < D_CODES; n++) {
            FIXED_DISTANCE_LENGTHS[n] = 5;
            FIXED_DISTANCE_CODES[n] = HuffmanTreeBuilder.reverse(n, 5);
        }
    }

    private final DeflateTree literals =
        new DeflateTree(L_CODES, EXTRA_LENGTH_BITS, LITERALS + 1, 15, FIXED_LITERAL_LENGTHS);
    private final DeflateTree distances = new DeflateTree(D_CODES, EXTRA_DISTANCE_BITS, 0, 15, FIXED_DISTANCE_LENGTHS);
    private final DeflateTree codeLengths = new DeflateTree(BL_CODES, EXTRA_CODE_LENGTH_BITS, 0, 7, null);
    private final HuffmanTreeBuilder builder = new HuffmanTreeBuilder();

    private final byte[] symbols = new byte[SYMBOL_BUFFER * 3];
    private int symbolEnd;

    private int bitBuffer;
    /** Bits waiting in {@link #bitBuffer}, 0 to 16. */
    int bitCount;

    byte[] pending = new byte[PENDING_BUFFER + 1024];
    int pendingStart;
    int pendingLength;

    /**
     * Copies of the window the stored-only level made that the hash table has not caught up with: 1 if the hash
     * needs one slide, 2 if it is out of date altogether. Cleared with every block coded with Huffman codes.
     */
    int pendingSlides;

    BlockWriter() {
        reset();
    }

    /** Empties the pending bytes, the bit buffer and the current block. */
    void reset() {
        pendingStart = 0;
        pendingLength = 0;
        bitBuffer = 0;
        bitCount = 0;
        startBlock();
    }

    /** Whether the current block holds any symbol. */
    boolean blockEmpty() {
        return symbolEnd == 0;
    }

    private void startBlock() {
        literals.clearFrequencies();
        distances.clearFrequencies();
        codeLengths.clearFrequencies();
        literals.frequency[END_BLOCK] = 1;
        builder.optimalBits = 0;
        builder.fixedBits = 0;
        symbolEnd = 0;
        pendingSlides = 0;
    }

    /** Adds a literal byte to the block; true if the block is now full. */
    boolean tallyLiteral(int literal) {
        symbols[symbolEnd++] = 0;
        symbols[symbolEnd++] = 0;
        symbols[symbolEnd++] = (byte) literal;
        literals.frequency[literal]++;
        return symbolEnd == SYMBOL_END;
    }

    /** Adds a match of {@code lengthLess3} + 3 bytes {@code distance} back to the block; true if it is now full. */
    boolean tallyMatch(int distance, int lengthLess3) {
        symbols[symbolEnd++] = (byte) distance;
        symbols[symbolEnd++] = (byte) (distance >> 8);
        symbols[symbolEnd++] = (byte) lengthLess3;
        literals.frequency[LENGTH_CODE[lengthLess3 & 0xFF] + LITERALS + 1]++;
        distances.frequency[distanceCode((distance & 0xFFFF) - 1)]++;
        return symbolEnd == SYMBOL_END;
    }

    private static int distanceCode(int distanceLess1) {
        return distanceLess1 < 256 ? DISTANCE_CODE[distanceLess1] : DISTANCE_CODE[256 + (distanceLess1 >>> 7)];
    }

    /**
     * Ends the current block, which covers {@code storedLength} bytes of input at {@code data[offset ..]}, or
     * input no longer at hand if {@code data} is null, in which case it cannot be stored.
     */
    void flushBlock(byte[] data, int offset, int storedLength, boolean last, int level, int strategy) {
        long optimalBytes;
        long fixedBytes;
        int maxOrderIndex = 0;
        if (level > 0) {
            builder.build(literals);
            builder.build(distances);
            maxOrderIndex = buildCodeLengthTree();
            optimalBytes = (builder.optimalBits + 3 + 7) >>> 3;
            fixedBytes = (builder.fixedBits + 3 + 7) >>> 3;
            if (fixedBytes <= optimalBytes || strategy == FIXED_STRATEGY) {
                optimalBytes = fixedBytes;
            }
        } else {
            optimalBytes = storedLength + 5L;
            fixedBytes = optimalBytes;
        }
        if (storedLength + 4L <= optimalBytes && data != null) {
            storedBlock(data, offset, storedLength, last);
        } else if (fixedBytes == optimalBytes) {
            sendBits((FIXED_BLOCK << 1) + (last ? 1 : 0), 3);
            compressBlock(FIXED_LITERAL_CODES, FIXED_LITERAL_LENGTHS, FIXED_DISTANCE_CODES, FIXED_DISTANCE_LENGTHS);
        } else {
            sendBits((DYNAMIC_BLOCK << 1) + (last ? 1 : 0), 3);
            sendAllTrees(literals.maxCode + 1, distances.maxCode + 1, maxOrderIndex + 1);
            compressBlock(literals.code, literals.length, distances.code, distances.length);
        }
        startBlock();
        if (last) {
            alignToByte();
        }
    }

    /** Writes a stored block of {@code data[offset .. offset + length)}; {@code data} may be null if length is 0. */
    void storedBlock(byte[] data, int offset, int length, boolean last) {
        sendBits((STORED_BLOCK << 1) + (last ? 1 : 0), 3);
        alignToByte();
        putShort(length);
        putShort(~length);
        if (length != 0) {
            ensurePending(length);
            System.arraycopy(data, offset, pending, pendingStart + pendingLength, length);
            pendingLength += length;
        }
    }

    /** Rewrites the length of the stored block header just written to {@code length}. */
    void patchStoredLength(int length) {
        int end = pendingStart + pendingLength;
        pending[end - 4] = (byte) length;
        pending[end - 3] = (byte) (length >> 8);
        pending[end - 2] = (byte) ~length;
        pending[end - 1] = (byte) (~length >> 8);
    }

    /** Counts the code lengths of both trees for run-length coding and builds the code for them. */
    private int buildCodeLengthTree() {
        scanTree(literals);
        scanTree(distances);
        builder.build(codeLengths);
        int maxOrderIndex;
        for (maxOrderIndex = BL_CODES - 1; maxOrderIndex >= 3; maxOrderIndex--) {
            if (codeLengths.length[CODE_LENGTH_ORDER[maxOrderIndex]] != 0) {
                break;
            }
        }
        builder.optimalBits += 3L * (maxOrderIndex + 1) + 5 + 5 + 4;
        return maxOrderIndex;
    }

    /**
     * Runs of code lengths, as RFC 1951 section 3.2.7 codes them: repeats of a nonzero length (16) after the
     * length is sent once, 3 to 6 at a time, runs of zeros as 17 (3 to 10) or 18 (11 to 138); shorter runs are sent
     * length by length. With {@code send} false only counts the symbols that will be used.
     */
    private void runLengths(DeflateTree tree, boolean send) {
        int[] length = tree.length;
        int maxCode = tree.maxCode;
        int previous = -1;
        int next = length[0];
        int count = 0;
        int maxCount = 7;
        int minCount = 4;
        if (next == 0) {
            maxCount = 138;
            minCount = 3;
        }
        if (!send) {
            length[maxCode + 1] = 0xFFFF;
        }
        int[] frequency = codeLengths.frequency;
        for (int n = 0; n <= maxCode; n++) {
            int current = next;
            next = length[n + 1];
            if (++count < maxCount && current == next) {
                continue;
            } else if (count < minCount) {
                if (send) {
                    do {
                        sendCodeLength(current);
                    } while (--count != 0);
                } else {
                    frequency[current] += count;
                }
            } else if (current != 0) {
                if (current != previous) {
                    if (send) {
                        sendCodeLength(current);
                    } else {
                        frequency[current]++;
                    }
                    count--;
                }
                if (send) {
                    sendCodeLength(REP_3_6);
                    sendBits(count - 3, 2);
                } else {
                    frequency[REP_3_6]++;
                }
            } else if (count <= 10) {
                if (send) {
                    sendCodeLength(REPZ_3_10);
                    sendBits(count - 3, 3);
                } else {
                    frequency[REPZ_3_10]++;
                }
            } else {
                if (send) {
                    sendCodeLength(REPZ_11_138);
                    sendBits(count - 11, 7);
                } else {
                    frequency[REPZ_11_138]++;
                }
            }
            count = 0;
            previous = current;
            if (next == 0) {
                maxCount = 138;
                minCount = 3;
            } else if (current == next) {
                maxCount = 6;
                minCount = 3;
            } else {
                maxCount = 7;
                minCount = 4;
            }
        }
    }

    private void scanTree(DeflateTree tree) {
        runLengths(tree, false);
    }

    private void sendCodeLength(int symbol) {
        sendBits(codeLengths.code[symbol], codeLengths.length[symbol]);
    }

    private void sendAllTrees(int literalCodes, int distanceCodes, int codeLengthCodes) {
        sendBits(literalCodes - 257, 5);
        sendBits(distanceCodes - 1, 5);
        sendBits(codeLengthCodes - 4, 4);
        for (int rank = 0; rank < codeLengthCodes; rank++) {
            sendBits(codeLengths.length[CODE_LENGTH_ORDER[rank]], 3);
        }
        runLengths(literals, true);
        runLengths(distances, true);
    }

    private void compressBlock(int[] literalCodes, int[] literalLengths, int[] distanceCodes,
            int[] distanceLengths) {
        for (int sx = 0; sx < symbolEnd; sx += 3) {
            int distance = (symbols[sx] & 0xFF) | (symbols[sx + 1] & 0xFF) << 8;
            int lc = symbols[sx + 2] & 0xFF;
            if (distance == 0) {
                sendBits(literalCodes[lc], literalLengths[lc]);
            } else {
                int code = LENGTH_CODE[lc];
                sendBits(literalCodes[code + LITERALS + 1], literalLengths[code + LITERALS + 1]);
                int extra = EXTRA_LENGTH_BITS[code];
                if (extra != 0) {
                    sendBits(lc - BASE_LENGTH[code], extra);
                }
                distance--;
                code = distanceCode(distance);
                sendBits(distanceCodes[code], distanceLengths[code]);
                extra = EXTRA_DISTANCE_BITS[code];
                if (extra != 0) {
                    sendBits(distance - BASE_DISTANCE[code], extra);
                }
            }
        }
        sendBits(literalCodes[END_BLOCK], literalLengths[END_BLOCK]);
    }

    /** Appends the low {@code length} bits of {@code value}, 1 to 16 of them. */
    void sendBits(int value, int length) {
        if (bitCount > 16 - length) {
            bitBuffer = (bitBuffer | value << bitCount) & 0xFFFF;
            putShort(bitBuffer);
            bitBuffer = (value & 0xFFFF) >>> (16 - bitCount);
            bitCount += length - 16;
        } else {
            bitBuffer = (bitBuffer | value << bitCount) & 0xFFFF;
            bitCount += length;
        }
    }

    /** Moves the whole bytes of the bit buffer to the pending bytes. */
    void flushBits() {
        if (bitCount == 16) {
            putShort(bitBuffer);
            bitBuffer = 0;
            bitCount = 0;
        } else if (bitCount >= 8) {
            putByte(bitBuffer);
            bitBuffer >>>= 8;
            bitCount -= 8;
        }
    }

    /** Pads the bits to a whole byte with zeros and moves them to the pending bytes. */
    private void alignToByte() {
        if (bitCount > 8) {
            putShort(bitBuffer);
        } else if (bitCount > 0) {
            putByte(bitBuffer);
        }
        bitBuffer = 0;
        bitCount = 0;
    }

    void putByte(int b) {
        ensurePending(1);
        pending[pendingStart + pendingLength++] = (byte) b;
    }

    /** Two bytes, least significant first. */
    private void putShort(int w) {
        putByte(w);
        putByte(w >> 8);
    }

    /** Two bytes, most significant first, as the zlib header and trailer have them. */
    void putShortMsb(int w) {
        putByte(w >> 8);
        putByte(w);
    }

    private void ensurePending(int more) {
        int end = pendingStart + pendingLength;
        if (end + more > pending.length) {
            if (pendingLength + more <= pending.length) {
                System.arraycopy(pending, pendingStart, pending, 0, pendingLength);
            } else {
                pending = Arrays.copyOfRange(pending, pendingStart,
                        pendingStart + Math.max(2 * pending.length, pendingLength + more));
            }
            pendingStart = 0;
        }
    }
}
