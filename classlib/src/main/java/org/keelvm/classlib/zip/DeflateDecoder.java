package org.keelvm.classlib.zip;

import java.util.Arrays;
import java.util.zip.DataFormatException;

/**
 * Decompresses one deflate stream (RFC 1951), inside a zlib wrapper (RFC 1950) or raw, as
 * {@code java.util.zip.Inflater} needs: input and output arrive in pieces of any size, and each call of
 * {@link #inflate} goes as far as they allow and stops at the exact bit where it ran out, to resume there next time.
 *
 * <p>Everything the stream says is a state below; a call runs states until one needs input that is not there or
 * room in the output that is not there, or the stream ends, asks for a dictionary, or turns out to be corrupt.
 * Bytes enter a bit buffer only when a state needs more bits than it holds, so the buffer holds less than a byte
 * between items; the end of the stream is therefore the end of its last byte and input after it stays unread.
 *
 * <p>A corrupt stream is reported with zlib's message for the same fault, which {@code Inflater} passes on in its
 * {@link DataFormatException}; after that every call reports it again. The checks are zlib's too: codes with
 * unassigned bit patterns ({@link HuffmanCode}), lengths 286 and 287 and distances 30 and 31 of the fixed code, a
 * distance reaching before the start of the output (and dictionary), and a zlib header's window size above 32 KiB.
 */
public final class DeflateDecoder {
    // ---- states; the ones from LITERAL to MATCH hold a symbol or match decoded in part ----
    private static final int ZLIB_HEADER = 0;
    private static final int DICTIONARY_ID = 1;
    private static final int DICTIONARY = 2;
    private static final int BLOCK_HEADER = 3;
    private static final int STORED_LENGTHS = 4;
    private static final int STORED_COPY = 5;
    private static final int TABLE_SIZES = 6;
    private static final int CODE_LENGTH_CODE = 7;
    private static final int CODE_LENGTHS = 8;
    private static final int SYMBOL = 9;
    private static final int LITERAL = 10;
    private static final int LENGTH_EXTRA = 11;
    private static final int DISTANCE = 12;
    private static final int DISTANCE_EXTRA = 13;
    private static final int MATCH = 14;
    private static final int CHECK = 15;
    private static final int DONE = 16;
    private static final int BAD = 17;

    /** Back-references reach at most 32 KiB (RFC 1951 section 2). */
    private static final int WINDOW_SIZE = 1 << 15;

    private static final int END_OF_BLOCK = 256;
    private static final int LENGTH_SYMBOLS = 29;
    private static final int DISTANCE_SYMBOLS = 30;
    private static final int MAX_LITERAL_LENGTH_CODES = 286;

    /** The order in which a dynamic block gives the code lengths of the code-length code (RFC 1951 3.2.7). */
    private static final int[] CODE_LENGTH_ORDER = {16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15};

    private static final int[] LENGTH_BASE = new int[LENGTH_SYMBOLS];
    private static final int[] LENGTH_EXTRA_BITS = new int[LENGTH_SYMBOLS];
    private static final int[] DISTANCE_BASE = new int[DISTANCE_SYMBOLS];
    private static final int[] DISTANCE_EXTRA_BITS = new int[DISTANCE_SYMBOLS];

    private static final HuffmanCode FIXED_LITERALS = new HuffmanCode(288);
    private static final HuffmanCode FIXED_DISTANCES = new HuffmanCode(32);

    static {
        // RFC 1951 3.2.5: extra bits grow by one every four length codes and every two distance codes; each base
        // follows on from the previous range. The last length code is 258 on its own.
        int base = 3;
        for (int s = 0; s < LENGTH_SYMBOLS - 1; s++) {
            LENGTH_EXTRA_BITS[s] = s < 8 ? 0 : (s - 4) / 4;
            LENGTH_BASE[s] = base;
            base += 1 << LENGTH_EXTRA_BITS[s];
        }
        LENGTH_BASE[LENGTH_SYMBOLS - 1] = 258;
        base = 1;
        for (int d = 0; d < DISTANCE_SYMBOLS; d++) {
            DISTANCE_EXTRA_BITS[d] = d < 4 ? 0 : d / 2 - 1;
            DISTANCE_BASE[d] = base;
            base += 1 << DISTANCE_EXTRA_BITS[d];
        }
        // RFC 1951 3.2.6: the fixed codes, including the two length and two distance codes that never occur.
        byte[] lengths = new byte[288];
        for (int symbol = 0; symbol < 288; symbol++) {
            lengths[symbol] = (byte) (symbol < 144 ? 8 : symbol < 256 ? 9 : symbol < 280 ? 7 : 8);
        }
        FIXED_LITERALS.build(lengths, 0, 288, true);
        Arrays.fill(lengths, 0, 32, (byte) 5);
        FIXED_DISTANCES.build(lengths, 0, 32, true);
    }

    private final boolean zlibWrapper;
    private int state;
    private String error;
    private boolean lastBlock;

    // ---- bits not yet used: the next stream bit is bit 0, bits above bitCount are zero ----
    private long bitBuffer;
    private int bitCount;

    // ---- the current call's arrays, and what the last call used of them ----
    private byte[] input;
    private int inputPosition;
    private int inputEnd;
    private byte[] output;
    private int outputPosition;
    private int outputEnd;
    private int checkedUpTo;
    private int inputUsed;
    private int outputUsed;

    // ---- the last 32 KiB of output (and dictionary), circular ----
    private final byte[] window = new byte[WINDOW_SIZE];
    private int windowEnd;
    private int history;

    // ---- zlib wrapper: running Adler-32 of the output, or the dictionary's while one is awaited ----
    private int check;
    private int dictionaryId;
    private boolean haveDictionary;

    // ---- the current block ----
    private int storedRemaining;
    private int literalLengthCount;
    private int distanceCount;
    private int codeLengthCount;
    private int lengthsRead;
    private final byte[] codeLengthLengths = new byte[CODE_LENGTH_ORDER.length];
    private final byte[] lengths = new byte[MAX_LITERAL_LENGTH_CODES + DISTANCE_SYMBOLS];
    private final HuffmanCode codeLengthCode = new HuffmanCode(CODE_LENGTH_ORDER.length);
    private final HuffmanCode dynamicLiterals = new HuffmanCode(MAX_LITERAL_LENGTH_CODES);
    private final HuffmanCode dynamicDistances = new HuffmanCode(DISTANCE_SYMBOLS);
    private HuffmanCode literals;
    private HuffmanCode distances;
    private int literal;
    private int lengthSymbol;
    private int distanceSymbol;
    private int matchLength;
    private int matchDistance;

    /** A decoder for a zlib stream, or with {@code nowrap} for raw deflate data. */
    public DeflateDecoder(boolean nowrap) {
        zlibWrapper = !nowrap;
        reset();
    }

    /** Whether this decoder reads raw deflate data rather than a zlib stream. */
    public boolean nowrap() {
        return !zlibWrapper;
    }

    /** Starts over with a new stream of the same kind, forgetting the dictionary and any error. */
    public void reset() {
        state = zlibWrapper ? ZLIB_HEADER : BLOCK_HEADER;
        error = null;
        lastBlock = false;
        bitBuffer = 0;
        bitCount = 0;
        windowEnd = 0;
        history = 0;
        check = 1;
        haveDictionary = false;
        inputUsed = 0;
        outputUsed = 0;
    }

    /**
     * Decompresses from {@code in[inOffset .. inOffset + inLength)} into {@code out[outOffset .. outOffset +
     * outLength)} as far as both allow; {@link #inputUsed} and {@link #outputUsed} then say how far that was.
     * Returns the number of bytes written.
     *
     * @throws DataFormatException if the stream is corrupt; the counts still say what this call used
     */
    public int inflate(byte[] in, int inOffset, int inLength, byte[] out, int outOffset, int outLength)
            throws DataFormatException {
        input = in;
        inputPosition = inOffset;
        inputEnd = inOffset + inLength;
        output = out;
        outputPosition = outOffset;
        outputEnd = outOffset + outLength;
        checkedUpTo = outOffset;
        try {
            while (step()) {
                // each step is one state's work; it answers false where the call must stop
            }
        } finally {
            updateCheck();
            inputUsed = inputPosition - inOffset;
            outputUsed = outputPosition - outOffset;
            input = null;
            output = null;
        }
        if (state == BAD) {
            throw new DataFormatException(error);
        }
        return outputUsed;
    }

    /** Bytes of input the last {@link #inflate} consumed. */
    public int inputUsed() {
        return inputUsed;
    }

    /** Bytes of output the last {@link #inflate} wrote. */
    public int outputUsed() {
        return outputUsed;
    }

    /** Whether the end of the stream (with a zlib wrapper, its checked trailer) has been reached. */
    public boolean finished() {
        return state == DONE;
    }

    /** Whether the zlib header asked for a preset dictionary that {@link #setDictionary} has not given yet. */
    public boolean needsDictionary() {
        return state == DICTIONARY && !haveDictionary;
    }

    /**
     * What {@code Inflater.getAdler} reports: for a zlib stream the Adler-32 of the output so far, or the
     * dictionary's checksum from the header while a dictionary is awaited; for raw data always 0.
     */
    public int adler() {
        return zlibWrapper ? check : 0;
    }

    /**
     * Gives the preset dictionary: the output that back-references may reach before the first byte of the
     * stream. A zlib stream takes it only when it asks for it, and only the one whose checksum it names; raw data
     * takes one at any time, as output that came before.
     *
     * @throws IllegalArgumentException if the stream does not take this dictionary now; its message is that of
     *         the stream's last error, if any, as zlib leaves it
     */
    public void setDictionary(byte[] b, int offset, int length) {
        if (zlibWrapper) {
            if (state != DICTIONARY || Adler32.update(1, b, offset, length) != dictionaryId) {
                throw new IllegalArgumentException(error);
            }
        }
        remember(b, offset, length);
        haveDictionary = true;
    }

    private boolean step() throws DataFormatException {
        switch (state) {
            case ZLIB_HEADER:
                return zlibHeader();
            case DICTIONARY_ID:
                return dictionaryId();
            case DICTIONARY:
                return dictionary();
            case BLOCK_HEADER:
                return blockHeader();
            case STORED_LENGTHS:
                return storedLengths();
            case STORED_COPY:
                return storedCopy();
            case TABLE_SIZES:
                return tableSizes();
            case CODE_LENGTH_CODE:
                return codeLengthCode();
            case CODE_LENGTHS:
                return codeLengths();
            case SYMBOL:
            case LITERAL:
            case LENGTH_EXTRA:
            case DISTANCE:
            case DISTANCE_EXTRA:
            case MATCH:
                return blockData();
            case CHECK:
                return checkTrailer();
            default:
                return false;
        }
    }

    // ---- zlib wrapper (RFC 1950 section 2.2) ----

    private boolean zlibHeader() {
        if (!need(16)) {
            return false;
        }
        int cmf = take(8);
        int flg = take(8);
        if ((cmf << 8 | flg) % 31 != 0) {
            return fail("incorrect header check");
        }
        if ((cmf & 0xF) != 8) {
            return fail("unknown compression method");
        }
        if ((cmf >>> 4) + 8 > 15) {
            return fail("invalid window size");
        }
        check = 1;
        state = (flg & 0x20) != 0 ? DICTIONARY_ID : BLOCK_HEADER;
        return true;
    }

    private boolean dictionaryId() {
        if (!need(32)) {
            return false;
        }
        dictionaryId = Integer.reverseBytes(take(32));
        check = dictionaryId;
        state = DICTIONARY;
        return true;
    }

    private boolean dictionary() {
        if (!haveDictionary) {
            return false;
        }
        check = 1;
        state = BLOCK_HEADER;
        return true;
    }

    private boolean checkTrailer() {
        if (!need(32)) {
            return false;
        }
        updateCheck();
        if (Integer.reverseBytes(take(32)) != check) {
            return fail("incorrect data check");
        }
        state = DONE;
        return false;
    }

    // ---- block structure (RFC 1951 section 3.2.3) ----

    private boolean blockHeader() {
        if (!need(3)) {
            return false;
        }
        lastBlock = take(1) != 0;
        switch (take(2)) {
            case 0:
                state = STORED_LENGTHS;
                return true;
            case 1:
                literals = FIXED_LITERALS;
                distances = FIXED_DISTANCES;
                state = SYMBOL;
                return true;
            case 2:
                state = TABLE_SIZES;
                return true;
            default:
                return fail("invalid block type");
        }
    }

    private void endOfBlock() {
        if (lastBlock) {
            take(bitCount & 7);
            state = zlibWrapper ? CHECK : DONE;
        } else {
            state = BLOCK_HEADER;
        }
    }

    // ---- stored blocks (RFC 1951 section 3.2.4) ----

    private boolean storedLengths() {
        take(bitCount & 7);
        if (!need(32)) {
            return false;
        }
        int length = take(16);
        int complement = take(16);
        if (length != (~complement & 0xFFFF)) {
            return fail("invalid stored block lengths");
        }
        storedRemaining = length;
        state = STORED_COPY;
        return true;
    }

    /** The bit buffer is empty here: the lengths ended on a byte boundary and nothing was read after them. */
    private boolean storedCopy() {
        int n = Math.min(storedRemaining, Math.min(inputEnd - inputPosition, outputEnd - outputPosition));
        System.arraycopy(input, inputPosition, output, outputPosition, n);
        remember(input, inputPosition, n);
        inputPosition += n;
        outputPosition += n;
        storedRemaining -= n;
        if (storedRemaining > 0) {
            return false;
        }
        endOfBlock();
        return true;
    }

    // ---- the code description of a dynamic block (RFC 1951 section 3.2.7) ----

    private boolean tableSizes() {
        if (!need(14)) {
            return false;
        }
        literalLengthCount = take(5) + 257;
        distanceCount = take(5) + 1;
        codeLengthCount = take(4) + 4;
        if (literalLengthCount > MAX_LITERAL_LENGTH_CODES || distanceCount > DISTANCE_SYMBOLS) {
            return fail("too many length or distance symbols");
        }
        lengthsRead = 0;
        state = CODE_LENGTH_CODE;
        return true;
    }

    private boolean codeLengthCode() {
        for (; lengthsRead < codeLengthCount; lengthsRead++) {
            if (!need(3)) {
                return false;
            }
            codeLengthLengths[CODE_LENGTH_ORDER[lengthsRead]] = (byte) take(3);
        }
        for (int i = codeLengthCount; i < CODE_LENGTH_ORDER.length; i++) {
            codeLengthLengths[CODE_LENGTH_ORDER[i]] = 0;
        }
        if (!codeLengthCode.build(codeLengthLengths, 0, CODE_LENGTH_ORDER.length, false)) {
            return fail("invalid code lengths set");
        }
        lengthsRead = 0;
        state = CODE_LENGTHS;
        return true;
    }

    /** A repeat code is read together with its extra bits, so a stop never falls between them. */
    private boolean codeLengths() {
        int total = literalLengthCount + distanceCount;
        while (lengthsRead < total) {
            int entry;
            while ((entry = codeLengthCode.decode(bitBuffer, bitCount)) < 0) {
                if (!pullByte()) {
                    return false;
                }
            }
            int symbol = entry >>> 4;
            int codeBits = entry & 0xF;
            if (symbol == HuffmanCode.INVALID) {
                // Only a code-length code without any codes has unassigned patterns; zlib reads them as length 0.
                symbol = 0;
            }
            if (symbol < 16) {
                take(codeBits);
                lengths[lengthsRead++] = (byte) symbol;
                continue;
            }
            int extraBits = symbol == 16 ? 2 : symbol == 17 ? 3 : 7;
            if (!need(codeBits + extraBits)) {
                return false;
            }
            take(codeBits);
            if (symbol == 16 && lengthsRead == 0) {
                return fail("invalid bit length repeat");
            }
            int repeat = take(extraBits) + (symbol == 18 ? 11 : 3);
            if (lengthsRead + repeat > total) {
                return fail("invalid bit length repeat");
            }
            byte length = symbol == 16 ? lengths[lengthsRead - 1] : 0;
            for (int i = 0; i < repeat; i++) {
                lengths[lengthsRead++] = length;
            }
        }
        if (lengths[END_OF_BLOCK] == 0) {
            return fail("invalid code -- missing end-of-block");
        }
        if (!dynamicLiterals.build(lengths, 0, literalLengthCount, true)) {
            return fail("invalid literal/lengths set");
        }
        if (!dynamicDistances.build(lengths, literalLengthCount, distanceCount, true)) {
            return fail("invalid distances set");
        }
        literals = dynamicLiterals;
        distances = dynamicDistances;
        state = SYMBOL;
        return true;
    }

    // ---- compressed data (RFC 1951 section 3.2.5) ----

    /** Literals and matches until the end of the block, or a stop; each state is a part decoded so far. */
    private boolean blockData() {
        while (true) {
            switch (state) {
                case SYMBOL: {
                    int symbol = decode(literals);
                    if (symbol < 0) {
                        return false;
                    }
                    if (symbol < END_OF_BLOCK) {
                        literal = symbol;
                        state = LITERAL;
                    } else if (symbol == END_OF_BLOCK) {
                        endOfBlock();
                        return true;
                    } else if (symbol - 257 < LENGTH_SYMBOLS) {
                        lengthSymbol = symbol - 257;
                        state = LENGTH_EXTRA;
                    } else {
                        return fail("invalid literal/length code");
                    }
                    break;
                }
                case LITERAL:
                    if (outputPosition == outputEnd) {
                        return false;
                    }
                    put((byte) literal);
                    state = SYMBOL;
                    break;
                case LENGTH_EXTRA: {
                    int extraBits = LENGTH_EXTRA_BITS[lengthSymbol];
                    if (!need(extraBits)) {
                        return false;
                    }
                    matchLength = LENGTH_BASE[lengthSymbol] + take(extraBits);
                    state = DISTANCE;
                    break;
                }
                case DISTANCE: {
                    int symbol = decode(distances);
                    if (symbol < 0) {
                        return false;
                    }
                    if (symbol >= DISTANCE_SYMBOLS) {
                        return fail("invalid distance code");
                    }
                    distanceSymbol = symbol;
                    state = DISTANCE_EXTRA;
                    break;
                }
                case DISTANCE_EXTRA: {
                    int extraBits = DISTANCE_EXTRA_BITS[distanceSymbol];
                    if (!need(extraBits)) {
                        return false;
                    }
                    matchDistance = DISTANCE_BASE[distanceSymbol] + take(extraBits);
                    if (matchDistance > history) {
                        return fail("invalid distance too far back");
                    }
                    state = MATCH;
                    break;
                }
                default:
                    if (!copyMatch()) {
                        return false;
                    }
                    state = SYMBOL;
                    break;
            }
        }
    }

    /** Copies what fits of the current match; true when all of it has been copied. */
    private boolean copyMatch() {
        int n = Math.min(matchLength, outputEnd - outputPosition);
        int from = (windowEnd - matchDistance) & (WINDOW_SIZE - 1);
        for (int i = 0; i < n; i++) {
            put(window[from]);
            from = (from + 1) & (WINDOW_SIZE - 1);
        }
        matchLength -= n;
        return matchLength == 0;
    }

    // ---- output and history ----

    private void put(byte b) {
        output[outputPosition++] = b;
        window[windowEnd] = b;
        windowEnd = (windowEnd + 1) & (WINDOW_SIZE - 1);
        if (history < WINDOW_SIZE) {
            history++;
        }
    }

    /** Appends {@code b[offset .. offset + length)} to the history without writing it to the output. */
    private void remember(byte[] b, int offset, int length) {
        if (length >= WINDOW_SIZE) {
            System.arraycopy(b, offset + length - WINDOW_SIZE, window, 0, WINDOW_SIZE);
            windowEnd = 0;
            history = WINDOW_SIZE;
            return;
        }
        int first = Math.min(length, WINDOW_SIZE - windowEnd);
        System.arraycopy(b, offset, window, windowEnd, first);
        System.arraycopy(b, offset + first, window, 0, length - first);
        windowEnd = (windowEnd + length) & (WINDOW_SIZE - 1);
        history = Math.min(WINDOW_SIZE, history + length);
    }

    /** Brings the running Adler-32 up to the output written so far in this call. */
    private void updateCheck() {
        if (zlibWrapper && outputPosition > checkedUpTo) {
            check = Adler32.update(check, output, checkedUpTo, outputPosition - checkedUpTo);
        }
        checkedUpTo = outputPosition;
    }

    // ---- bits ----

    /** Whether the bit buffer holds {@code n} bits, after taking whole bytes of input as needed. */
    private boolean need(int n) {
        while (bitCount < n) {
            if (!pullByte()) {
                return false;
            }
        }
        return true;
    }

    private boolean pullByte() {
        if (inputPosition == inputEnd) {
            return false;
        }
        bitBuffer |= (long) (input[inputPosition++] & 0xFF) << bitCount;
        bitCount += 8;
        return true;
    }

    /** Removes and returns the next {@code n} bits (at most 32), first stream bit lowest. */
    private int take(int n) {
        int bits = (int) (bitBuffer & ((1L << n) - 1));
        bitBuffer >>>= n;
        bitCount -= n;
        return bits;
    }

    /** The next symbol of {@code code}, or -1 if the input ran out before its last bit. */
    private int decode(HuffmanCode code) {
        while (true) {
            int entry = code.decode(bitBuffer, bitCount);
            if (entry >= 0) {
                take(entry & 0xF);
                return entry >>> 4;
            }
            if (!pullByte()) {
                return -1;
            }
        }
    }

    private boolean fail(String message) {
        error = message;
        state = BAD;
        return false;
    }
}
