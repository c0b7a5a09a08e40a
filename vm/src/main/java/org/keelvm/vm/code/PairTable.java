package org.keelvm.vm.code;

/**
 * Reads the compact tables of {@link CodeInfo}: pairs {@code (key, value)} ascending by key, each stored as its
 * differences from the previous pair (the first from {@code (0, 0)}), the key's as an unsigned LEB128 number and
 * the value's as a zig-zag signed one. A table of a few bytes per entry, read without allocating.
 */
final class PairTable {
    private PairTable() {
    }

    /**
     * The value of the last pair whose key is at most {@code key}; for a key before the first pair, the first
     * pair's value if {@code firstIfBefore}, else {@code none} (which an empty table also gives).
     */
    static int find(byte[] table, long key, boolean firstIfBefore, int none) {
        int at = 0;
        long pairKey = 0;
        int value = 0;
        int found = none;
        boolean first = true;
        while (at < table.length) {
            int keyDelta = 0;
            int shift = 0;
            int b;
            do {
                b = table[at++];
                keyDelta |= (b & 0x7F) << shift;
                shift += 7;
            } while ((b & 0x80) != 0);
            int valueDelta = 0;
            shift = 0;
            do {
                b = table[at++];
                valueDelta |= (b & 0x7F) << shift;
                shift += 7;
            } while ((b & 0x80) != 0);
            pairKey += keyDelta;
            value += (valueDelta >>> 1) ^ -(valueDelta & 1);
            if (pairKey > key) {
                return first && firstIfBefore ? value : found;
            }
            found = value;
            first = false;
        }
        return found;
    }
}
