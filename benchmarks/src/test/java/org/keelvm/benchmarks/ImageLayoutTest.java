package org.keelvm.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.junit.jupiter.api.Test;

class ImageLayoutTest {
    private static final int PT_LOAD = 1;
    private static final int PT_NOTE = 4;
    private static final int READ_WRITE = 6;
    private static final int READ_EXECUTE = 5;

    @Test
    void splitsLoadSegmentsIntoTextAndData() {
        ByteBuffer elf = elfHeader(8192, 3);
        programHeader(elf, 0, PT_LOAD, READ_WRITE, 0x1000, 0x300);
        programHeader(elf, 1, PT_LOAD, READ_EXECUTE, 0x200, 0x200);
        programHeader(elf, 2, PT_NOTE, 4, 0x18, 0x18);
        ImageLayout layout = ImageLayout.parse(elf.array());
        assertEquals(8192, layout.fileBytes());
        assertEquals(0x200, layout.textFileBytes());
        assertEquals(0x300, layout.dataFileBytes());
        assertEquals(0x1000, layout.dataMemoryBytes());
        assertEquals(8192 - 0x500, layout.otherBytes());
    }

    @Test
    void rejectsWhatIsNotElf64() {
        assertThrows(IllegalArgumentException.class, () -> ImageLayout.parse(new byte[100]));
        ByteBuffer elf32 = elfHeader(128, 0);
        elf32.put(4, (byte) 1);
        assertThrows(IllegalArgumentException.class, () -> ImageLayout.parse(elf32.array()));
    }

    /** An ELF64 header whose program headers follow it at offset 64. */
    private static ByteBuffer elfHeader(int fileSize, int programHeaders) {
        ByteBuffer elf = ByteBuffer.allocate(fileSize).order(ByteOrder.LITTLE_ENDIAN);
        elf.putInt(0, 0x464c457f);
        elf.put(4, (byte) 2);
        elf.put(5, (byte) 1);
        elf.putLong(0x20, 64);
        elf.putShort(0x36, (short) 56);
        elf.putShort(0x38, (short) programHeaders);
        return elf;
    }

    private static void programHeader(ByteBuffer elf, int index, int type, int flags, long memorySize,
                                      long fileSize) {
        int at = 64 + index * 56;
        elf.putInt(at, type);
        elf.putInt(at + 4, flags);
        elf.putLong(at + 32, fileSize);
        elf.putLong(at + 40, memorySize);
    }
}
