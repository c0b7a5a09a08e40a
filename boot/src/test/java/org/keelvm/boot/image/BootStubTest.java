package org.keelvm.boot.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.keelvm.boot.BuildException;

/** The stub's trap entries and the tables it writes for them. */
class BootStubTest {
    private static final int PUSH_IMM8 = 0x6A;
    private static final int MULTIBOOT_MAGIC = 0x1BADB002;

    private final ImageLayout layout = new ImageLayout(100);
    private final long textBase = layout.heapBase() + 16 * ImageLayout.PAGE_SIZE;
    private final BootStub stub = BootStub.assemble(layout, textBase, layout.staticSlot(0), layout.staticSlot(1),
            layout.staticSlot(99));

    @Test
    void entriesPushAZeroErrorCodeOnlyWhereTheProcessorPushesNone() {
        byte[] code = stub.code();
        int withErrorCode = 0;
        for (int vector = 0; vector < InterruptTable.VECTORS; vector++) {
            int at = stub.trapEntryOffset(vector);
            assertTrue(at >= stub.trapEntriesOffset() && at < code.length, "entry of vector " + vector);
            byte[] expected = BootStub.hasErrorCode(vector)
                    ? new byte[] {PUSH_IMM8, (byte) vector}
                    : new byte[] {PUSH_IMM8, 0, PUSH_IMM8, (byte) vector};
            assertArrayEquals(expected, Arrays.copyOfRange(code, at, at + expected.length), "entry of " + vector);
            withErrorCode += BootStub.hasErrorCode(vector) ? 1 : 0;
        }
        assertEquals(10, withErrorCode);
        for (int vector : new int[] {8, 10, 11, 12, 13, 14, 17, 21, 29, 30}) {
            assertTrue(BootStub.hasErrorCode(vector), "vector " + vector);
        }
    }

    @Test
    void longModeEntryLoadsTheIdtAndTheTaskRegister() {
        byte[] code = stub.code();
        long idtr = layout.interruptTable() + InterruptTable.IDTR_OFFSET;
        byte[] lidt = {0x0F, 0x01, 0x1C, 0x25, (byte) idtr, (byte) (idtr >>> 8), (byte) (idtr >>> 16), 0};
        byte[] movEaxTss = {(byte) 0xB8, (byte) DescriptorTables.TSS_SELECTOR, 0, 0, 0};
        byte[] ltrAx = {0x0F, 0x00, (byte) 0xD8};
        int lidtAt = indexOf(code, lidt);
        int ltrAt = indexOf(code, concat(movEaxTss, ltrAx));
        assertTrue(lidtAt >= 0 && lidtAt < stub.pvhEntryOffset(), "lidt in the long-mode half");
        assertTrue(ltrAt >= 0 && ltrAt < stub.pvhEntryOffset(), "ltr in the long-mode half");
    }

    @Test
    void idtGatesLeadToTheEntriesAtTheTextBase() throws BuildException {
        byte[] data = new byte[layout.dataSize()];
        stub.writeTables(layout, textBase, data);
        ByteBuffer buffer = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        int idt = (int) (layout.interruptTable() - ImageLayout.DATA_BASE);
        for (int vector = 0; vector < InterruptTable.VECTORS; vector++) {
            int gate = idt + vector * InterruptTable.GATE_SIZE;
            long offset = Short.toUnsignedLong(buffer.getShort(gate))
                    | Short.toUnsignedLong(buffer.getShort(gate + 6)) << 16
                    | Integer.toUnsignedLong(buffer.getInt(gate + 8)) << 32;
            assertEquals(textBase + stub.trapEntryOffset(vector), offset, "gate " + vector);
        }
        int tss = (int) (layout.descriptorTables() - ImageLayout.DATA_BASE) + DescriptorTables.TSS_OFFSET;
        assertEquals(layout.faultStackTop(), buffer.getLong(tss + DescriptorTables.TSS_IST1));
        int pt0 = (int) (layout.pageTables() - ImageLayout.DATA_BASE) + 6 * ImageLayout.PAGE_SIZE;
        for (long guard : layout.guardPages()) {
            assertEquals(0, buffer.getLong(pt0 + 8 * (int) (guard / ImageLayout.PAGE_SIZE)), "guard " + guard);
        }
    }

    /** QEMU takes an ELF file whose first 8 KiB hold the Multiboot magic for a Multiboot kernel. */
    @Test
    void firstDataPageHoldsNoMultibootMagic() throws BuildException {
        byte[] data = new byte[layout.dataSize()];
        stub.writeTables(layout, textBase, data);
        ByteBuffer buffer = ByteBuffer.wrap(data).order(ByteOrder.LITTLE_ENDIAN);
        for (int at = 0; at < ImageLayout.PAGE_SIZE; at += 4) {
            assertFalse(buffer.getInt(at) == MULTIBOOT_MAGIC, "Multiboot magic at data offset " + at);
        }
    }

    @Test
    void aHugeStaticsTableLeavesTheGuardPagesInPtZero() throws BuildException {
        ImageLayout huge = new ImageLayout(200_000);
        assertArrayEquals(layout.guardPages(), huge.guardPages());
        BootStub hugeStub = BootStub.assemble(huge, huge.heapBase(), huge.staticSlot(0), huge.staticSlot(1),
                huge.staticSlot(2));
        hugeStub.writeTables(huge, huge.heapBase(), new byte[huge.dataSize()]);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
