package org.keelvm.boot.image;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The boot GDT and the pseudo-descriptor that {@code lgdt} loads.
 *
 * <pre>
 *  +0   null descriptor
 *  +8   selector 0x08: 64-bit code, ring 0 (L=1, P=1, S=1, type execute/read)
 *  +16  selector 0x10: data, ring 0 (P=1, S=1, type read/write)
 *  +24  GDTR: u16 limit (23), u64 base   (a 32-bit lgdt reads only the low 32 bits of the base)
 * </pre>
 */
final class DescriptorTables {
    /** Bytes reserved for the GDT and the GDTR (rounded up to keep what follows 64-byte aligned). */
    static final int SIZE = 64;
    /** Selector of the 64-bit code segment. */
    static final int CODE_SELECTOR = 0x08;
    /** Selector of the data segment. */
    static final int DATA_SELECTOR = 0x10;
    /** Offset of the GDTR pseudo-descriptor from the start of the tables. */
    static final int GDTR_OFFSET = 24;

    private static final long CODE_64 = 0x00AF_9A00_0000_FFFFL;
    private static final long DATA = 0x00CF_9200_0000_FFFFL;
    private static final int DESCRIPTORS = 3;

    private DescriptorTables() {
    }

    /** The tables' bytes, for placement at {@code base}. */
    static byte[] build(long base) {
        ByteBuffer tables = ByteBuffer.allocate(SIZE).order(ByteOrder.LITTLE_ENDIAN);
        tables.putLong(0, 0);
        tables.putLong(CODE_SELECTOR, CODE_64);
        tables.putLong(DATA_SELECTOR, DATA);
        tables.putShort(GDTR_OFFSET, (short) (DESCRIPTORS * 8 - 1));
        tables.putLong(GDTR_OFFSET + 2, base);
        return tables.array();
    }
}
