package org.keelvm.vm.object;

import org.keelvm.hal.Intrinsic;

/**
 * Reads of an object's header that the runtime needs before type checks work: they are compiler intrinsics, so a
 * {@link Hub} comes out without a {@code checkcast} (which would itself need the hub).
 */
public final class ObjectAccess {
    private ObjectAccess() {
    }

    /** The hub in {@code object}'s header; faults (and so throws {@code NullPointerException}) on null. */
    @Intrinsic
    public static Hub hubOf(Object object) {
        throw new UnsupportedOperationException("object headers exist only inside a Keel guest");
    }
}
