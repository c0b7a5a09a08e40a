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
        assertEquals(layout.interruptTable() + InterruptTable.SIZE, layout.staticsTable());
        assertEquals(layout.staticSlot(300) - ImageLayout.DATA_BASE, layout.dataFileSize());
    }

    @Test
    void eachStackHasAGuardPageRightBelowIt() {
        long page = ImageLayout.PAGE_SIZE;
        long[] guards = layout.guardPages();
        assertArrayEquals(new long[] {layout.faultStackBottom() - page, layout.stackBottom() - page}, guards);
        assertTrue(guards[0] >= layout.staticSlot(300), "the first guard page lies above the statics table");
        assertEquals(layout.faultStackBottom() + ImageLayout.FAULT_STACK_SIZE, layout.faultStackTop());
        assertEquals(layout.faultStackTop(), guards[1], "the boot stack's guard page sits on the fault stack");
        assertEquals(layout.stackBottom() + ImageLayout.STACK_SIZE, layout.stackTop());
        for (long guard : guards) {
            assertEquals(0, guard % page, "guard page alignment");
            assertTrue(guard < PageTables.SMALL_PAGES_END, "guard page in PT 0");
        }
    }

    @Test
    void stacksAndTextArePageAligned() {
        assertEquals(0, layout.faultStackTop() % ImageLayout.PAGE_SIZE);
        assertEquals(0, layout.stackTop() % ImageLayout.PAGE_SIZE);
        assertEquals(layout.stackTop(), layout.textBase());
        assertEquals(layout.stackTop() - ImageLayout.DATA_BASE, layout.dataMemorySize());
    }
}
