package org.keelvm.jit;

/**
 * Which frame slots hold references at each call site of a compiled method: what a precise collector scans.
 * Slot {@code i < maxLocals} is local {@code i}; slot {@code maxLocals + j} is expression-stack entry {@code j}
 * (0 = bottom). Map {@code k} belongs to the return address at pc offset {@code pcs[k]} and occupies bits
 * {@code k * slots ... k * slots + slots - 1} of {@code bits} (bit {@code n} is bit {@code n % 64} of
 * {@code bits[n / 64]}).
 *
 * @param slots the slots each map covers: {@code maxLocals + maxStack}
 * @param pcs   pc offsets of the return addresses, ascending
 * @param bits  the maps
 */
public record ReferenceMaps(int slots, int[] pcs, long[] bits) {
    /** Whether slot {@code slot} holds a reference at call site {@code site}. */
    public boolean isReference(int site, int slot) {
        int bit = site * slots + slot;
        return (bits[bit >>> 6] >>> (bit & 63) & 1) != 0;
    }
}
