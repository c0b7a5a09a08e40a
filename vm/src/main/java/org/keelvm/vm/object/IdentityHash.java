package org.keelvm.vm.object;

import org.keelvm.hal.Address;

/**
 * Identity hash codes: assigned on first request from a pseudo-random sequence (Marsaglia's xor-shift, as HotSpot's
 * default), kept in the status word (see {@link ObjectHeader}), never 0.
 */
public final class IdentityHash {
    private static int x = 0x2545F491;
    private static int y = 842502087;
    private static int z = 0x1B873593;
    private static int w = 273326509;

    private IdentityHash() {
    }

    /** The identity hash code of {@code object} (which is not null). */
    public static int of(Object object) {
        Address header = Address.fromObject(object);
        long status = header.loadLong(ObjectHeader.STATUS_OFFSET);
        int hash = (int) (status >>> ObjectHeader.HASH_SHIFT) & 0x7FFF_FFFF;
        if (hash == 0) {
            hash = next();
            header.storeLong(ObjectHeader.STATUS_OFFSET, status | (long) hash << ObjectHeader.HASH_SHIFT);
        }
        return hash;
    }

    private static int next() {
        int hash;
        do {
            int t = x ^ (x << 11);
            x = y;
            y = z;
            z = w;
            w = (w ^ (w >>> 19)) ^ (t ^ (t >>> 8));
            hash = w & 0x7FFF_FFFF;
        } while (hash == 0);
        return hash;
    }
}
