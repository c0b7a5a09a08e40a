package org.keelvm.boot.elf;

import static org.keelvm.boot.elf.ElfFormat.EHDR_SIZE;
import static org.keelvm.boot.elf.ElfFormat.NOTE_HEADER_SIZE;
import static org.keelvm.boot.elf.ElfFormat.PAGE_SIZE;
import static org.keelvm.boot.elf.ElfFormat.PHDR_SIZE;
import static org.keelvm.boot.elf.ElfFormat.SHDR_SIZE;
import static org.keelvm.boot.elf.ElfFormat.SYM_SIZE;
import static org.keelvm.boot.elf.ElfFormat.alignUp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes a Keel image: an ELF64 x86-64 executable that PVH loaders (QEMU {@code -kernel}, Firecracker, Cloud
 * Hypervisor, Xen) load by its {@code PT_LOAD} program headers at their physical addresses, and then enter in 32-bit
 * protected mode at the address in the Xen {@code PHYS32_ENTRY} note. Virtual and physical addresses are the same
 * because the guest starts with paging off and maps itself identically.
 *
 * <p>The file is laid out like this:
 *
 * <pre>
 *  file offset
 *  0x0000    +--------------------------------+
 *            | ELF header                     |  64 bytes
 *  0x0040    +--------------------------------+
 *            | program headers                |  one PT_LOAD per segment in address order,
 *            |                                |  then one PT_NOTE; 56 bytes each
 *            +--------------------------------+
 *            | Xen note "Xen", type 18        |  the PT_NOTE and section .note: 12-byte header,
 *            |                                |  "Xen\0", 8-byte PVH entry address; 24 bytes
 *            +--------------------------------+  zeros up to the next page boundary
 *  page      | contents of segment 0          |  PT_LOAD: p_offset = this offset, p_paddr = p_vaddr = address,
 *            |                                |  p_filesz = contents, p_memsz = memory size (the rest is bss)
 *            +--------------------------------+  zeros up to the next page boundary
 *  page      | contents of segment 1          |
 *            +--------------------------------+
 *            |   ...                          |
 *            +--------------------------------+  aligned to 8
 *            | .symtab                        |  null symbol, then the symbols in address order
 *            | .strtab                        |  symbol names
 *            | .shstrtab                      |  section names
 *            +--------------------------------+  aligned to 8
 *            | section headers                |  64 bytes each, order below
 *            +--------------------------------+
 * </pre>
 *
 * <p>The section headers are, in order: the null section; for each segment in address order a {@code PROGBITS} section
 * for its contents and, if its memory size is larger, a {@code NOBITS} section for the zero-filled rest; {@code .note};
 * {@code .symtab}; {@code .strtab}; {@code .shstrtab}. Loaders ignore them; they are there so that {@code readelf},
 * {@code objdump} and {@code gdb} can find code and symbols. A segment without contents has only the {@code NOBITS}
 * section, named as given; otherwise the {@code NOBITS} section is named after the segment's section with
 * {@code ".bss"} appended (so {@code ".data"} has {@code ".data.bss"}).
 *
 * <p>Segment file offsets are page aligned, which keeps each {@code p_offset} congruent to its {@code p_vaddr} modulo
 * the 4 KiB {@code p_align}, as the ELF specification requires of loadable segments.
 *
 * <p>The output depends only on the inputs, not on the order of the calls that gave them: segments and symbols are
 * sorted by address (symbols at the same address by name), so equal inputs give equal bytes.
 */
public final class ElfWriter {
    /** Segment flag: the guest may write to the segment. */
    public static final int WRITE = 1;
    /** Segment flag: the guest may execute the segment. */
    public static final int EXECUTE = 2;

    /** The note header, the name "Xen" with its NUL, and the 64-bit entry address that QEMU reads for ELF64. */
    private static final int NOTE_SIZE = NOTE_HEADER_SIZE + 4 + 8;
    /** Notes are made of 4-byte words; QEMU also uses the PT_NOTE's alignment to step over names, so it must be 4. */
    private static final int NOTE_ALIGNMENT = 4;
    /** PVH starts the guest in 32-bit mode, so the entry must be a 32-bit physical address. */
    private static final long PVH_ENTRY_LIMIT = 1L << 32;

    private final List<PendingSegment> segments = new ArrayList<>();
    private final List<PendingSymbol> symbols = new ArrayList<>();
    private boolean entrySet;
    private long entry;
    private boolean pvhEntrySet;
    private long pvhEntry;

    /** Creates a writer for an image that has no segments, no symbols and no entry point yet. */
    public ElfWriter() {
    }

    /**
     * Sets {@code e_entry}, the entry point that loaders which do not know PVH use. If it is never set, it is the PVH
     * entry.
     */
    public void setEntry(long address) {
        entry = address;
        entrySet = true;
    }

    /**
     * Sets the address PVH loaders jump to in 32-bit protected mode, recorded in the Xen {@code PHYS32_ENTRY} note.
     * It must be set before {@link #toByteArray()} and lie in the contents of an executable segment.
     *
     * @throws IllegalArgumentException if the address does not fit in 32 bits
     */
    public void setPvhEntry(long physicalAddress) {
        if (physicalAddress < 0 || physicalAddress >= PVH_ENTRY_LIMIT) {
            throw new IllegalArgumentException(String.format(
                    "PVH entry 0x%x is not a 32-bit physical address", physicalAddress));
        }
        pvhEntry = physicalAddress;
        pvhEntrySet = true;
    }

    /**
     * Adds a loadable segment and the sections that describe it (see the class description).
     *
     * @param sectionName the name of the segment's section, such as {@code ".text"}
     * @param address     the physical (and virtual) address of the first byte; page aligned
     * @param contents    the bytes loaded from the file; copied, so later changes to the array do not show
     * @param memorySize  the size in memory, at least {@code contents.length} and not zero; the bytes past the contents
     *                    are zeroed by the loader
     * @param flags       {@link #WRITE} and {@link #EXECUTE} bits; every segment is readable
     * @throws IllegalArgumentException if an argument is out of range or the segment overlaps one added earlier
     */
    public void addSegment(String sectionName, long address, byte[] contents, long memorySize, int flags) {
        requireName("section", sectionName);
        if (address < 0 || address % PAGE_SIZE != 0) {
            throw new IllegalArgumentException(String.format(
                    "segment %s: address 0x%x is not page aligned", sectionName, address));
        }
        if (memorySize < contents.length || memorySize == 0) {
            throw new IllegalArgumentException(String.format(
                    "segment %s: memory size %d is smaller than the contents (%d bytes) or zero",
                    sectionName, memorySize, contents.length));
        }
        if (address + memorySize < 0) {
            throw new IllegalArgumentException(String.format(
                    "segment %s: 0x%x + 0x%x passes the end of the address space", sectionName, address, memorySize));
        }
        if ((flags & ~(WRITE | EXECUTE)) != 0) {
            throw new IllegalArgumentException("segment " + sectionName + ": unknown flags " + flags);
        }
        PendingSegment added = new PendingSegment(sectionName, address, contents.clone(), memorySize, flags);
        for (PendingSegment other : segments) {
            if (added.address < other.end() && other.address < added.end()) {
                throw new IllegalArgumentException(String.format(
                        "segment %s at [0x%x, 0x%x) overlaps segment %s at [0x%x, 0x%x)", sectionName,
                        added.address, added.end(), other.sectionName, other.address, other.end()));
            }
        }
        segments.add(added);
        segments.sort(Comparator.comparingLong(PendingSegment::address));
    }

    /**
     * Adds a function symbol ({@code STT_FUNC}, {@code STB_GLOBAL}). Its bytes must lie in one section of a segment
     * by the time {@link #toByteArray()} is called.
     *
     * @param name    the name, kept as given; any characters but NUL
     * @param address the address of the first instruction
     * @param size    the size of the code in bytes
     * @throws IllegalArgumentException if the name is empty or has a NUL, or the address or size is negative
     */
    public void addFunction(String name, long address, long size) {
        addSymbol(name, address, size, ElfFormat.STT_FUNC);
    }

    /**
     * Adds a data object symbol ({@code STT_OBJECT}, {@code STB_GLOBAL}). Its bytes must lie in one section of a
     * segment by the time {@link #toByteArray()} is called.
     *
     * @param name    the name, kept as given; any characters but NUL
     * @param address the address of the first byte
     * @param size    the size of the object in bytes
     * @throws IllegalArgumentException if the name is empty or has a NUL, or the address or size is negative
     */
    public void addObject(String name, long address, long size) {
        addSymbol(name, address, size, ElfFormat.STT_OBJECT);
    }

    /**
     * Lays out and returns the image.
     *
     * @throws IllegalStateException if no PVH entry was set, the PVH entry is not in the contents of an executable
     *                               segment, or a symbol does not lie within one section
     */
    public byte[] toByteArray() {
        if (!pvhEntrySet) {
            throw new IllegalStateException("no PVH entry: setPvhEntry must be called before toByteArray");
        }
        if (segments.stream().map(PendingSegment::toSegment)
                .noneMatch(s -> s.executable() && s.containsFileByte(pvhEntry))) {
            throw new IllegalStateException(String.format(
                    "PVH entry 0x%x is not in the contents of an executable segment", pvhEntry));
        }

        long noteOffset = EHDR_SIZE + (long) (segments.size() + 1) * PHDR_SIZE;
        long[] segmentOffsets = new long[segments.size()];
        long offset = noteOffset + NOTE_SIZE;
        List<SectionHeader> sections = new ArrayList<>();
        sections.add(SectionHeader.NULL);
        for (int i = 0; i < segments.size(); i++) {
            PendingSegment segment = segments.get(i);
            offset = alignUp(offset, PAGE_SIZE);
            segmentOffsets[i] = offset;
            segment.addSectionsTo(sections, offset);
            offset += segment.contents.length;
        }
        sections.add(new SectionHeader(".note", ElfFormat.SHT_NOTE, 0, 0, noteOffset, NOTE_SIZE, 0, 0,
                NOTE_ALIGNMENT, 0));

        StringTable symbolNames = new StringTable();
        byte[] symbolTable = symbolTable(sections, symbolNames);
        byte[] symbolNameTable = symbolNames.toByteArray();
        long symbolTableOffset = alignUp(offset, 8);
        int symbolTableIndex = sections.size();
        // sh_link names the string table (the next section); sh_info is the index of the first global symbol,
        // which is 1 because the only local symbol is the mandatory null symbol.
        sections.add(new SectionHeader(".symtab", ElfFormat.SHT_SYMTAB, 0, 0, symbolTableOffset, symbolTable.length,
                symbolTableIndex + 1, 1, 8, SYM_SIZE));
        long symbolNameOffset = symbolTableOffset + symbolTable.length;
        sections.add(new SectionHeader(".strtab", ElfFormat.SHT_STRTAB, 0, 0, symbolNameOffset,
                symbolNameTable.length, 0, 0, 1, 0));

        StringTable sectionNames = new StringTable();
        sections.forEach(s -> sectionNames.add(s.name()));
        sectionNames.add(".shstrtab");
        byte[] sectionNameTable = sectionNames.toByteArray();
        long sectionNameOffset = symbolNameOffset + symbolNameTable.length;
        int sectionNameIndex = sections.size();
        sections.add(new SectionHeader(".shstrtab", ElfFormat.SHT_STRTAB, 0, 0, sectionNameOffset,
                sectionNameTable.length, 0, 0, 1, 0));
        long sectionHeaderOffset = alignUp(sectionNameOffset + sectionNameTable.length, 8);

        LittleEndianOutput out = new LittleEndianOutput();
        writeElfHeader(out, sectionHeaderOffset, sections.size(), sectionNameIndex);
        for (int i = 0; i < segments.size(); i++) {
            segments.get(i).writeProgramHeader(out, segmentOffsets[i]);
        }
        writeNoteProgramHeader(out, noteOffset);
        writeNote(out);
        for (int i = 0; i < segments.size(); i++) {
            out.padTo(segmentOffsets[i]);
            out.bytes(segments.get(i).contents);
        }
        out.padTo(symbolTableOffset);
        out.bytes(symbolTable);
        out.bytes(symbolNameTable);
        out.bytes(sectionNameTable);
        out.padTo(sectionHeaderOffset);
        for (SectionHeader section : sections) {
            section.writeTo(out, sectionNames.add(section.name()));
        }
        return out.toByteArray();
    }

    private void addSymbol(String name, long address, long size, int type) {
        requireName("symbol", name);
        if (address < 0 || size < 0 || address + size < 0) {
            throw new IllegalArgumentException(String.format(
                    "symbol %s: address 0x%x or size %d out of range", name, address, size));
        }
        symbols.add(new PendingSymbol(name, address, size, type));
    }

    private static void requireName(String what, String name) {
        if (name.isEmpty() || !StringTable.isStorable(name)) {
            throw new IllegalArgumentException(
                    "a " + what + " name must be non-empty valid text without NUL: \"" + name + "\"");
        }
    }

    /** Returns the {@code .symtab} contents, adding the names to {@code names} and finding each symbol's section. */
    private byte[] symbolTable(List<SectionHeader> sections, StringTable names) {
        List<PendingSymbol> sorted = new ArrayList<>(symbols);
        sorted.sort(Comparator.comparingLong(PendingSymbol::address).thenComparing(PendingSymbol::name));
        LittleEndianOutput out = new LittleEndianOutput();
        out.padTo(SYM_SIZE);
        for (PendingSymbol symbol : sorted) {
            int sectionIndex = sectionIndexOf(sections, symbol);
            out.u32(names.add(symbol.name));
            out.u8(ElfFormat.STB_GLOBAL << 4 | symbol.type);
            out.u8(0);
            out.u16(sectionIndex);
            out.u64(symbol.address);
            out.u64(symbol.size);
        }
        return out.toByteArray();
    }

    private static int sectionIndexOf(List<SectionHeader> sections, PendingSymbol symbol) {
        for (int i = 0; i < sections.size(); i++) {
            SectionHeader section = sections.get(i);
            if (section.covers(symbol.address)) {
                if (symbol.address + symbol.size > section.address() + section.size()) {
                    throw new IllegalStateException(String.format(
                            "symbol %s at [0x%x, 0x%x) runs past the end of section %s at 0x%x", symbol.name,
                            symbol.address, symbol.address + symbol.size, section.name(),
                            section.address() + section.size()));
                }
                return i;
            }
        }
        throw new IllegalStateException(String.format(
                "symbol %s at 0x%x is not in any segment", symbol.name, symbol.address));
    }

    private void writeElfHeader(LittleEndianOutput out, long sectionHeaderOffset, int sectionCount,
                                int sectionNameIndex) {
        out.bytes(ElfFormat.MAGIC);
        out.u8(ElfFormat.ELFCLASS64);
        out.u8(ElfFormat.ELFDATA2LSB);
        out.u8(ElfFormat.EV_CURRENT);
        out.padTo(16);
        out.u16(ElfFormat.ET_EXEC);
        out.u16(ElfFormat.EM_X86_64);
        out.u32(ElfFormat.EV_CURRENT);
        out.u64(entrySet ? entry : pvhEntry);
        out.u64(EHDR_SIZE);
        out.u64(sectionHeaderOffset);
        out.u32(0);
        out.u16(EHDR_SIZE);
        out.u16(PHDR_SIZE);
        out.u16(segments.size() + 1);
        out.u16(SHDR_SIZE);
        out.u16(sectionCount);
        out.u16(sectionNameIndex);
    }

    private static void writeNoteProgramHeader(LittleEndianOutput out, long noteOffset) {
        out.u32(ElfFormat.PT_NOTE);
        out.u32(ElfFormat.PF_R);
        out.u64(noteOffset);
        out.u64(0);
        out.u64(0);
        out.u64(NOTE_SIZE);
        out.u64(NOTE_SIZE);
        out.u64(NOTE_ALIGNMENT);
    }

    private void writeNote(LittleEndianOutput out) {
        out.u32(ElfFormat.XEN_NOTE_NAME.length() + 1);
        out.u32(8);
        out.u32(ElfFormat.XEN_ELFNOTE_PHYS32_ENTRY);
        out.cString(ElfFormat.XEN_NOTE_NAME);
        out.u64(pvhEntry);
    }

    /** A segment as given to {@link #addSegment}, waiting for its file offset. */
    private record PendingSegment(String sectionName, long address, byte[] contents, long memorySize, int flags) {
        long end() {
            return address + memorySize;
        }

        Segment toSegment() {
            return new Segment(address, contents.length, memorySize, flags);
        }

        void addSectionsTo(List<SectionHeader> sections, long fileOffset) {
            long sectionFlags = ElfFormat.SHF_ALLOC
                    | ((flags & WRITE) != 0 ? ElfFormat.SHF_WRITE : 0)
                    | ((flags & EXECUTE) != 0 ? ElfFormat.SHF_EXECINSTR : 0);
            if (contents.length > 0) {
                sections.add(new SectionHeader(sectionName, ElfFormat.SHT_PROGBITS, sectionFlags, address, fileOffset,
                        contents.length, 0, 0, PAGE_SIZE, 0));
            }
            if (memorySize > contents.length) {
                // The zero-filled tail starts wherever the contents end, so promise no alignment beyond a byte.
                String name = contents.length > 0 ? sectionName + ".bss" : sectionName;
                sections.add(new SectionHeader(name, ElfFormat.SHT_NOBITS, sectionFlags, address + contents.length,
                        fileOffset + contents.length, memorySize - contents.length, 0, 0,
                        contents.length > 0 ? 1 : PAGE_SIZE, 0));
            }
        }

        void writeProgramHeader(LittleEndianOutput out, long fileOffset) {
            out.u32(ElfFormat.PT_LOAD);
            out.u32(ElfFormat.PF_R
                    | ((flags & WRITE) != 0 ? ElfFormat.PF_W : 0)
                    | ((flags & EXECUTE) != 0 ? ElfFormat.PF_X : 0));
            out.u64(fileOffset);
            out.u64(address);
            out.u64(address);
            out.u64(contents.length);
            out.u64(memorySize);
            out.u64(PAGE_SIZE);
        }
    }

    /** A symbol as given to {@link #addFunction} or {@link #addObject}. */
    private record PendingSymbol(String name, long address, long size, int type) {
    }
}
