package org.keelvm.boot.elf;

/**
 * One entry of the section header table as the writer lays it out, before the name becomes an offset into
 * {@code .shstrtab}. Field meanings are those of {@code Elf64_Shdr}.
 */
record SectionHeader(String name, int type, long flags, long address, long offset, long size, int link, int info,
                     long alignment, long entrySize) {

    /** The all-zero entry that must come first in every section header table. */
    static final SectionHeader NULL = new SectionHeader("", 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /** Whether the section is loaded at run time and covers {@code address}. */
    boolean covers(long address) {
        return (flags & ElfFormat.SHF_ALLOC) != 0 && Long.compareUnsigned(address - this.address, size) < 0;
    }

    /** Writes the entry, with {@code nameOffset} the offset of the name in {@code .shstrtab}. */
    void writeTo(LittleEndianOutput out, int nameOffset) {
        out.u32(nameOffset);
        out.u32(type);
        out.u64(flags);
        out.u64(address);
        out.u64(offset);
        out.u64(size);
        out.u32(link);
        out.u32(info);
        out.u64(alignment);
        out.u64(entrySize);
    }
}
