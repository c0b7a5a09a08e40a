package org.keelvm.benchmarks;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How an image's bytes divide between code, data and the rest, read from its ELF program headers the way
 * {@code readelf -lW} shows them.
 *
 * <p>Only {@code PT_LOAD} segments reach memory. One with the execute flag counts as text; every other one as data,
 * whose memory size can exceed its file size by the zero-filled part (bss), which costs nothing in the file. What
 * is left of the file is ELF header, program and section headers, notes and alignment padding.
 *
 * @param fileBytes       the size of the image file
 * @param textFileBytes   the file bytes of the executable {@code PT_LOAD} segments
 * @param dataFileBytes   the file bytes of the other {@code PT_LOAD} segments
 * @param dataMemoryBytes the memory size of those segments, bss included
 */
record ImageLayout(long fileBytes, long textFileBytes, long dataFileBytes, long dataMemoryBytes) {
    private static final int PT_LOAD = 1;
    private static final int PF_X = 1;
    private static final int ELFCLASS64 = 2;
    private static final int ELFDATA2LSB = 1;

    /** The bytes that belong to no loadable segment. */
    long otherBytes() {
        return fileBytes - textFileBytes - dataFileBytes;
    }

    /**
     * Reads the layout of an image file.
     *
     * @throws BenchmarkException if the file cannot be read or is not a little-endian ELF64 file
     */
    static ImageLayout read(Path image) {
        try {
            return parse(Files.readAllBytes(image));
        } catch (IOException e) {
            throw new BenchmarkException("cannot read the image " + image + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new BenchmarkException("the image " + image + " is not a valid ELF64 file: " + e.getMessage(), e);
        }
    }

    /** The layout of an ELF64 little-endian file's bytes. */
    static ImageLayout parse(byte[] file) {
        ByteBuffer elf = ByteBuffer.wrap(file).order(ByteOrder.LITTLE_ENDIAN);
        if (file.length < 64 || elf.getInt(0) != 0x464c457f) {
            throw new IllegalArgumentException("no ELF magic");
        }
        if (file[4] != ELFCLASS64 || file[5] != ELFDATA2LSB) {
            throw new IllegalArgumentException("not ELF64 little-endian");
        }
        long headerTable = elf.getLong(0x20);
        int headerSize = Short.toUnsignedInt(elf.getShort(0x36));
        int headerCount = Short.toUnsignedInt(elf.getShort(0x38));
        long text = 0;
        long dataFile = 0;
        long dataMemory = 0;
        for (int i = 0; i < headerCount; i++) {
            int header = Math.toIntExact(headerTable + (long) i * headerSize);
            if (elf.getInt(header) != PT_LOAD) {
                continue;
            }
            int flags = elf.getInt(header + 4);
            long fileSize = elf.getLong(header + 32);
            long memorySize = elf.getLong(header + 40);
            if ((flags & PF_X) != 0) {
                text += fileSize;
            } else {
                dataFile += fileSize;
                dataMemory += memorySize;
            }
        }
        return new ImageLayout(file.length, text, dataFile, dataMemory);
    }
}
