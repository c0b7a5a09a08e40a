package org.keelvm.boot.elf;

import java.util.Arrays;

/**
 * The image most tests look at: a read-execute code segment at 1 MiB holding the PVH entry and two functions, and a
 * read-write data segment whose memory size is larger than its contents, with one object in its contents and one in
 * its zero-filled tail.
 */
final class SampleImage {
    static final long CODE_ADDRESS = 0x100000;
    static final long DATA_ADDRESS = 0x104000;
    static final long DATA_MEMORY_SIZE = 0x3000;

    static final long PVH_ENTRY = CODE_ADDRESS;
    static final long ENTRY = CODE_ADDRESS + 0x40;

    static final String START = "keel_pvh_start";
    static final long START_SIZE = 7;
    static final String BOOT = "org.keelvm.vm.VM.boot(Lorg/keelvm/hal/Address;)V";
    static final long BOOT_ADDRESS = CODE_ADDRESS + 0x40;
    static final long BOOT_SIZE = 0x20;
    static final String TABLE = "org.keelvm.vm.VM.table";
    static final long TABLE_ADDRESS = DATA_ADDRESS + 0x10;
    static final long TABLE_SIZE = 0x30;
    static final String HEAP = "keel_heap";
    static final long HEAP_ADDRESS = DATA_ADDRESS + 0x1000;
    static final long HEAP_SIZE = 0x2000;

    private SampleImage() {
    }

    /** The code: {@code mov al, 0x31; out 0xf4, al; hlt; jmp .-1}, padded with {@code int3} to 0x100 bytes. */
    static byte[] code() {
        byte[] code = new byte[0x100];
        Arrays.fill(code, (byte) 0xcc);
        byte[] start = {(byte) 0xb0, 0x31, (byte) 0xe6, (byte) 0xf4, (byte) 0xf4, (byte) 0xeb, (byte) 0xfd};
        System.arraycopy(start, 0, code, 0, start.length);
        return code;
    }

    /** The initialised part of the data segment: 0x123 bytes counting up. */
    static byte[] data() {
        byte[] data = new byte[0x123];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) i;
        }
        return data;
    }

    /** A writer loaded with the sample's segments, entries and symbols. */
    static ElfWriter writer() {
        ElfWriter writer = new ElfWriter();
        writer.addSegment(".text", CODE_ADDRESS, code(), code().length, ElfWriter.EXECUTE);
        writer.addSegment(".data", DATA_ADDRESS, data(), DATA_MEMORY_SIZE, ElfWriter.WRITE);
        writer.setPvhEntry(PVH_ENTRY);
        writer.setEntry(ENTRY);
        writer.addFunction(START, PVH_ENTRY, START_SIZE);
        writer.addFunction(BOOT, BOOT_ADDRESS, BOOT_SIZE);
        writer.addObject(TABLE, TABLE_ADDRESS, TABLE_SIZE);
        writer.addObject(HEAP, HEAP_ADDRESS, HEAP_SIZE);
        return writer;
    }

    /** The sample's bytes. */
    static byte[] bytes() {
        return writer().toByteArray();
    }
}
