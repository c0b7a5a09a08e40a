package org.keelvm.boot.image;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.keelvm.boot.BuildException;

/**
 * The boot page tables, built at image-build time: an identity map of the first 4 GiB, in 2 MiB pages except for the
 * first 2 MiB, which use 4 KiB pages so that single pages can be left unmapped: page 0 (a null dereference then
 * faults) and the guard pages below the stacks (running off a stack then faults).
 *
 * <pre>
 *  +0x0000  PML4   entry 0 -> PDPT
 *  +0x1000  PDPT   entries 0..3 -> PD 0..3
 *  +0x2000  PD 0   entry 0 -> PT 0; entries 1..511: 2 MiB pages 2 MiB..1 GiB
 *  +0x3000  PD 1   2 MiB pages 1..2 GiB
 *  +0x4000  PD 2   2 MiB pages 2..3 GiB
 *  +0x5000  PD 3   2 MiB pages 3..4 GiB (includes the LAPIC, IOAPIC and virtio-mmio windows)
 *  +0x6000  PT 0   entry 0 and the guard pages' entries not present; the others: 4 KiB pages 4 KiB..2 MiB
 * </pre>
 *
 * All mapped pages are present, writable, supervisor-only and write-back; the HAL will refine permissions (read-only
 * code, no-execute data, uncached device windows) once it manages memory itself.
 */
final class PageTables {
    /** Bytes of all tables together. */
    static final int SIZE = 7 * ImageLayout.PAGE_SIZE;

    private static final long PRESENT = 1;
    private static final long WRITABLE = 1 << 1;
    private static final long LARGE_PAGE = 1 << 7;
    private static final int ENTRIES = 512;
    private static final int PD_COUNT = 4;
    private static final long LARGE_PAGE_SIZE = 2L << 20;

    /**
     * The end of the range that PT 0 maps with 4 KiB pages in place of the first 2 MiB page: the only place where a
     * single page can be left unmapped.
     */
    static final long SMALL_PAGES_END = LARGE_PAGE_SIZE;

    private PageTables() {
    }

    /**
     * The tables' bytes, for placement at {@code base} (page-aligned), with {@code guardPages} left unmapped.
     *
     * @throws BuildException if a guard page is not a page inside the 4 KiB-page range of PT 0
     */
    static byte[] build(long base, long... guardPages) throws BuildException {
        ByteBuffer tables = ByteBuffer.allocate(SIZE).order(ByteOrder.LITTLE_ENDIAN);
        long pml4 = base;
        long pdpt = base + ImageLayout.PAGE_SIZE;
        long pd0 = base + 2L * ImageLayout.PAGE_SIZE;
        long pt0 = base + 6L * ImageLayout.PAGE_SIZE;
        tables.putLong(offset(base, pml4, 0), pdpt | PRESENT | WRITABLE);
        for (int i = 0; i < PD_COUNT; i++) {
            tables.putLong(offset(base, pdpt, i), (pd0 + (long) i * ImageLayout.PAGE_SIZE) | PRESENT | WRITABLE);
        }
        for (int i = 0; i < PD_COUNT * ENTRIES; i++) {
            long entry = i == 0 ? pt0 | PRESENT | WRITABLE : i * LARGE_PAGE_SIZE | PRESENT | WRITABLE | LARGE_PAGE;
            tables.putLong(offset(base, pd0, i), entry);
        }
        for (int i = 1; i < ENTRIES; i++) {
            tables.putLong(offset(base, pt0, i), (long) i * ImageLayout.PAGE_SIZE | PRESENT | WRITABLE);
        }
        for (long guard : guardPages) {
            if (guard <= 0 || guard >= SMALL_PAGES_END || guard % ImageLayout.PAGE_SIZE != 0) {
                throw new BuildException(String.format("guard page 0x%x is not a 4 KiB page of 4 KiB..2 MiB, which"
                        + " PT 0 maps: the image layout has moved a stack beyond it (a statics table too large?)",
                        guard));
            }
            tables.putLong(offset(base, pt0, (int) (guard / ImageLayout.PAGE_SIZE)), 0);
        }
        return tables.array();
    }

    private static int offset(long base, long table, int index) {
        return (int) (table - base) + 8 * index;
    }
}
