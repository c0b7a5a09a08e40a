package org.keelvm.boot.elf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Checks that the reader gives back what the writer wrote, and refuses damaged or foreign files in one line. */
class ElfReaderTest {
    /** Where the sample's fields sit: the ELF header, then PT_LOAD (code), PT_LOAD (data), PT_NOTE, then the note. */
    private static final int PROGRAM_HEADERS = 64;
    private static final int PROGRAM_HEADER_SIZE = 56;
    private static final int NOTE = PROGRAM_HEADERS + 3 * PROGRAM_HEADER_SIZE;

    @Test
    void readsBackSegmentsEntriesAndSymbols() throws ImageFormatException {
        ElfReader image = ElfReader.read(SampleImage.bytes());

        assertEquals(SampleImage.PVH_ENTRY, image.pvhEntry());
        assertEquals(SampleImage.ENTRY, image.entry());
        assertEquals(List.of(
                new Segment(SampleImage.CODE_ADDRESS, SampleImage.code().length, SampleImage.code().length,
                        ElfWriter.EXECUTE),
                new Segment(SampleImage.DATA_ADDRESS, SampleImage.data().length, SampleImage.DATA_MEMORY_SIZE,
                        ElfWriter.WRITE)), image.segments());
        assertEquals(List.of(
                new Symbol(SampleImage.START, SampleImage.PVH_ENTRY, SampleImage.START_SIZE, true),
                new Symbol(SampleImage.BOOT, SampleImage.BOOT_ADDRESS, SampleImage.BOOT_SIZE, true),
                new Symbol(SampleImage.TABLE, SampleImage.TABLE_ADDRESS, SampleImage.TABLE_SIZE, false),
                new Symbol(SampleImage.HEAP, SampleImage.HEAP_ADDRESS, SampleImage.HEAP_SIZE, false)),
                image.symbols());
    }

    @Test
    void readsAnImageWithoutSectionHeadersAsHavingNoSymbols() throws ImageFormatException {
        byte[] stripped = patched(b -> b.putLong(40, 0).putShort(60, (short) 0).putShort(62, (short) 0));
        ElfReader image = ElfReader.read(stripped);
        assertEquals(List.of(), image.symbols());
        assertEquals(SampleImage.PVH_ENTRY, image.pvhEntry());
    }

    @Test
    void acceptsA32BitPvhEntryDescriptor() throws ImageFormatException {
        byte[] shortNote = patched(b -> b.putInt(NOTE + 4, 4));
        assertEquals(SampleImage.PVH_ENTRY, ElfReader.read(shortNote).pvhEntry());
    }

    @Test
    void rejectsAnEmptyFile() {
        assertRejected("empty file", new byte[0]);
    }

    @Test
    void rejectsRandomBytesAndText() {
        byte[] random = new byte[4096];
        new Random(7).nextBytes(random);
        random[0] = 0x3c;
        assertRejected("not an ELF file", random);
        assertRejected("not an ELF file", "#!/bin/sh\necho hello\n".getBytes(StandardCharsets.US_ASCII));
        assertRejected("not an ELF file", new byte[] {0x7f, 'E', 'L'});
    }

    @Test
    void rejectsTruncatedImages() {
        byte[] image = SampleImage.bytes();
        assertRejected("truncated image: ELF header extends past the end of the file", Arrays.copyOf(image, 40));
        assertRejected("truncated image: program header 2 extends past the end of the file",
                Arrays.copyOf(image, 200));
        assertRejected("truncated image: segment of program header 0 extends past the end of the file",
                Arrays.copyOf(image, 0x1080));
        assertRejected("truncated image: section header table extends past the end of the file",
                Arrays.copyOf(image, image.length - 1));
    }

    @Test
    void rejectsEveryStrictPrefixOfAnImage() {
        byte[] image = SampleImage.bytes();
        for (int length = 0; length < image.length; length++) {
            byte[] prefix = Arrays.copyOf(image, length);
            ImageFormatException e = assertThrows(ImageFormatException.class, () -> ElfReader.read(prefix),
                    "prefix of " + length + " bytes");
            assertOneLine(e);
        }
    }

    @Test
    void rejectsA32BitElfFile() {
        ByteBuffer elf32 = ByteBuffer.allocate(52 + 32).order(ByteOrder.LITTLE_ENDIAN);
        elf32.put(new byte[] {0x7f, 'E', 'L', 'F', 1, 1, 1});
        elf32.putShort(16, (short) 2).putShort(18, (short) 3).putInt(20, 1).putInt(24, 0x100000).putInt(28, 52);
        elf32.putShort(40, (short) 52).putShort(42, (short) 32).putShort(44, (short) 1);
        assertRejected("not a 64-bit ELF file (ELFCLASS32)", elf32.array());
    }

    @Test
    void rejectsOtherByteOrdersMachinesAndFileTypes() {
        assertRejected("not a little-endian ELF file", patched(b -> b.put(5, (byte) 2)));
        assertRejected("not an x86-64 ELF file (e_machine 3)", patched(b -> b.putShort(18, (short) 3)));
        assertRejected("not an executable ELF file (e_type 3)", patched(b -> b.putShort(16, (short) 3)));
        assertRejected("not a 64-bit ELF file (unknown class 0)", patched(b -> b.put(4, (byte) 0)));
    }

    @Test
    void rejectsAnImageWithoutThePvhNote() {
        String message = "no PVH entry note (Xen note type 18)";
        assertRejected(message, patched(b -> b.putInt(NOTE + 8, 17)));
        assertRejected(message, patched(b -> b.put(NOTE + 14, (byte) 'm')));
        assertRejected(message, patched(b -> b.putInt(PROGRAM_HEADERS + 2 * PROGRAM_HEADER_SIZE, 0)));
    }

    @Test
    void rejectsAPvhEntryOutsideExecutableContents() {
        assertRejected("PVH entry 0x104000 is not inside an executable segment",
                patched(b -> b.putLong(NOTE + 16, SampleImage.DATA_ADDRESS)));
        assertRejected("PVH entry 0x100100 is not inside an executable segment",
                patched(b -> b.putLong(NOTE + 16, SampleImage.CODE_ADDRESS + SampleImage.code().length)));
        assertRejected("PVH entry 0x100100000 is not a 32-bit address; PVH starts the guest in 32-bit mode",
                patched(b -> b.putLong(NOTE + 16, 0x100100000L)));
    }

    @Test
    void rejectsMalformedSegmentsAndNotes() {
        assertRejected("no loadable segment (PT_LOAD)", patched(b -> b.putInt(PROGRAM_HEADERS, 0)
                .putInt(PROGRAM_HEADERS + PROGRAM_HEADER_SIZE, 0)));
        assertRejected("program header 0: file size 0x100 exceeds memory size 0x80",
                patched(b -> b.putLong(PROGRAM_HEADERS + 40, 0x80)));
        assertRejected("malformed note in program header 2: a note runs past the end of the segment",
                patched(b -> b.putInt(NOTE + 4, 12)));
        assertRejected("malformed PVH entry note: 2-byte address (expected 4 or 8)",
                patched(b -> b.putInt(NOTE + 4, 2)));
        assertRejected("unexpected program header size 32 (ELF64 uses 56)", patched(b -> b.putShort(54, (short) 32)));
    }

    @Test
    void damagedImagesOnlyEverFailWithImageFormatException() {
        byte[] original = SampleImage.bytes();
        Random random = new Random(2024);
        for (int round = 0; round < 20_000; round++) {
            byte[] damaged = original.clone();
            int changes = 1 + random.nextInt(4);
            for (int i = 0; i < changes; i++) {
                // Most of the structure is in the first page and the last few hundred bytes; aim there.
                int position = random.nextBoolean()
                        ? random.nextInt(0x120)
                        : damaged.length - 1 - random.nextInt(Math.min(damaged.length, 0x300));
                damaged[position] = (byte) random.nextInt(256);
            }
            try {
                ElfReader.read(damaged);
            } catch (ImageFormatException e) {
                assertOneLine(e);
            } catch (RuntimeException e) {
                fail("round " + round + ": " + e, e);
            }
        }
    }

    private static byte[] patched(Consumer<ByteBuffer> patch) {
        byte[] image = SampleImage.bytes();
        patch.accept(ByteBuffer.wrap(image).order(ByteOrder.LITTLE_ENDIAN));
        return image;
    }

    private static void assertRejected(String message, byte[] image) {
        ImageFormatException e = assertThrows(ImageFormatException.class, () -> ElfReader.read(image));
        assertEquals(message, e.getMessage());
        assertOneLine(e);
    }

    private static void assertOneLine(ImageFormatException e) {
        assertFalse(e.getMessage().isBlank() || e.getMessage().contains("\n"), () -> "not one line: " + e.getMessage());
    }
}
