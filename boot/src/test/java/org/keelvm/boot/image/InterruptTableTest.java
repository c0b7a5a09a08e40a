package org.keelvm.boot.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

/** The IDT's gates and IDTR, field by field as the Intel SDM (vol. 3, 6.14.1) defines a 64-bit interrupt gate. */
class InterruptTableTest {
    private static final long BASE = 0x1070C0;

    @Test
    void everyGateIsAPresentRingZeroInterruptGateOnIst1ToItsEntry() {
        long[] entries = new long[InterruptTable.VECTORS];
        for (int vector = 0; vector < entries.length; vector++) {
            entries[vector] = 0x1234_5678_9ABC_0000L + 7L * vector;
        }
        ByteBuffer table = table(InterruptTable.build(BASE, entries));
        for (int vector = 0; vector < entries.length; vector++) {
            int gate = vector * 16;
            long offset = Short.toUnsignedLong(table.getShort(gate))
                    | Short.toUnsignedLong(table.getShort(gate + 6)) << 16
                    | Integer.toUnsignedLong(table.getInt(gate + 8)) << 32;
            assertEquals(entries[vector], offset, "offset of gate " + vector);
            assertEquals(DescriptorTables.CODE_SELECTOR, table.getShort(gate + 2), "selector of gate " + vector);
            int flags = table.get(gate + 5) & 0xFF;
            assertEquals(1, flags >>> 7, "P of gate " + vector);
            assertEquals(0, flags >>> 5 & 3, "DPL of gate " + vector);
            assertEquals(0, flags >>> 4 & 1, "bit 44 of gate " + vector);
            assertEquals(0xE, flags & 0xF, "type (interrupt gate) of gate " + vector);
            assertEquals(1, table.get(gate + 4), "IST of gate " + vector);
            assertEquals(0, table.getInt(gate + 12), "reserved dword of gate " + vector);
        }
    }

    @Test
    void idtrCoversExactlyTheThirtyTwoGates() {
        ByteBuffer table = table(InterruptTable.build(BASE, new long[InterruptTable.VECTORS]));
        assertEquals(32 * 16 - 1, table.getShort(InterruptTable.IDTR_OFFSET));
        assertEquals(BASE, table.getLong(InterruptTable.IDTR_OFFSET + 2));
        assertEquals(0, InterruptTable.SIZE % 64, "what follows stays 64-byte aligned");
    }

    @Test
    void refusesAnEntryCountOtherThanThirtyTwo() {
        assertThrows(IllegalArgumentException.class, () -> InterruptTable.build(BASE, new long[31]));
    }

    private static ByteBuffer table(byte[] bytes) {
        assertEquals(InterruptTable.SIZE, bytes.length);
        return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }
}
