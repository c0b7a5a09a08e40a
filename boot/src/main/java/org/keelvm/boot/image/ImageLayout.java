package org.keelvm.boot.image;

/**
 * Where everything of a Keel image lives in guest-physical memory. The image is identity-mapped, so these are also
 * the virtual addresses the code uses; every address is below 2 GiB so compiled code reaches it with a 32-bit
 * absolute operand.
 *
 * <pre>
 *  guest-physical memory at boot
 *
 *  0x0000_0000  +--------------------------+  page 0: never mapped, so a null dereference faults
 *  0x0000_1000  |  low memory: PVH start   |  hvm_start_info, memory map and command line, placed by the
 *               |  info, firmware data     |  hypervisor; read in place by VM.boot
 *  0x0010_0000  +==========================+  DATA_BASE (1 MiB), data segment, read-write
 *               |  PML4                    |  1 page  \
 *               |  PDPT                    |  1 page   |  identity map of 0..4 GiB with 2 MiB pages,
 *               |  PD 0..3                 |  4 pages  |  except 0..2 MiB in 4 KiB pages (PT 0)
 *               |  PT 0                    |  1 page  /   so that page 0 can stay unmapped
 *               |  GDT, GDTR               |  null, 64-bit code (0x08), data (0x10)
 *               |  statics table           |  8-byte slots: method entries, static fields
 *               +--------------------------+  end of file contents of the segment
 *               |  (guard gap)             |
 *               |  boot stack              |  STACK_SIZE, zero-filled by the loader (bss)
 *               +==========================+  page-aligned
 *               |  text segment, read-exec |
 *               |  boot stub: long-mode    |  LONG_MODE_ENTRY = text base + 0
 *               |    entry, then PVH entry |  PVH entry (32-bit), named in the Xen ELF note
 *               |  compiled methods        |  16-byte aligned, one ELF FUNC symbol each
 *               +--------------------------+
 * </pre>
 *
 * <p>Early boot: the hypervisor enters the PVH entry in 32-bit protected mode, paging off, {@code ebx} = start
 * info. The stub records the TSC, loads the prebuilt page tables and GDT, enables PAE, long mode and SSE, far-returns
 * into the long-mode entry, sets the data segments and the boot stack, and calls {@code VM.boot(startInfo)} through
 * its statics-table entry.
 */
public final class ImageLayout {
    /** Where the image starts: 1 MiB, above the legacy BIOS area, as PVH loaders expect. */
    public static final long DATA_BASE = 0x10_0000;
    /** The page size of the text and data segments and of the small pages of PT 0. */
    public static final int PAGE_SIZE = 4096;
    /** Bytes of the boot stack. */
    public static final int STACK_SIZE = 256 * 1024;
    /** Alignment of compiled methods. */
    public static final int CODE_ALIGNMENT = 16;

    private final long staticsTable;
    private final long staticsEnd;
    private final long stackBottom;
    private final long stackTop;
    private final long textBase;

    /** Lays out an image whose statics table has {@code staticSlots} 8-byte slots. */
    public ImageLayout(int staticSlots) {
        staticsTable = DATA_BASE + PageTables.SIZE + DescriptorTables.SIZE;
        staticsEnd = staticsTable + 8L * staticSlots;
        stackBottom = alignUp(staticsEnd, PAGE_SIZE) + PAGE_SIZE;
        stackTop = stackBottom + STACK_SIZE;
        textBase = alignUp(stackTop, PAGE_SIZE);
    }

    /** Address of the page tables (the PML4 comes first). */
    public long pageTables() {
        return DATA_BASE;
    }

    /** Address of the GDT and its GDTR pseudo-descriptor. */
    public long descriptorTables() {
        return DATA_BASE + PageTables.SIZE;
    }

    /** Address of slot 0 of the statics table. */
    public long staticsTable() {
        return staticsTable;
    }

    /** Address of statics slot {@code index}. */
    public long staticSlot(int index) {
        return staticsTable + 8L * index;
    }

    /** Bytes of the data segment that the file holds (everything up to the end of the statics table). */
    public int dataFileSize() {
        return (int) (staticsEnd - DATA_BASE);
    }

    /** Bytes of the data segment in memory, boot stack included. */
    public long dataMemorySize() {
        return stackTop - DATA_BASE;
    }

    /** Initial stack pointer: the top of the boot stack. */
    public long stackTop() {
        return stackTop;
    }

    /** Start of the text segment, where the boot stub begins. */
    public long textBase() {
        return textBase;
    }

    /** {@code value} rounded up to a multiple of {@code alignment} (a power of two). */
    public static long alignUp(long value, long alignment) {
        return (value + alignment - 1) & -alignment;
    }
}
