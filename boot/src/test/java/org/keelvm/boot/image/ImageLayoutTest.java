package org.keelvm.boot.image;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The regions of the layout follow each other as the picture in {@link ImageLayout} shows. */
class ImageLayoutTest {
    private final ImageLayout layout = new ImageLayout(300);

    @Test
    void tablesComeFirstInOrder() {
        assertEquals(ImageLayout.DATA_BASE, layout.pageTables());
        assertEquals(layout.pageTables() + PageTables.SIZE, layout.descriptorTables());
        assertEquals(layout.descriptorTables() + DescriptorTables.SIZE, layout.interruptTable());
        assertEquals(layout.interruptTable() + InterruptTable.SIZE - ImageLayout.DATA_BASE, layout.dataSize());
        assertEquals(layout.stackTop(), layout.staticsTable(), "the statics table lies right above the stacks");
        assertEquals(8 * 300, layout.staticsSize());
    }

    @Test
    void eachStackHasAGuardPageRightBelowIt() {
        long page = ImageLayout.PAGE_SIZE;
        long[] guards = layout.guardPages();
        assertArrayEquals(new long[] {layout.faultStackBottom() - page, layout.stackBottom() - page}, guards);
        assertTrue(guards[0] >= layout.interruptTable() + InterruptTable.SIZE, "guard pages lie above the tables");
        assertEquals(layout.faultStackBottom() + ImageLayout.FAULT_STACK_SIZE, layout.faultStackTop());
        assertEquals(layout.faultStackTop(), guards[1], "the boot stack's guard page sits on the fault stack");
        assertEquals(layout.stackBottom() + ImageLayout.STACK_SIZE, layout.stackTop());
        for (long guard : guards) {
            assertEquals(0, guard % page, "guard page alignment");
            assertTrue(guard < PageTables.SMALL_PAGES_END, "guard page in PT 0");
        }
    }

    @Test
    void stacksAndHeapArePageAligned() {
        assertEquals(0, layout.faultStackTop() % ImageLayout.PAGE_SIZE);
        assertEquals(0, layout.stackTop() % ImageLayout.PAGE_SIZE);
        assertEquals(0, layout.heapBase() % ImageLayout.PAGE_SIZE);
        assertTrue(layout.heapBase() >= layout.staticSlot(300));
    }
}
