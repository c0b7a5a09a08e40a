package org.keelvm.boot.elf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Checks the writer's determinism and that it refuses input no loader could use. */
class ElfWriterTest {
    private static final byte[] CODE = {(byte) 0x90, (byte) 0xc3};

    @Test
    void sameInputGivesSameBytes() {
        assertArrayEquals(SampleImage.bytes(), SampleImage.bytes());
        ElfWriter writer = SampleImage.writer();
        assertArrayEquals(writer.toByteArray(), writer.toByteArray());
    }

    @Test
    void callOrderDoesNotChangeTheBytes() {
        ElfWriter reordered = new ElfWriter();
        reordered.addObject(SampleImage.HEAP, SampleImage.HEAP_ADDRESS, SampleImage.HEAP_SIZE);
        reordered.addFunction(SampleImage.BOOT, SampleImage.BOOT_ADDRESS, SampleImage.BOOT_SIZE);
        reordered.setEntry(SampleImage.ENTRY);
        reordered.addSegment(".data", SampleImage.DATA_ADDRESS, SampleImage.data(), SampleImage.DATA_MEMORY_SIZE,
                ElfWriter.WRITE);
        reordered.addObject(SampleImage.TABLE, SampleImage.TABLE_ADDRESS, SampleImage.TABLE_SIZE);
        reordered.addFunction(SampleImage.START, SampleImage.PVH_ENTRY, SampleImage.START_SIZE);
        reordered.setPvhEntry(SampleImage.PVH_ENTRY);
        reordered.addSegment(".text", SampleImage.CODE_ADDRESS, SampleImage.code(), SampleImage.code().length,
                ElfWriter.EXECUTE);
        assertArrayEquals(SampleImage.bytes(), reordered.toByteArray());
    }

    @Test
    void laterChangesToTheContentsArrayDoNotShow() {
        byte[] code = CODE.clone();
        ElfWriter writer = tinyWriter(code);
        byte[] before = writer.toByteArray();
        code[0] = 0;
        assertArrayEquals(before, writer.toByteArray());
    }

    @Test
    void entryDefaultsToThePvhEntry() throws ImageFormatException {
        ElfReader image = ElfReader.read(tinyWriter(CODE).toByteArray());
        assertEquals(0x100000, image.entry());
    }

    @Test
    void refusesMisalignedOrOverlappingSegments() {
        ElfWriter writer = new ElfWriter();
        writer.addSegment(".text", 0x100000, CODE, 0x1800, ElfWriter.EXECUTE);
        assertThrows(IllegalArgumentException.class,
                () -> writer.addSegment(".data", 0x101800, CODE, 2, ElfWriter.WRITE));
        IllegalArgumentException overlap = assertThrows(IllegalArgumentException.class,
                () -> writer.addSegment(".data", 0x101000, CODE, 2, ElfWriter.WRITE));
        assertTrue(overlap.getMessage().contains("overlaps segment .text"), overlap.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> writer.addSegment(".low", 0x0ff000, CODE, 0x2000, ElfWriter.WRITE));
        writer.addSegment(".data", 0x102000, CODE, 2, ElfWriter.WRITE);
        writer.addSegment(".below", 0x0ff000, CODE, 0x1000, 0);
    }

    @Test
    void refusesBadSegmentSizesFlagsAndNames() {
        ElfWriter writer = new ElfWriter();
        assertThrows(IllegalArgumentException.class,
                () -> writer.addSegment(".text", 0x100000, CODE, 1, ElfWriter.EXECUTE));
        assertThrows(IllegalArgumentException.class,
                () -> writer.addSegment(".text", 0x100000, new byte[0], 0, ElfWriter.EXECUTE));
        assertThrows(IllegalArgumentException.class, () -> writer.addSegment(".text", 0x100000, CODE, 2, 4));
        assertThrows(IllegalArgumentException.class,
                () -> writer.addSegment("", 0x100000, CODE, 2, ElfWriter.EXECUTE));
        assertThrows(IllegalArgumentException.class,
                () -> writer.addSegment(".te\0xt", 0x100000, CODE, 2, ElfWriter.EXECUTE));
        assertThrows(IllegalArgumentException.class,
                () -> writer.addSegment(".text", -0x1000, CODE, 2, ElfWriter.EXECUTE));
        assertThrows(IllegalArgumentException.class,
                () -> writer.addSegment(".text", 0x7ffffffffffff000L, CODE, 0x2000, ElfWriter.EXECUTE));
    }

    @Test
    void refusesBadSymbols() {
        ElfWriter writer = tinyWriter(CODE);
        assertThrows(IllegalArgumentException.class, () -> writer.addFunction("", 0x100000, 2));
        assertThrows(IllegalArgumentException.class, () -> writer.addFunction("a\0b", 0x100000, 2));
        assertThrows(IllegalArgumentException.class, () -> writer.addFunction("bad\ud800", 0x100000, 2));
        assertThrows(IllegalArgumentException.class, () -> writer.addFunction("f", 0x100000, -1));
        assertThrows(IllegalArgumentException.class, () -> writer.addObject("o", -1, 0));
    }

    @Test
    void refusesSymbolsOutsideTheirSection() {
        ElfWriter outside = tinyWriter(CODE);
        outside.addFunction("nowhere", 0x300000, 2);
        IllegalStateException e = assertThrows(IllegalStateException.class, outside::toByteArray);
        assertTrue(e.getMessage().contains("nowhere"), e.getMessage());

        ElfWriter tooLong = tinyWriter(CODE);
        tooLong.addFunction("long", 0x100001, 2);
        assertThrows(IllegalStateException.class, tooLong::toByteArray);
    }

    @Test
    void requiresAPvhEntryInExecutableContents() {
        ElfWriter none = new ElfWriter();
        none.addSegment(".text", 0x100000, CODE, 2, ElfWriter.EXECUTE);
        assertThrows(IllegalStateException.class, none::toByteArray);

        ElfWriter inData = new ElfWriter();
        inData.addSegment(".data", 0x100000, CODE, 2, ElfWriter.WRITE);
        inData.setPvhEntry(0x100000);
        assertThrows(IllegalStateException.class, inData::toByteArray);

        ElfWriter inBss = new ElfWriter();
        inBss.addSegment(".text", 0x100000, CODE, 0x1000, ElfWriter.EXECUTE);
        inBss.setPvhEntry(0x100002);
        assertThrows(IllegalStateException.class, inBss::toByteArray);

        assertThrows(IllegalArgumentException.class, () -> new ElfWriter().setPvhEntry(1L << 32));
        assertThrows(IllegalArgumentException.class, () -> new ElfWriter().setPvhEntry(-1));
    }

    @Test
    void keepsSymbolNamesByteForByte() throws ImageFormatException {
        String name = "org.keelvm.vm.Ünïcode.<init>(Lorg/keelvm/hal/Address;[I)V";
        ElfWriter writer = tinyWriter(CODE);
        writer.addFunction(name, 0x100000, 2);
        assertEquals(name, ElfReader.read(writer.toByteArray()).symbols().get(0).name());
    }

    private static ElfWriter tinyWriter(byte[] code) {
        ElfWriter writer = new ElfWriter();
        writer.addSegment(".text", 0x100000, code, code.length, ElfWriter.EXECUTE);
        writer.setPvhEntry(0x100000);
        return writer;
    }
}
