package org.keelvm.boot.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;
import org.keelvm.boot.BuildException;

/** PT 0 leaves page 0 and the guard pages unmapped and identity-maps every other page of the first 2 MiB. */
class PageTablesTest {
    private static final long BASE = ImageLayout.DATA_BASE;
    private static final int PT0 = 6 * ImageLayout.PAGE_SIZE;
    private static final long PRESENT = 1;
    private static final long WRITABLE = 2;

    @Test
    void guardPagesAndPageZeroAreNotPresentAndTheRestIsIdentityMapped() throws BuildException {
        long[] guards = {0x109000, 0x10E000};
        ByteBuffer tables = tables(PageTables.build(BASE, guards));
        for (int page = 0; page < 512; page++) {
            long entry = tables.getLong(PT0 + 8 * page);
            long address = (long) page * ImageLayout.PAGE_SIZE;
            if (page == 0 || address == guards[0] || address == guards[1]) {
                assertEquals(0, entry & PRESENT, "PT 0 entry " + page + " must not be present");
            } else {
                assertEquals(address | PRESENT | WRITABLE, entry, "PT 0 entry " + page);
            }
        }
    }

    @Test
    void pdEntryZeroLeadsToPtZero() throws BuildException {
        ByteBuffer tables = tables(PageTables.build(BASE));
        assertEquals(BASE + PT0 | PRESENT | WRITABLE, tables.getLong(2 * ImageLayout.PAGE_SIZE));
    }

    @Test
    void aGuardPageOutsidePtZeroFailsTheBuild() {
        BuildException beyond = assertThrows(BuildException.class,
                () -> PageTables.build(BASE, PageTables.SMALL_PAGES_END));
        assertTrue(beyond.getMessage().contains("guard page 0x200000"), beyond.getMessage());
        assertThrows(BuildException.class, () -> PageTables.build(BASE, 0));
        assertThrows(BuildException.class, () -> PageTables.build(BASE, 0x10E008));
    }

    private static ByteBuffer tables(byte[] bytes) {
        assertEquals(PageTables.SIZE, bytes.length);
        return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }
}
