package org.keelvm.boot.elf;

/**
 * A loadable segment of an image as {@link ElfReader} found it: a {@code PT_LOAD} program header.
 *
 * @param address    the physical address the loader copies the segment to (identical to its virtual address)
 * @param fileSize   how many bytes of the segment come from the file
 * @param memorySize how many bytes the segment occupies in memory; the bytes past {@code fileSize} are zero
 * @param flags      {@link ElfWriter#WRITE} and {@link ElfWriter#EXECUTE} bits; reading is always allowed
 */
public record Segment(long address, long fileSize, long memorySize, int flags) {
    /** Whether the guest may write to the segment. */
    public boolean writable() {
        return (flags & ElfWriter.WRITE) != 0;
    }

    /** Whether the guest may execute the segment. */
    public boolean executable() {
        return (flags & ElfWriter.EXECUTE) != 0;
    }

    /** Whether {@code address} is one of the segment's bytes that come from the file. */
    public boolean containsFileByte(long address) {
        // Unsigned, so that an address below the segment wraps around to a distance larger than any size.
        return Long.compareUnsigned(address - this.address, fileSize) < 0;
    }
}
