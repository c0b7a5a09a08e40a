package org.keelvm.boot.image;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The boot GDT, the pseudo-descriptor that {@code lgdt} loads, and the 64-bit TSS that the GDT's system descriptor
 * points at. Keel runs in ring 0 only, so the TSS matters for one thing: its IST1 gives every CPU exception a stack
 * of its own (see {@link InterruptTable}), which still works when the exception is a stack overflow.
 *
 * <pre>
 *  +0    null descriptor
 *  +8    selector 0x08: 64-bit code, ring 0 (L=1, P=1, S=1, type execute/read)
 *  +16   selector 0x10: data, ring 0 (P=1, S=1, type read/write)
 *  +24   selector 0x18: 64-bit TSS, 16 bytes (P=1, S=0, type 9 = available; ltr sets it to 11 = busy)
 *          low 8:  limit 15..0 | base 23..0 | type, P | limit 19..16 | base 31..24
 *          high 8: base 63..32 | reserved
 *  +40   GDTR: u16 limit (39), u64 base   (a 32-bit lgdt reads only the low 32 bits of the base)
 *  +64   TSS, 104 bytes:
 *          +0    u32 reserved
 *          +4    u64 RSP0, RSP1, RSP2     0: no privilege level is ever entered from another
 *          +28   u64 reserved
 *          +36   u64 IST1                 the fault stack's top
 *          +44   u64 IST2 .. IST7         0: unused
 *          +92   u64 reserved
 *          +100  u16 reserved
 *          +102  u16 I/O map base = 104   no I/O permission bitmap (ring 0 needs none)
 * </pre>
 */
final class DescriptorTables {
    /** Bytes reserved for the GDT, the GDTR and the TSS (rounded up to keep what follows 64-byte aligned). */
    static final int SIZE = 192;
    /** Selector of the 64-bit code segment. */
    static final int CODE_SELECTOR = 0x08;
    /** Selector of the data segment. */
    static final int DATA_SELECTOR = 0x10;
    /** Selector of the TSS, for {@code ltr}. */
    static final int TSS_SELECTOR = 0x18;
    /** Offset of the GDTR pseudo-descriptor from the start of the tables. */
    static final int GDTR_OFFSET = 40;
    /** Offset of the TSS from the start of the tables. */
    static final int TSS_OFFSET = 64;
    /** Bytes of a 64-bit TSS without an I/O permission bitmap. */
    static final int TSS_SIZE = 104;
    /** Offset of IST1 within the TSS. */
    static final int TSS_IST1 = 36;
    /** Offset of the I/O map base within the TSS. */
    static final int TSS_IO_MAP_BASE = 102;

    private static final long CODE_64 = 0x00AF_9A00_0000_FFFFL;
    private static final long DATA = 0x00CF_9200_0000_FFFFL;
    /** The TSS takes two descriptor slots. */
    private static final int DESCRIPTOR_SLOTS = 5;
    private static final long TYPE_TSS_AVAILABLE = 0x9;
    private static final long PRESENT = 1L << 47;

    private DescriptorTables() {
    }

    /** The tables' bytes, for placement at {@code base}, with IST1 = {@code faultStackTop}. */
    static byte[] build(long base, long faultStackTop) {
        ByteBuffer tables = ByteBuffer.allocate(SIZE).order(ByteOrder.LITTLE_ENDIAN);
        tables.putLong(0, 0);
        tables.putLong(CODE_SELECTOR, CODE_64);
        tables.putLong(DATA_SELECTOR, DATA);
        long tss = base + TSS_OFFSET;
        tables.putLong(TSS_SELECTOR, tssDescriptorLow(tss, TSS_SIZE - 1));
        tables.putLong(TSS_SELECTOR + 8, tss >>> 32);
        tables.putShort(GDTR_OFFSET, (short) (DESCRIPTOR_SLOTS * 8 - 1));
        tables.putLong(GDTR_OFFSET + 2, base);
        tables.putLong(TSS_OFFSET + TSS_IST1, faultStackTop);
        tables.putShort(TSS_OFFSET + TSS_IO_MAP_BASE, (short) TSS_SIZE);
        return tables.array();
    }

    /** The first eight bytes of a system descriptor for an available 64-bit TSS, ring 0, byte granularity. */
    private static long tssDescriptorLow(long base, int limit) {
        return (limit & 0xFFFFL)
                | (base & 0xFF_FFFFL) << 16
                | TYPE_TSS_AVAILABLE << 40
                | PRESENT
                | (limit >>> 16 & 0xFL) << 48
                | (base >>> 24 & 0xFFL) << 56;
    }
}
