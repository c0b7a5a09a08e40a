package org.keelvm.classlib.zip;

import static org.keelvm.classlib.zip.SlidingWindow.MAX_DIST;
import static org.keelvm.classlib.zip.SlidingWindow.MIN_LOOKAHEAD;
import static org.keelvm.classlib.zip.SlidingWindow.MIN_MATCH;
import static org.keelvm.classlib.zip.SlidingWindow.WINDOW_SIZE;
import static org.keelvm.classlib.zip.SlidingWindow.W_SIZE;

/**
 * Deflate compression (RFC 1951), raw or in a zlib stream (RFC 1950), that gives the bytes zlib 1.2.13 gives with
 * windowBits 15 and memLevel 8, which is what {@code java.util.zip.Deflater} uses on HotSpot. Callers see zlib's
 * {@code deflate}, {@code deflateParams}, {@code deflateSetDictionary} and {@code deflateReset}: each call gets an
 * input and an output range and answers with zlib's return code, after which {@link #inputUsed} and
 * {@link #outputUsed} say how far it got. Output matches zlib's not only in the bytes but in how many of them each
 * call hands out, since programs print those counts.
 *
 * <p>How each level compresses, as zlib chooses:
 * <ul>
 *   <li>level 0 stores: stored blocks copied straight to the output when it has room for at least 32 KiB or
 *       everything to be flushed, else gathered in the window and written from there;
 *   <li>levels 1 to 3 ("fast") take the longest match at each position at once, and enter the strings inside a
 *       match into the hash table only when the match is short;
 *   <li>levels 4 to 9 ("lazy") defer a match by one byte to see whether the next position starts a longer one,
 *       drop length-3 matches more than 4096 bytes back (which cost more than literals), and with the
 *       {@code FILTERED} strategy drop every match of 5 bytes or less;
 *   <li>the {@code HUFFMAN_ONLY} strategy codes literals only.
 * </ul>
 * The levels differ in the lengths of {@link #CONFIGURATION}. A block ends when the symbol buffer is full or the
 * caller flushes; {@link BlockWriter} then picks its coding.
 *
 * <p>Flushing: a sync or full flush ends the block and adds an empty stored block so the output ends on a byte
 * boundary; a full flush also forgets the history. Changing level or strategy in mid-stream first ends the current
 * block (zlib's {@code Z_BLOCK}) when the compression function or the strategy changes.
 */
public final class DeflateEncoder {
    /** zlib's return codes. */
    public static final int OK = 0;
    public static final int STREAM_END = 1;
    public static final int STREAM_ERROR = -2;
    public static final int BUF_ERROR = -5;

    /** zlib's flush modes; {@code Deflater}'s constants have the same values. */
    public static final int NO_FLUSH = 0;
    public static final int SYNC_FLUSH = 2;
    public static final int FULL_FLUSH = 3;
    public static final int FINISH = 4;
    private static final int BLOCK = 5;

    private static final int FILTERED = 1;
    private static final int HUFFMAN_ONLY = 2;
    private static final int FIXED = 4;

    private static final int INIT_STATE = 42;
    private static final int BUSY_STATE = 113;
    private static final int FINISH_STATE = 666;

    /** What a compression function reports. */
    private static final int NEED_MORE = 0;
    private static final int BLOCK_DONE = 1;
    private static final int FINISH_STARTED = 2;
    private static final int FINISH_DONE = 3;
    /** What {@link #refill} answers besides {@link #NEED_MORE}. */
    private static final int LOOKAHEAD_READY = -1;
    private static final int INPUT_DONE = -2;

    private static final int MAX_STORED = 65535;
    /** A length-3 match farther back than this is not worth it to the lazy levels. */
    private static final int TOO_FAR = 4096;

    /** Per level: good length, lazy length (fast levels: longest match whose strings are hashed), nice, chain. */
    private static final int[][] CONFIGURATION = {
        {0, 0, 0, 0},
        {4, 4, 8, 4},
        {4, 5, 16, 8},
        {4, 6, 32, 32},
        {4, 4, 16, 16},
        {8, 16, 32, 32},
        {8, 16, 128, 128},
        {8, 32, 128, 256},
        {32, 128, 258, 1024},
        {32, 258, 258, 4096},
    };

    private final EncoderStream stream = new EncoderStream();
    private final SlidingWindow w = new SlidingWindow();
    private final BlockWriter out = new BlockWriter();
    private boolean nowrap;
    /** 1 for a zlib stream, 0 for raw deflate; -1 once the zlib trailer is written. */
    private int wrap;
    private int status;
    private int lastFlush;
    private int level;
    private int strategy;
    private int inputStart;
    private int outputStart;

    /** An encoder for a stream with the given level (-1 for the default, 6) and strategy. */
    public DeflateEncoder(int level, int strategy, boolean nowrap) {
        if (!initialize(level, strategy, nowrap)) {
            throw new IllegalArgumentException();
        }
    }

    /**
     * Starts over as a new encoder would, with freshly zeroed memory; false, changing nothing, for a level or
     * strategy zlib rejects.
     */
    public boolean initialize(int level, int strategy, boolean nowrap) {
        if (level == -1) {
            level = 6;
        }
        if (level < 0 || level > 9 || strategy < 0 || strategy > FIXED) {
            return false;
        }
        this.nowrap = nowrap;
        this.level = level;
        this.strategy = strategy;
        wrap = nowrap ? 0 : 1;
        w.clear();
        reset();
        return true;
    }

    /** Whether this encoder writes raw deflate data. */
    public boolean nowrap() {
        return nowrap;
    }

    /** Starts a new stream with the same level, strategy and kind; like zlib, keeps the window's bytes. */
    public void reset() {
        out.reset();
        if (wrap < 0) {
            wrap = -wrap;
        }
        status = INIT_STATE;
        stream.adler = 1;
        stream.summing = wrap == 1;
        lastFlush = -2;
        w.reset(CONFIGURATION[level]);
    }

    /** The Adler-32 of the input so far, or of the dictionary before the header is out; 1 for raw streams. */
    public int adler() {
        return stream.adler;
    }

    /** Input bytes the last call read. */
    public int inputUsed() {
        return stream.nextIn - inputStart;
    }

    /** Output bytes the last call wrote. */
    public int outputUsed() {
        return stream.nextOut - outputStart;
    }

    private void setStream(byte[] input, int inputOffset, int inputLength, byte[] output, int outputOffset,
            int outputLength) {
        stream.set(input, inputOffset, inputLength, output, outputOffset, outputLength);
        inputStart = inputOffset;
        outputStart = outputOffset;
    }

    /**
     * Compresses from {@code input[inputOffset ..]} into {@code output[outputOffset ..]} with the given flush mode;
     * returns {@link #OK}, {@link #STREAM_END} once a finished stream is all out, {@link #BUF_ERROR} if no progress
     * was possible, or {@link #STREAM_ERROR}.
     */
    public int deflate(byte[] input, int inputOffset, int inputLength, byte[] output, int outputOffset,
            int outputLength, int flush) {
        setStream(input, inputOffset, inputLength, output, outputOffset, outputLength);
        if (flush < 0 || flush > BLOCK) {
            return STREAM_ERROR;
        }
        return deflate(flush);
    }

    /**
     * Changes level and strategy, as zlib's {@code deflateParams}: if that changes the compression function or
     * the strategy of a stream already under way, first compresses and ends the current block with the input and
     * output given. Returns {@link #BUF_ERROR}, changing nothing, if that could not take all the input.
     */
    public int setParameters(int newLevel, int newStrategy, byte[] input, int inputOffset, int inputLength,
            byte[] output, int outputOffset, int outputLength) {
        setStream(input, inputOffset, inputLength, output, outputOffset, outputLength);
        if (newLevel == -1) {
            newLevel = 6;
        }
        if (newLevel < 0 || newLevel > 9 || newStrategy < 0 || newStrategy > FIXED) {
            return STREAM_ERROR;
        }
        if ((newStrategy != strategy || function(level) != function(newLevel)) && lastFlush != -2) {
            int result = deflate(BLOCK);
            if (result == STREAM_ERROR) {
                return result;
            }
            if (stream.availIn != 0 || w.strStart - w.blockStart + w.lookahead != 0) {
                return BUF_ERROR;
            }
        }
        if (level != newLevel) {
            if (level == 0 && out.pendingSlides != 0) {
                if (out.pendingSlides == 1) {
                    w.slideHash();
                } else {
                    w.clearHash();
                }
                out.pendingSlides = 0;
            }
            level = newLevel;
            w.configure(CONFIGURATION[level]);
        }
        strategy = newStrategy;
        return OK;
    }

    /**
     * One call of a {@code java.util.zip.Deflater} {@code deflate*} native, answered as the JDK's C code answers:
     * {@code params} is 0 to compress with {@code flush}, or {@code 1 | strategy << 1 | level << 3} to change
     * parameters first (which then is all the call does); the result packs
     *
     * <pre>
     *   63               62         61                 31 30                 0
     *  +----------------+----------+---------------------+--------------------+
     *  | params pending | finished |   output written    |   input consumed   |
     *  +----------------+----------+---------------------+--------------------+
     * </pre>
     *
     * A call that could make no progress reports nothing used; a stream error is an {@link InternalError}.
     */
    public long deflaterCall(byte[] input, int inputOffset, int inputLength, byte[] output, int outputOffset,
            int outputLength, int flush, int params) {
        boolean paramsPending = (params & 1) != 0;
        int result = paramsPending
                ? setParameters(params >> 3, (params >> 1) & 3, input, inputOffset, inputLength, output,
                        outputOffset, outputLength)
                : deflate(input, inputOffset, inputLength, output, outputOffset, outputLength, flush);
        boolean finished = false;
        boolean counted;
        if (result == OK) {
            paramsPending = false;
            counted = true;
        } else if (result == STREAM_END && !paramsPending) {
            finished = true;
            counted = true;
        } else if (result == BUF_ERROR) {
            counted = paramsPending;
        } else {
            throw new InternalError("stream error");
        }
        long read = counted ? inputUsed() : 0;
        long written = counted ? outputUsed() : 0;
        return read | written << 31 | (finished ? 1L << 62 : 0) | (paramsPending ? 1L << 63 : 0);
    }

    /** 0 stores, 1 matches greedily, 2 lazily: which of zlib's functions compresses at a level. */
    private static int function(int level) {
        return level == 0 ? 0 : level <= 3 ? 1 : 2;
    }

    /**
     * Primes the history with {@code dictionary[offset .. offset + length)}, of which only the last 32 KiB count;
     * false if the stream is past the point where a dictionary may be set (a zlib stream whose header is out, or
     * any stream with input waiting).
     */
    public boolean setDictionary(byte[] dictionary, int offset, int length) {
        int savedWrap = wrap;
        if (wrap == 1 && status != INIT_STATE || w.lookahead != 0) {
            return false;
        }
        if (wrap == 1) {
            stream.adler = Adler32.update(stream.adler, dictionary, offset, length);
        }
        wrap = 0;
        stream.summing = false;
        if (length >= W_SIZE) {
            if (savedWrap == 0) {
                w.clearHash();
                w.strStart = 0;
                w.blockStart = 0;
                w.insert = 0;
            }
            offset += length - W_SIZE;
            length = W_SIZE;
        }
        byte[] savedInput = stream.input;
        int savedNext = stream.nextIn;
        int savedAvail = stream.availIn;
        stream.input = dictionary;
        stream.nextIn = offset;
        stream.availIn = length;
        w.fill(stream);
        while (w.lookahead >= MIN_MATCH) {
            int str = w.strStart;
            int n = w.lookahead - (MIN_MATCH - 1);
            do {
                w.insertString(str);
                str++;
            } while (--n != 0);
            w.strStart = str;
            w.lookahead = MIN_MATCH - 1;
            w.fill(stream);
        }
        w.strStart += w.lookahead;
        w.blockStart = w.strStart;
        w.insert = w.lookahead;
        w.lookahead = 0;
        w.matchLength = MIN_MATCH - 1;
        w.prevLength = MIN_MATCH - 1;
        w.matchAvailable = false;
        stream.input = savedInput;
        stream.nextIn = savedNext;
        stream.availIn = savedAvail;
        wrap = savedWrap;
        stream.summing = wrap == 1;
        return true;
    }

    private static int rank(int flush) {
        return flush * 2 - (flush > 4 ? 9 : 0);
    }

    private int deflate(int flush) {
        if (status == FINISH_STATE && flush != FINISH) {
            return STREAM_ERROR;
        }
        if (stream.availOut == 0) {
            return BUF_ERROR;
        }
        int oldFlush = lastFlush;
        lastFlush = flush;
        if (out.pendingLength != 0) {
            flushPending();
            if (stream.availOut == 0) {
                lastFlush = -1;
                return OK;
            }
        } else if (stream.availIn == 0 && rank(flush) <= rank(oldFlush) && flush != FINISH) {
            return BUF_ERROR;
        }
        if (status == FINISH_STATE && stream.availIn != 0) {
            return BUF_ERROR;
        }
        if (status == INIT_STATE && wrap == 0) {
            status = BUSY_STATE;
        }
        if (status == INIT_STATE) {
            writeHeader();
            status = BUSY_STATE;
            flushPending();
            if (out.pendingLength != 0) {
                lastFlush = -1;
                return OK;
            }
        }
        if (stream.availIn != 0 || w.lookahead != 0 || flush != NO_FLUSH && status != FINISH_STATE) {
            int state = level == 0 ? deflateStored(flush)
                    : strategy == HUFFMAN_ONLY ? deflateHuffman(flush)
                    : function(level) == 1 ? deflateFast(flush)
                    : deflateLazy(flush);
            if (state == FINISH_STARTED || state == FINISH_DONE) {
                status = FINISH_STATE;
            }
            if (state == NEED_MORE || state == FINISH_STARTED) {
                if (stream.availOut == 0) {
                    lastFlush = -1;
                }
                return OK;
            }
            if (state == BLOCK_DONE) {
                if (flush != BLOCK) {
                    out.storedBlock(null, 0, 0, false);
                    if (flush == FULL_FLUSH) {
                        w.clearHash();
                        if (w.lookahead == 0) {
                            w.strStart = 0;
                            w.blockStart = 0;
                            w.insert = 0;
                        }
                    }
                }
                flushPending();
                if (stream.availOut == 0) {
                    lastFlush = -1;
                    return OK;
                }
            }
        }
        if (flush != FINISH) {
            return OK;
        }
        if (wrap <= 0) {
            return STREAM_END;
        }
        out.putShortMsb(stream.adler >>> 16);
        out.putShortMsb(stream.adler);
        flushPending();
        wrap = -wrap;
        return out.pendingLength != 0 ? OK : STREAM_END;
    }

    /** The two bytes of RFC 1950: method 8 with a 32 KiB window, a level hint, the dictionary's Adler-32 if any. */
    private void writeHeader() {
        int header = (8 + ((15 - 8) << 4)) << 8;
        int levelFlags;
        if (strategy >= HUFFMAN_ONLY || level < 2) {
            levelFlags = 0;
        } else if (level < 6) {
            levelFlags = 1;
        } else if (level == 6) {
            levelFlags = 2;
        } else {
            levelFlags = 3;
        }
        header |= levelFlags << 6;
        if (w.strStart != 0) {
            header |= 0x20;
        }
        header += 31 - header % 31;
        out.putShortMsb(header);
        if (w.strStart != 0) {
            out.putShortMsb(stream.adler >>> 16);
            out.putShortMsb(stream.adler);
        }
        stream.adler = 1;
    }

    /** Hands out as many pending bytes as the output has room for. */
    private void flushPending() {
        out.flushBits();
        int length = Math.min(out.pendingLength, stream.availOut);
        if (length == 0) {
            return;
        }
        System.arraycopy(out.pending, out.pendingStart, stream.output, stream.nextOut, length);
        stream.nextOut += length;
        out.pendingStart += length;
        stream.availOut -= length;
        out.pendingLength -= length;
        if (out.pendingLength == 0) {
            out.pendingStart = 0;
        }
    }

    /** Ends the current block at {@code strStart} and hands out what fits. */
    private void flushBlock(boolean last) {
        out.flushBlock(w.blockStart >= 0 ? w.window : null, w.blockStart, w.strStart - w.blockStart, last, level,
                strategy);
        w.blockStart = w.strStart;
        flushPending();
    }

    /** Ends the current and last block once the input is used up, the way the matching functions all end. */
    private int finishBlocks(int flush) {
        if (flush == FINISH) {
            flushBlock(true);
            return stream.availOut == 0 ? FINISH_STARTED : FINISH_DONE;
        }
        if (!out.blockEmpty()) {
            flushBlock(false);
            if (stream.availOut == 0) {
                return NEED_MORE;
            }
        }
        return BLOCK_DONE;
    }

    private int deflateStored(int flush) {
        int minBlock = Math.min(BlockWriter.PENDING_BUFFER - 5, W_SIZE);
        boolean last = false;
        int used = stream.availIn;
        int length;
        int left;
        int have;
        do {
            length = MAX_STORED;
            have = (out.bitCount + 42) >> 3;
            if (stream.availOut < have) {
                break;
            }
            have = stream.availOut - have;
            left = w.strStart - w.blockStart;
            long available = (long) left + stream.availIn;
            if (length > available) {
                length = (int) available;
            }
            if (length > have) {
                length = have;
            }
            if (length < minBlock && (length == 0 && flush != FINISH || flush == NO_FLUSH || length != available)) {
                break;
            }
            last = flush == FINISH && length == available;
            out.storedBlock(null, 0, 0, last);
            out.patchStoredLength(length);
            flushPending();
            if (left != 0) {
                if (left > length) {
                    left = length;
                }
                System.arraycopy(w.window, w.blockStart, stream.output, stream.nextOut, left);
                stream.nextOut += left;
                stream.availOut -= left;
                w.blockStart += left;
                length -= left;
            }
            if (length != 0) {
                stream.read(stream.output, stream.nextOut, length);
                stream.nextOut += length;
                stream.availOut -= length;
            }
        } while (!last);

        used -= stream.availIn;
        if (used != 0) {
            if (used >= W_SIZE) {
                out.pendingSlides = 2;
                System.arraycopy(stream.input, stream.nextIn - W_SIZE, w.window, 0, W_SIZE);
                w.strStart = W_SIZE;
                w.insert = w.strStart;
            } else {
                if (WINDOW_SIZE - w.strStart <= used) {
                    w.strStart -= W_SIZE;
                    System.arraycopy(w.window, W_SIZE, w.window, 0, w.strStart);
                    if (out.pendingSlides < 2) {
                        out.pendingSlides++;
                    }
                    if (w.insert > w.strStart) {
                        w.insert = w.strStart;
                    }
                }
                System.arraycopy(stream.input, stream.nextIn - used, w.window, w.strStart, used);
                w.strStart += used;
                w.insert += Math.min(used, W_SIZE - w.insert);
            }
            w.blockStart = w.strStart;
        }
        if (last) {
            return FINISH_DONE;
        }
        if (flush != NO_FLUSH && flush != FINISH && stream.availIn == 0 && w.strStart == w.blockStart) {
            return BLOCK_DONE;
        }

        have = WINDOW_SIZE - w.strStart;
        if (stream.availIn > have && w.blockStart >= W_SIZE) {
            w.blockStart -= W_SIZE;
            w.strStart -= W_SIZE;
            System.arraycopy(w.window, W_SIZE, w.window, 0, w.strStart);
            if (out.pendingSlides < 2) {
                out.pendingSlides++;
            }
            have += W_SIZE;
            if (w.insert > w.strStart) {
                w.insert = w.strStart;
            }
        }
        if (have > stream.availIn) {
            have = stream.availIn;
        }
        if (have != 0) {
            stream.read(w.window, w.strStart, have);
            w.strStart += have;
            w.insert += Math.min(have, W_SIZE - w.insert);
        }

        have = (out.bitCount + 42) >> 3;
        have = Math.min(BlockWriter.PENDING_BUFFER - have, MAX_STORED);
        minBlock = Math.min(have, W_SIZE);
        left = w.strStart - w.blockStart;
        if (left >= minBlock
                || (left != 0 || flush == FINISH) && flush != NO_FLUSH && stream.availIn == 0 && left <= have) {
            length = Math.min(left, have);
            last = flush == FINISH && stream.availIn == 0 && length == left;
            out.storedBlock(w.window, w.blockStart, length, last);
            w.blockStart += length;
            flushPending();
        }
        return last ? FINISH_STARTED : NEED_MORE;
    }

    /**
     * Tops up the window when the lookahead runs short of what a match needs: {@link #NEED_MORE} when the matcher
     * must wait for more input, {@link #INPUT_DONE} when nothing is left to match, else {@link #LOOKAHEAD_READY}.
     */
    private int refill(int flush) {
        if (w.lookahead < MIN_LOOKAHEAD) {
            w.fill(stream);
            if (w.lookahead < MIN_LOOKAHEAD && flush == NO_FLUSH) {
                return NEED_MORE;
            }
            if (w.lookahead == 0) {
                return INPUT_DONE;
            }
        }
        return LOOKAHEAD_READY;
    }

    private int deflateFast(int flush) {
        while (true) {
            int lookahead = refill(flush);
            if (lookahead == NEED_MORE) {
                return NEED_MORE;
            }
            if (lookahead == INPUT_DONE) {
                break;
            }
            int chainHead = w.lookahead >= MIN_MATCH ? w.insertString(w.strStart) : 0;
            if (chainHead != 0 && Integer.compareUnsigned(w.strStart - chainHead, MAX_DIST) <= 0) {
                w.matchLength = w.longestMatch(chainHead);
            }
            boolean full;
            if (w.matchLength >= MIN_MATCH) {
                full = out.tallyMatch(w.strStart - w.matchStart, w.matchLength - MIN_MATCH);
                w.lookahead -= w.matchLength;
                if (w.matchLength <= w.maxLazyMatch && w.lookahead >= MIN_MATCH) {
                    w.matchLength--;
                    do {
                        w.strStart++;
                        w.insertString(w.strStart);
                    } while (--w.matchLength != 0);
                    w.strStart++;
                } else {
                    w.strStart += w.matchLength;
                    w.matchLength = 0;
                    w.insertHash = w.window[w.strStart] & 0xFF;
                    w.insertHash = w.updateHash(w.insertHash, w.window[w.strStart + 1]);
                }
            } else {
                full = out.tallyLiteral(w.window[w.strStart] & 0xFF);
                w.lookahead--;
                w.strStart++;
            }
            if (full) {
                flushBlock(false);
                if (stream.availOut == 0) {
                    return NEED_MORE;
                }
            }
        }
        w.insert = Math.min(w.strStart, MIN_MATCH - 1);
        return finishBlocks(flush);
    }

    private int deflateLazy(int flush) {
        while (true) {
            int lookahead = refill(flush);
            if (lookahead == NEED_MORE) {
                return NEED_MORE;
            }
            if (lookahead == INPUT_DONE) {
                break;
            }
            int chainHead = w.lookahead >= MIN_MATCH ? w.insertString(w.strStart) : 0;
            w.prevLength = w.matchLength;
            w.prevMatch = w.matchStart;
            w.matchLength = MIN_MATCH - 1;
            if (chainHead != 0 && w.prevLength < w.maxLazyMatch
                    && Integer.compareUnsigned(w.strStart - chainHead, MAX_DIST) <= 0) {
                w.matchLength = w.longestMatch(chainHead);
                if (w.matchLength <= 5 && (strategy == FILTERED || w.matchLength == MIN_MATCH
                        && Integer.compareUnsigned(w.strStart - w.matchStart, TOO_FAR) > 0)) {
                    w.matchLength = MIN_MATCH - 1;
                }
            }
            if (w.prevLength >= MIN_MATCH && w.matchLength <= w.prevLength) {
                int maxInsert = w.strStart + w.lookahead - MIN_MATCH;
                boolean full = out.tallyMatch(w.strStart - 1 - w.prevMatch, w.prevLength - MIN_MATCH);
                w.lookahead -= w.prevLength - 1;
                w.prevLength -= 2;
                do {
                    if (++w.strStart <= maxInsert) {
                        w.insertString(w.strStart);
                    }
                } while (--w.prevLength != 0);
                w.matchAvailable = false;
                w.matchLength = MIN_MATCH - 1;
                w.strStart++;
                if (full) {
                    flushBlock(false);
                    if (stream.availOut == 0) {
                        return NEED_MORE;
                    }
                }
            } else if (w.matchAvailable) {
                if (out.tallyLiteral(w.window[w.strStart - 1] & 0xFF)) {
                    flushBlock(false);
                }
                w.strStart++;
                w.lookahead--;
                if (stream.availOut == 0) {
                    return NEED_MORE;
                }
            } else {
                w.matchAvailable = true;
                w.strStart++;
                w.lookahead--;
            }
        }
        if (w.matchAvailable) {
            out.tallyLiteral(w.window[w.strStart - 1] & 0xFF);
            w.matchAvailable = false;
        }
        w.insert = Math.min(w.strStart, MIN_MATCH - 1);
        return finishBlocks(flush);
    }

    private int deflateHuffman(int flush) {
        while (true) {
            if (w.lookahead == 0) {
                w.fill(stream);
                if (w.lookahead == 0) {
                    if (flush == NO_FLUSH) {
                        return NEED_MORE;
                    }
                    break;
                }
            }
            w.matchLength = 0;
            boolean full = out.tallyLiteral(w.window[w.strStart] & 0xFF);
            w.lookahead--;
            w.strStart++;
            if (full) {
                flushBlock(false);
                if (stream.availOut == 0) {
                    return NEED_MORE;
                }
            }
        }
        w.insert = 0;
        return finishBlocks(flush);
    }
}
