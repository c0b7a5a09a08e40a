package org.keelvm.boot.elf;

/**
 * The numbers of the ELF64 format that the writer and the reader share: field values from the System V gABI and the
 * x86-64 psABI, and the Xen note that carries the PVH entry point. Sizes are the on-disk sizes of the ELF64 structures.
 */
final class ElfFormat {
    static final byte[] MAGIC = {0x7f, 'E', 'L', 'F'};
    static final int EI_CLASS = 4;
    static final int EI_DATA = 5;
    static final int ELFCLASS32 = 1;
    static final int ELFCLASS64 = 2;
    static final int ELFDATA2LSB = 1;
    static final int EV_CURRENT = 1;

    static final int ET_EXEC = 2;
    static final int EM_X86_64 = 62;

    static final int EHDR_SIZE = 64;
    static final int PHDR_SIZE = 56;
    static final int SHDR_SIZE = 64;
    static final int SYM_SIZE = 24;
    static final int NOTE_HEADER_SIZE = 12;

    static final int PT_LOAD = 1;
    static final int PT_NOTE = 4;
    static final int PF_X = 1;
    static final int PF_W = 2;
    static final int PF_R = 4;

    static final int SHT_PROGBITS = 1;
    static final int SHT_SYMTAB = 2;
    static final int SHT_STRTAB = 3;
    static final int SHT_NOTE = 7;
    static final int SHT_NOBITS = 8;
    static final long SHF_WRITE = 1;
    static final long SHF_ALLOC = 2;
    static final long SHF_EXECINSTR = 4;

    static final int STB_GLOBAL = 1;
    static final int STT_OBJECT = 1;
    static final int STT_FUNC = 2;

    /** The owner name of Xen's notes; PVH loaders look for it together with the type. */
    static final String XEN_NOTE_NAME = "Xen";
    /** {@code XEN_ELFNOTE_PHYS32_ENTRY}: the 32-bit protected-mode physical entry point of a PVH guest. */
    static final int XEN_ELFNOTE_PHYS32_ENTRY = 18;

    /** The page size of x86-64, which is also the alignment of every loadable segment. */
    static final long PAGE_SIZE = 0x1000;

    private ElfFormat() {
    }

    /** Rounds {@code value} up to a multiple of {@code alignment}, a power of two. */
    static long alignUp(long value, long alignment) {
        return (value + alignment - 1) & -alignment;
    }
}
