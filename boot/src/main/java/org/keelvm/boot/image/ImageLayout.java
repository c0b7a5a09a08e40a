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
 *               |  PT 0                    |  1 page  /   so that page 0 and the guard pages stay unmapped
 *               |  GDT, GDTR, TSS          |  null, 64-bit code (0x08), data (0x10), TSS (0x18): IST1
 *               |  IDT, IDTR               |  32 gates, vectors 0..31, all on IST1
 *               |  statics table           |  8-byte slots: method entries, static fields
 *               +--------------------------+  end of file contents of the segment
 *               |  guard page              |  not mapped: catches an overflow of the fault stack
 *               |  fault stack             |  FAULT_STACK_SIZE, IST1: every CPU exception runs here (bss)
 *               +--------------------------+  fault stack top
 *               |  guard page              |  not mapped: an overflow of the boot stack faults (#PF)
 *               |  boot stack              |  STACK_SIZE, zero-filled by the loader (bss)
 *               +==========================+  stack top, page-aligned
 *               |  text segment, read-exec |
 *               |  boot stub: long-mode    |  LONG_MODE_ENTRY = text base + 0
 *               |    entry, then PVH entry |  PVH entry (32-bit), named in the Xen ELF note
 *               |    then trap entries     |  one per vector, then the common path to Trap.fatal
 *               |  compiled methods        |  16-byte aligned, one ELF FUNC symbol each
 *               +--------------------------+
 * </pre>
 *
 * <p>Both guard pages lie in the first 2 MiB, which PT 0 maps with 4 KiB pages; {@link PageTables} refuses to build
 * tables for a layout that moves one out of it (a statics table of some 90 000 slots would).
 *
 * <p>Early boot: the hypervisor enters the PVH entry in 32-bit protected mode, paging off, {@code ebx} = start
 * info. The stub records the TSC, loads the prebuilt page tables and GDT, enables PAE, long mode and SSE, far-returns
 * into the long-mode entry, sets the data segments, loads the IDT and the task register, switches to the boot stack
 * and calls {@code VM.boot(startInfo)} through its statics-table entry. From then on a CPU exception enters its trap
 * entry on the fault stack and ends in {@code Trap.fatal}.
 */
public final class ImageLayout {
    /** Where the image starts: 1 MiB, above the legacy BIOS area, as PVH loaders expect. */
    public static final long DATA_BASE = 0x10_0000;
    /** The page size of the text and data segments and of the small pages of PT 0. */
    public static final int PAGE_SIZE = 4096;
    /** Bytes of the boot stack. */
    public static final int STACK_SIZE = 256 * 1024;
    /** Bytes of the fault stack: enough for {@code Trap.fatal} and the console code it calls. */
    public static final int FAULT_STACK_SIZE = 16 * 1024;
    /** Alignment of compiled methods. */
    public static final int CODE_ALIGNMENT = 16;

    private final long staticsTable;
    private final long staticsEnd;
    private final long faultStackGuard;
    private final long faultStackTop;
    private final long stackGuard;
    private final long stackTop;

    /** Lays out an image whose statics table has {@code staticSlots} 8-byte slots. */
    public ImageLayout(int staticSlots) {
        staticsTable = interruptTable() + InterruptTable.SIZE;
        staticsEnd = staticsTable + 8L * staticSlots;
        faultStackGuard = alignUp(staticsEnd, PAGE_SIZE);
        faultStackTop = faultStackGuard + PAGE_SIZE + FAULT_STACK_SIZE;
        stackGuard = faultStackTop;
        stackTop = stackGuard + PAGE_SIZE + STACK_SIZE;
    }

    /** Address of the page tables (the PML4 comes first). */
    public long pageTables() {
        return DATA_BASE;
    }

    /** Address of the GDT, its GDTR pseudo-descriptor and the TSS. */
    public long descriptorTables() {
        return DATA_BASE + PageTables.SIZE;
    }

    /** Address of the IDT and its IDTR pseudo-descriptor. */
    public long interruptTable() {
        return descriptorTables() + DescriptorTables.SIZE;
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

    /** Bytes of the data segment in memory, both stacks included. */
    public long dataMemorySize() {
        return stackTop - DATA_BASE;
    }

    /** The pages left unmapped so that running off the bottom of a stack faults: the fault stack's, then the boot's. */
    public long[] guardPages() {
        return new long[] {faultStackGuard, stackGuard};
    }

    /** Lowest address of the fault stack. */
    public long faultStackBottom() {
        return faultStackGuard + PAGE_SIZE;
    }

    /** The stack pointer a CPU exception starts with (IST1 of the TSS): the top of the fault stack. */
    public long faultStackTop() {
        return faultStackTop;
    }

    /** Lowest address of the boot stack; the page below it is a guard page. */
    public long stackBottom() {
        return stackGuard + PAGE_SIZE;
    }

    /** Initial stack pointer: the top of the boot stack. */
    public long stackTop() {
        return stackTop;
    }

    /** Start of the text segment, where the boot stub begins: right after the boot stack, which ends on a page. */
    public long textBase() {
        return stackTop;
    }

    /** {@code value} rounded up to a multiple of {@code alignment} (a power of two). */
    public static long alignUp(long value, long alignment) {
        return (value + alignment - 1) & -alignment;
    }
}
