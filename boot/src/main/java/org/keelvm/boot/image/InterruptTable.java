package org.keelvm.boot.image;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The IDT and the pseudo-descriptor that {@code lidt} loads: one gate for each of the 32 vectors the processor
 * reserves for exceptions, each leading to the vector's trap entry in the boot stub ({@link BootStub}).
 *
 * <pre>
 *  +0     gate 0      16 bytes each
 *  +16    gate 1
 *  ...
 *  +496   gate 31
 *  +512   IDTR: u16 limit (511), u64 base
 *
 *  a gate: 64-bit interrupt gate
 *  +0   u16 offset 15..0 of the trap entry
 *  +2   u16 selector 0x08 (64-bit code)
 *  +4   u8  IST = 1 (bits 2..0): switch to the fault stack
 *  +5   u8  0x8E: P=1, DPL=0, type 14 = interrupt gate
 *  +6   u16 offset 31..16
 *  +8   u32 offset 63..32
 *  +12  u32 reserved
 * </pre>
 *
 * <p>Every gate names IST1, so the processor always switches to the fault stack, even when the exception is the
 * boot stack running into its guard page, where pushing the exception frame on the current stack would fault again
 * and end in a triple fault. The gates are interrupt gates (they clear IF) so that nothing interrupts the way to
 * {@code Trap.fatal} once interrupts are in use. Vectors from 32 up lie beyond the IDT limit: should one ever be
 * raised, the processor turns it into a {@code #GP}, which is reported like any other exception.
 */
final class InterruptTable {
    /** The exception vectors, 0..31, each with a gate. */
    static final int VECTORS = 32;
    /** Bytes of one gate. */
    static final int GATE_SIZE = 16;
    /** Offset of the IDTR pseudo-descriptor from the start of the table. */
    static final int IDTR_OFFSET = VECTORS * GATE_SIZE;
    /** Bytes reserved for the IDT and the IDTR (rounded up to keep what follows 64-byte aligned). */
    static final int SIZE = IDTR_OFFSET + 64;
    /** The interrupt stack table entry every gate uses. */
    static final int IST = 1;
    /** Present, ring 0, 64-bit interrupt gate. */
    static final int INTERRUPT_GATE = 0x8E;

    private InterruptTable() {
    }

    /** The table's bytes, for placement at {@code base}; {@code entries[v]} is the address of vector v's entry. */
    static byte[] build(long base, long[] entries) {
        if (entries.length != VECTORS) {
            throw new IllegalArgumentException(entries.length + " trap entries for " + VECTORS + " vectors");
        }
        ByteBuffer table = ByteBuffer.allocate(SIZE).order(ByteOrder.LITTLE_ENDIAN);
        for (int vector = 0; vector < VECTORS; vector++) {
            int gate = vector * GATE_SIZE;
            long entry = entries[vector];
            table.putShort(gate, (short) entry);
            table.putShort(gate + 2, (short) DescriptorTables.CODE_SELECTOR);
            table.put(gate + 4, (byte) IST);
            table.put(gate + 5, (byte) INTERRUPT_GATE);
            table.putShort(gate + 6, (short) (entry >>> 16));
            table.putInt(gate + 8, (int) (entry >>> 32));
        }
        table.putShort(IDTR_OFFSET, (short) (IDTR_OFFSET - 1));
        table.putLong(IDTR_OFFSET + 2, base);
        return table.array();
    }
}
