package org.keelvm.boot.elf;

import static org.keelvm.boot.elf.ElfFormat.EHDR_SIZE;
import static org.keelvm.boot.elf.ElfFormat.NOTE_HEADER_SIZE;
import static org.keelvm.boot.elf.ElfFormat.PHDR_SIZE;
import static org.keelvm.boot.elf.ElfFormat.SHDR_SIZE;
import static org.keelvm.boot.elf.ElfFormat.SYM_SIZE;
import static org.keelvm.boot.elf.ElfFormat.alignUp;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a Keel image back and checks that a PVH loader can boot it, so that the launcher can refuse a damaged or
 * foreign file with a one-line reason before it starts a virtual machine, and so that tools can show what is inside.
 *
 * <p>An image passes if it is an ELF64, little-endian, x86-64 executable whose headers and loadable segments lie inside
 * the file, that has at least one {@code PT_LOAD} segment, and whose {@code PT_NOTE} segments hold a Xen
 * {@code PHYS32_ENTRY} note whose address lies in the file-backed bytes of an executable segment. Section headers are
 * only read for the symbol table and may be absent.
 */
public final class ElfReader {
    private final long entry;
    private final long pvhEntry;
    private final List<Segment> segments;
    private final List<Symbol> symbols;

    private ElfReader(long entry, long pvhEntry, List<Segment> segments, List<Symbol> symbols) {
        this.entry = entry;
        this.pvhEntry = pvhEntry;
        this.segments = List.copyOf(segments);
        this.symbols = List.copyOf(symbols);
    }

    /**
     * Parses and checks {@code image}.
     *
     * @throws ImageFormatException naming the first problem found
     */
    public static ElfReader read(byte[] image) throws ImageFormatException {
        return new Parser(image).parse();
    }

    /** The physical address PVH loaders enter in 32-bit protected mode, from the Xen {@code PHYS32_ENTRY} note. */
    public long pvhEntry() {
        return pvhEntry;
    }

    /** The ELF header's entry point {@code e_entry}. */
    public long entry() {
        return entry;
    }

    /** The {@code PT_LOAD} segments in program header order, with their physical addresses. */
    public List<Segment> segments() {
        return segments;
    }

    /** The function and data object symbols of {@code .symtab} in table order; empty if there is no symbol table. */
    public List<Symbol> symbols() {
        return symbols;
    }

    /** The state of one parse: the bytes and little-endian access to them. Every read is preceded by a bounds check. */
    private static final class Parser {
        private final byte[] image;
        private final ByteBuffer buffer;

        Parser(byte[] image) {
            this.image = image;
            this.buffer = ByteBuffer.wrap(image).order(ByteOrder.LITTLE_ENDIAN);
        }

        ElfReader parse() throws ImageFormatException {
            checkIdentification();
            int machine = u16(18);
            if (machine != ElfFormat.EM_X86_64) {
                throw new ImageFormatException("not an x86-64 ELF file (e_machine " + machine + ")");
            }
            int type = u16(16);
            if (type != ElfFormat.ET_EXEC) {
                throw new ImageFormatException("not an executable ELF file (e_type " + type + ")");
            }
            long entry = buffer.getLong(24);

            List<Segment> segments = new ArrayList<>();
            Long pvhEntry = null;
            long programHeaderOffset = buffer.getLong(32);
            int programHeaderCount = u16(56);
            if (programHeaderCount > 0 && u16(54) != PHDR_SIZE) {
                throw new ImageFormatException("unexpected program header size " + u16(54) + " (ELF64 uses 56)");
            }
            // The whole table is checked before any header is read, so that a cut-off table is reported as such
            // rather than as a damaged segment.
            for (int i = 0; i < programHeaderCount; i++) {
                if (!inside(programHeaderOffset, (long) (i + 1) * PHDR_SIZE)) {
                    throw new ImageFormatException(
                            "truncated image: program header " + i + " extends past the end of the file");
                }
            }
            for (int i = 0; i < programHeaderCount; i++) {
                int at = (int) programHeaderOffset + i * PHDR_SIZE;
                int segmentType = buffer.getInt(at);
                if (segmentType == ElfFormat.PT_LOAD) {
                    segments.add(loadSegment(i, at));
                } else if (segmentType == ElfFormat.PT_NOTE && pvhEntry == null) {
                    pvhEntry = findPvhEntry(i, at);
                }
            }
            if (segments.isEmpty()) {
                throw new ImageFormatException("no loadable segment (PT_LOAD)");
            }
            if (pvhEntry == null) {
                throw new ImageFormatException("no PVH entry note (Xen note type 18)");
            }
            long pvh = pvhEntry;
            if (pvh >>> 32 != 0) {
                throw new ImageFormatException(String.format(
                        "PVH entry 0x%x is not a 32-bit address; PVH starts the guest in 32-bit mode", pvh));
            }
            if (segments.stream().noneMatch(s -> s.executable() && s.containsFileByte(pvh))) {
                throw new ImageFormatException(String.format(
                        "PVH entry 0x%x is not inside an executable segment", pvh));
            }
            return new ElfReader(entry, pvh, segments, symbols());
        }

        private void checkIdentification() throws ImageFormatException {
            if (image.length == 0) {
                throw new ImageFormatException("empty file");
            }
            if (image.length < ElfFormat.MAGIC.length
                    || !Arrays.equals(image, 0, ElfFormat.MAGIC.length, ElfFormat.MAGIC, 0, ElfFormat.MAGIC.length)) {
                throw new ImageFormatException("not an ELF file");
            }
            // The class and byte order are checked before the length because they decide how long the header is.
            if (image.length <= ElfFormat.EI_DATA) {
                throw new ImageFormatException("truncated image: ELF header extends past the end of the file");
            }
            int elfClass = image[ElfFormat.EI_CLASS];
            if (elfClass == ElfFormat.ELFCLASS32) {
                throw new ImageFormatException("not a 64-bit ELF file (ELFCLASS32)");
            }
            if (elfClass != ElfFormat.ELFCLASS64) {
                throw new ImageFormatException("not a 64-bit ELF file (unknown class " + elfClass + ")");
            }
            if (image[ElfFormat.EI_DATA] != ElfFormat.ELFDATA2LSB) {
                throw new ImageFormatException("not a little-endian ELF file");
            }
            if (image.length < EHDR_SIZE) {
                throw new ImageFormatException("truncated image: ELF header extends past the end of the file");
            }
        }

        private Segment loadSegment(int index, int at) throws ImageFormatException {
            int programFlags = buffer.getInt(at + 4);
            long offset = buffer.getLong(at + 8);
            long address = buffer.getLong(at + 24);
            long fileSize = buffer.getLong(at + 32);
            long memorySize = buffer.getLong(at + 40);
            if (!inside(offset, fileSize)) {
                throw new ImageFormatException(
                        "truncated image: segment of program header " + index + " extends past the end of the file");
            }
            if (Long.compareUnsigned(fileSize, memorySize) > 0) {
                throw new ImageFormatException(String.format(
                        "program header %d: file size 0x%x exceeds memory size 0x%x", index, fileSize, memorySize));
            }
            if (Long.compareUnsigned(address + memorySize, address) < 0) {
                throw new ImageFormatException(
                        "program header " + index + ": segment wraps around the end of the address space");
            }
            int flags = ((programFlags & ElfFormat.PF_W) != 0 ? ElfWriter.WRITE : 0)
                    | ((programFlags & ElfFormat.PF_X) != 0 ? ElfWriter.EXECUTE : 0);
            return new Segment(address, fileSize, memorySize, flags);
        }

        /** Returns the entry of the first Xen {@code PHYS32_ENTRY} note of a {@code PT_NOTE}, or {@code null}. */
        private Long findPvhEntry(int index, int at) throws ImageFormatException {
            long offset = buffer.getLong(at + 8);
            long size = buffer.getLong(at + 32);
            // Notes are padded to 4 bytes, or to 8 in segments that say so, as readelf also reads them.
            long alignment = buffer.getLong(at + 48) == 8 ? 8 : 4;
            if (!inside(offset, size)) {
                throw new ImageFormatException(
                        "truncated image: notes of program header " + index + " extend past the end of the file");
            }
            long end = offset + size;
            long note = offset;
            while (end - note >= NOTE_HEADER_SIZE) {
                long nameSize = u32(note);
                long descriptorSize = u32(note + 4);
                long noteType = u32(note + 8);
                long name = note + NOTE_HEADER_SIZE;
                long descriptor = name + alignUp(nameSize, alignment);
                if (descriptor + descriptorSize > end) {
                    throw new ImageFormatException("malformed note in program header " + index
                            + ": a note runs past the end of the segment");
                }
                if (noteType == ElfFormat.XEN_ELFNOTE_PHYS32_ENTRY && isXenName(name, nameSize)) {
                    if (descriptorSize == 4) {
                        return u32(descriptor);
                    }
                    if (descriptorSize == 8) {
                        return buffer.getLong((int) descriptor);
                    }
                    throw new ImageFormatException(
                            "malformed PVH entry note: " + descriptorSize + "-byte address (expected 4 or 8)");
                }
                note = descriptor + alignUp(descriptorSize, alignment);
            }
            return null;
        }

        private boolean isXenName(long name, long nameSize) {
            byte[] expected = (ElfFormat.XEN_NOTE_NAME + "\0").getBytes(StandardCharsets.US_ASCII);
            return nameSize == expected.length
                    && Arrays.equals(image, (int) name, (int) name + expected.length, expected, 0, expected.length);
        }

        /** Returns the function and object symbols of the first {@code SHT_SYMTAB} section, if there is one. */
        private List<Symbol> symbols() throws ImageFormatException {
            long sectionHeaderOffset = buffer.getLong(40);
            int sectionCount = u16(60);
            if (sectionHeaderOffset == 0 || sectionCount == 0) {
                return List.of();
            }
            if (u16(58) != SHDR_SIZE) {
                throw new ImageFormatException("unexpected section header size " + u16(58) + " (ELF64 uses 64)");
            }
            if (!inside(sectionHeaderOffset, (long) sectionCount * SHDR_SIZE)) {
                throw new ImageFormatException(
                        "truncated image: section header table extends past the end of the file");
            }
            for (int i = 0; i < sectionCount; i++) {
                int at = (int) sectionHeaderOffset + i * SHDR_SIZE;
                if (buffer.getInt(at + 4) == ElfFormat.SHT_SYMTAB) {
                    return symbolTable(at, (int) sectionHeaderOffset, sectionCount);
                }
            }
            return List.of();
        }

        private List<Symbol> symbolTable(int at, int sectionHeaderOffset, int sectionCount)
                throws ImageFormatException {
            long offset = buffer.getLong(at + 24);
            long size = buffer.getLong(at + 32);
            long link = u32(at + 40);
            long entrySize = buffer.getLong(at + 56);
            if (!inside(offset, size)) {
                throw new ImageFormatException("truncated image: symbol table extends past the end of the file");
            }
            if (entrySize != SYM_SIZE || size % SYM_SIZE != 0) {
                throw new ImageFormatException("malformed symbol table: entry size " + entrySize
                        + ", table size " + size + " (ELF64 symbols are 24 bytes)");
            }
            if (link == 0 || link >= sectionCount) {
                throw new ImageFormatException(
                        "malformed symbol table: string table index " + link + " out of range");
            }
            int names = sectionHeaderOffset + (int) link * SHDR_SIZE;
            long namesOffset = buffer.getLong(names + 24);
            long namesSize = buffer.getLong(names + 32);
            if (buffer.getInt(names + 4) != ElfFormat.SHT_STRTAB || !inside(namesOffset, namesSize)) {
                throw new ImageFormatException("malformed symbol table: its string table is missing or truncated");
            }
            List<Symbol> symbols = new ArrayList<>();
            for (int i = 1; i < size / SYM_SIZE; i++) {
                int symbol = (int) offset + i * SYM_SIZE;
                int symbolType = image[symbol + 4] & 0xf;
                if (symbolType == ElfFormat.STT_FUNC || symbolType == ElfFormat.STT_OBJECT) {
                    String name = name(u32(symbol), (int) namesOffset, (int) namesSize, i);
                    symbols.add(new Symbol(name, buffer.getLong(symbol + 8), buffer.getLong(symbol + 16),
                            symbolType == ElfFormat.STT_FUNC));
                }
            }
            return symbols;
        }

        private String name(long nameOffset, int tableOffset, int tableSize, int symbolIndex)
                throws ImageFormatException {
            if (nameOffset >= tableSize) {
                throw new ImageFormatException(
                        "malformed symbol table: name of symbol " + symbolIndex + " is outside the string table");
            }
            int start = tableOffset + (int) nameOffset;
            int end = start;
            while (end < tableOffset + tableSize && image[end] != 0) {
                end++;
            }
            if (end == tableOffset + tableSize) {
                throw new ImageFormatException(
                        "malformed symbol table: name of symbol " + symbolIndex + " is not terminated");
            }
            return new String(image, start, end - start, StandardCharsets.UTF_8);
        }

        /** Whether the {@code size} bytes at file offset {@code offset}, both unsigned, lie inside the image. */
        private boolean inside(long offset, long size) {
            return Long.compareUnsigned(offset, image.length) <= 0
                    && Long.compareUnsigned(size, image.length - offset) <= 0;
        }

        private int u16(int offset) {
            return Short.toUnsignedInt(buffer.getShort(offset));
        }

        private long u32(long offset) {
            return Integer.toUnsignedLong(buffer.getInt((int) offset));
        }
    }
}
