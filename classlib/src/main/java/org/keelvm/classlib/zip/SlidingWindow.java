package org.keelvm.classlib.zip;

import java.util.Arrays;

/**
 * The history and lookahead of a deflate encoder and its string matcher, laid out as zlib lays them out, because
 * which earlier occurrence a match refers to depends on it (memLevel 8, windowBits 15):
 *
 * <pre>
 *   window: 2 x 32 KiB
 *   0                 blockStart       strStart           strStart + lookahead        65536
 *   +--------------------+--------------+-----------------+-----------------------------+
 *   | history            | current block | lookahead       | older bytes, or zeros        |
 *   +--------------------+--------------+-----------------+-----------------------------+
 * </pre>
 *
 * When {@code strStart} nears the end, the upper half moves down 32 KiB and every position in the hash table
 * with it ({@link #fill}). Bytes beyond the lookahead are what an earlier fill or slide left there (zeros at
 * first); the matcher may compare them, so they are kept exactly as zlib keeps them.
 *
 * <p>Hash chains: {@code head[h]} is the latest position whose next three bytes hash to {@code h}, and
 * {@code prev[p & 32767]} the position before {@code p} on its chain; 0 ends a chain. The hash of three bytes is
 * built a byte at a time, shifting by 5 bits into 15.
 */
final class SlidingWindow {
    static final int W_SIZE = 1 << 15;
    static final int W_MASK = W_SIZE - 1;
    static final int WINDOW_SIZE = 2 * W_SIZE;
    static final int HASH_SIZE = 1 << 15;
    static final int HASH_MASK = HASH_SIZE - 1;
    static final int HASH_SHIFT = 5;
    static final int MIN_MATCH = 3;
    static final int MAX_MATCH = 258;
    /** Lookahead the matcher wants: a longest match plus the three bytes of the next string plus one. */
    static final int MIN_LOOKAHEAD = MAX_MATCH + MIN_MATCH + 1;
    /** The farthest a match may reach back, keeping the lookahead clear of the window's end. */
    static final int MAX_DIST = W_SIZE - MIN_LOOKAHEAD;

    final byte[] window = new byte[WINDOW_SIZE];
    final char[] head = new char[HASH_SIZE];
    final char[] prev = new char[W_SIZE];
    int insertHash;
    int strStart;
    int lookahead;
    /** Where the current block began; negative once the window slid past it. */
    int blockStart;
    /** Bytes before {@code strStart} not yet entered into the hash table. */
    int insert;

    int matchStart;
    int matchLength;
    int prevLength;
    int prevMatch;
    boolean matchAvailable;

    int goodMatch;
    int maxLazyMatch;
    int niceMatch;
    int maxChainLength;

    /** Empties the window as a new allocation would be: all zeros. */
    void clear() {
        Arrays.fill(window, (byte) 0);
        Arrays.fill(head, (char) 0);
        Arrays.fill(prev, (char) 0);
    }

    /** Starts a stream: no history, an empty hash table; the window's bytes stay. */
    void reset(int[] config) {
        clearHash();
        configure(config);
        strStart = 0;
        blockStart = 0;
        lookahead = 0;
        insert = 0;
        matchLength = MIN_MATCH - 1;
        prevLength = MIN_MATCH - 1;
        matchAvailable = false;
        insertHash = 0;
    }

    /** Takes a level's good, lazy, nice and chain lengths. */
    void configure(int[] config) {
        goodMatch = config[0];
        maxLazyMatch = config[1];
        niceMatch = config[2];
        maxChainLength = config[3];
    }

    void clearHash() {
        Arrays.fill(head, (char) 0);
    }

    /** Moves every position in the hash table down 32 KiB, ending chains that fall off the start. */
    void slideHash() {
        for (int n = 0; n < HASH_SIZE; n++) {
            int m = head[n];
            head[n] = (char) (m >= W_SIZE ? m - W_SIZE : 0);
        }
        for (int n = 0; n < W_SIZE; n++) {
            int m = prev[n];
            prev[n] = (char) (m >= W_SIZE ? m - W_SIZE : 0);
        }
    }

    /** Rolls the next byte into the hash of the last three. */
    int updateHash(int hash, byte next) {
        return ((hash << HASH_SHIFT) ^ (next & 0xFF)) & HASH_MASK;
    }

    /** Enters the string at {@code position} in its hash chain; returns the previous head of the chain. */
    int insertString(int position) {
        insertHash = updateHash(insertHash, window[position + MIN_MATCH - 1]);
        int chainHead = head[insertHash];
        prev[position & W_MASK] = (char) chainHead;
        head[insertHash] = (char) position;
        return chainHead;
    }

    /**
     * Reads input until the lookahead is at least {@link #MIN_LOOKAHEAD} or the input is used up, sliding the
     * window first when {@code strStart} is too near its end; then enters the strings left waiting in
     * {@link #insert} once three bytes are there to hash.
     */
    void fill(EncoderStream stream) {
        do {
            int more = WINDOW_SIZE - lookahead - strStart;
            if (strStart >= W_SIZE + MAX_DIST) {
                System.arraycopy(window, W_SIZE, window, 0, W_SIZE - more);
                matchStart -= W_SIZE;
                strStart -= W_SIZE;
                blockStart -= W_SIZE;
                if (insert > strStart) {
                    insert = strStart;
                }
                slideHash();
                more += W_SIZE;
            }
            if (stream.availIn == 0) {
                break;
            }
            lookahead += stream.read(window, strStart + lookahead, more);
            if (lookahead + insert >= MIN_MATCH) {
                int str = strStart - insert;
                insertHash = window[str] & 0xFF;
                insertHash = updateHash(insertHash, window[str + 1]);
                while (insert != 0) {
                    insertHash = updateHash(insertHash, window[str + MIN_MATCH - 1]);
                    prev[str & W_MASK] = head[insertHash];
                    head[insertHash] = (char) str;
                    str++;
                    insert--;
                    if (lookahead + insert < MIN_MATCH) {
                        break;
                    }
                }
            }
        } while (lookahead < MIN_LOOKAHEAD && stream.availIn != 0);
    }

    /**
     * The length of the longest match for the string at {@code strStart} along the hash chain from
     * {@code chainHead}, setting {@link #matchStart} when it beats {@link #prevLength}. Follows at most the level's
     * chain length (a quarter of it when the previous match is already good), stops at a nice length, and never
     * reaches farther back than {@link #MAX_DIST}. A candidate is first screened on the bytes at the current best
     * length and just before it, then on its first two bytes; the third is not compared, since two equal bytes and
     * an equal hash imply it.
     */
    int longestMatch(int chainHead) {
        int chainLength = maxChainLength;
        int scan = strStart;
        int bestLength = prevLength;
        int nice = niceMatch;
        int limit = strStart > MAX_DIST ? strStart - MAX_DIST : 0;
        byte scanEnd1 = window[scan + bestLength - 1];
        byte scanEnd = window[scan + bestLength];
        if (prevLength >= goodMatch) {
            chainLength >>>= 2;
        }
        if (Integer.compareUnsigned(nice, lookahead) > 0) {
            nice = lookahead;
        }
        int current = chainHead;
        do {
            int match = current;
            if (window[match + bestLength] != scanEnd || window[match + bestLength - 1] != scanEnd1
                    || window[match] != window[scan] || window[match + 1] != window[scan + 1]) {
                continue;
            }
            int length = 3;
            while (length < MAX_MATCH && window[scan + length] == window[match + length]) {
                length++;
            }
            if (length > bestLength) {
                matchStart = current;
                bestLength = length;
                if (length >= nice) {
                    break;
                }
                scanEnd1 = window[scan + bestLength - 1];
                scanEnd = window[scan + bestLength];
            }
        } while ((current = prev[current & W_MASK]) > limit && --chainLength != 0);
        return Math.min(bestLength, lookahead);
    }
}
