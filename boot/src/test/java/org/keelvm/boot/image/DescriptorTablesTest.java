package org.keelvm.boot.image;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

/** The GDT, GDTR and TSS, decoded as the Intel SDM (vol. 3, 3.4.5, 7.2.3 and 7.7) defines them. */
class DescriptorTablesTest {
    private static final long BASE = 0x107000;
    private static final long FAULT_STACK_TOP = 0x10D000;

    private final ByteBuffer tables = ByteBuffer.wrap(DescriptorTables.build(BASE, FAULT_STACK_TOP))
            .order(ByteOrder.LITTLE_ENDIAN);

    @Test
    void codeAndDataSegmentsAreFlatRingZero() {
        assertEquals(0, tables.getLong(0), "null descriptor");
        long code = tables.getLong(DescriptorTables.CODE_SELECTOR);
        assertEquals(0x9A, code >>> 40 & 0xFF, "code: P, DPL 0, S, execute/read");
        assertEquals(1, code >>> 53 & 1, "code: L (64-bit)");
        assertEquals(0, code >>> 54 & 1, "code: D must be clear with L");
        long data = tables.getLong(DescriptorTables.DATA_SELECTOR);
        assertEquals(0x92, data >>> 40 & 0xFF, "data: P, DPL 0, S, read/write");
    }

    @Test
    void tssDescriptorIsAnAvailable64BitTssAtTheTss() {
        long low = tables.getLong(DescriptorTables.TSS_SELECTOR);
        long high = tables.getLong(DescriptorTables.TSS_SELECTOR + 8);
        long limit = (low & 0xFFFF) | (low >>> 48 & 0xF) << 16;
        long base = (low >>> 16 & 0xFF_FFFF) | (low >>> 56 & 0xFF) << 24 | (high & 0xFFFF_FFFFL) << 32;
        assertEquals(DescriptorTables.TSS_SIZE - 1, limit, "limit");
        assertEquals(BASE + DescriptorTables.TSS_OFFSET, base, "base");
        assertEquals(0x9, low >>> 40 & 0xF, "type: available 64-bit TSS");
        assertEquals(0, low >>> 44 & 1, "S: a system descriptor");
        assertEquals(0, low >>> 45 & 3, "DPL");
        assertEquals(1, low >>> 47 & 1, "P");
        assertEquals(0, low >>> 55 & 1, "G: the limit counts bytes");
        assertEquals(0, high >>> 40 & 0x1F, "the high half's type field must be 0");
    }

    @Test
    void gdtrCoversFiveSlots() {
        assertEquals(5 * 8 - 1, tables.getShort(DescriptorTables.GDTR_OFFSET));
        assertEquals(BASE, tables.getLong(DescriptorTables.GDTR_OFFSET + 2));
        assertEquals(0, DescriptorTables.SIZE % 64, "what follows stays 64-byte aligned");
    }

    @Test
    void tssHoldsTheFaultStackInIst1AndNothingElse() {
        int tss = DescriptorTables.TSS_OFFSET;
        assertEquals(FAULT_STACK_TOP, tables.getLong(tss + 36), "IST1");
        assertEquals(DescriptorTables.TSS_SIZE, tables.getShort(tss + 102), "I/O map base: no bitmap");
        for (int at = 0; at < DescriptorTables.TSS_SIZE; at++) {
            boolean ist1 = at >= 36 && at < 44;
            boolean ioMapBase = at >= 102;
            if (!ist1 && !ioMapBase) {
                assertEquals(0, tables.get(tss + at), "TSS byte " + at);
            }
        }
        assertEquals(0, (BASE + tss) / ImageLayout.PAGE_SIZE - (BASE + tss + DescriptorTables.TSS_SIZE - 1)
                / ImageLayout.PAGE_SIZE, "the TSS does not cross a page");
    }
}
