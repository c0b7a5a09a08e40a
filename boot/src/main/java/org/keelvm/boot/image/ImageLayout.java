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
 *  0x0010_0000  +==========================+  DATA_BASE (1 MiB): segment .data, read-write
 *               |  PML4, PDPT, PD 0..3     |  identity map of 0..4 GiB with 2 MiB pages, except 0..2 MiB in
 *               |  PT 0                    |  4 KiB pages (PT 0) so that page 0 and the guard pages stay unmapped
 *               |  GDT, GDTR, TSS          |  null, 64-bit code (0x08), data (0x10), TSS (0x18): IST1
 *               |  IDT, IDTR               |  32 gates, vectors 0..31, all on IST1
 *               +--------------------------+  segment .stacks (no file contents), page-aligned
 *               |  guard page              |  not mapped: catches an overflow of the fault stack
 *               |  fault stack             |  FAULT_STACK_SIZE, IST1: every CPU exception runs here
 *               |  guard page              |  not mapped: a stack bang touching it is a StackOverflowError
 *               |  boot stack              |  STACK_SIZE: the main thread's stack
 *               +--------------------------+  stack top, page-aligned; all of the above below 2 MiB
 *               |  statics table           |  segment .statics: 8-byte slots, method entries then static fields
 *               +--------------------------+  page-aligned
 *               |  image heap, part 1      |  segment .heap: hubs, Class objects, string constants; what code
 *               |                          |  names by address, so placed before the code is compiled
 *               +--------------------------+  page-aligned
 *               |  text                    |  segment .text, read-exec: the boot stub (long-mode entry, PVH
 *               |                          |  entry, trap entries), then compiled methods, 16-byte aligned
 *               +--------------------------+  page-aligned
 *               |  image heap, part 2      |  segment .heap2: what exists only once code is placed (the code
 *               |                          |  table, method metadata), and what it refers to
 *               +==========================+  image end: free memory for the Java heap starts here
 * </pre>
 *
 * <p>Early boot: the hypervisor enters the PVH entry in 32-bit protected mode, paging off, {@code ebx} = start
 * info. The stub records the TSC, loads the prebuilt page tables and GDT, enables PAE, long mode and SSE, far-returns
 * into the long-mode entry, sets the data segments, loads the IDT and the task register, switches to the boot stack
 * and calls {@code VM.boot(startInfo)} through its statics-table entry. From then on a CPU exception enters its trap
 * entry on the fault stack and ends in {@code Trap.handle}.
 */
public final class ImageLayout {
    /** Where the image starts: 1 MiB, above the legacy BIOS area, as PVH loaders expect. */
    public static final long DATA_BASE = 0x10_0000;
    /** The page size of the segments and of the small pages of PT 0. */
    public static final int PAGE_SIZE = 4096;
    /** Bytes of the boot stack, the main thread's. */
    public static final int STACK_SIZE = 768 * 1024;
    /** Bytes of the fault stack: enough for {@code Trap.handle} and the console code it calls. */
    public static final int FAULT_STACK_SIZE = 16 * 1024;
    /** Alignment of compiled methods. */
    public static final int CODE_ALIGNMENT = 16;

    private final long faultStackGuard;
    private final long faultStackTop;
    private final long stackGuard;
    private final long stackTop;
    private final long staticsEnd;

    /** Lays out an image whose statics table has {@code staticSlots} 8-byte slots. */
    public ImageLayout(int staticSlots) {
        faultStackGuard = alignUp(interruptTable() + InterruptTable.SIZE, PAGE_SIZE);
        faultStackTop = faultStackGuard + PAGE_SIZE + FAULT_STACK_SIZE;
        stackGuard = faultStackTop;
        stackTop = stackGuard + PAGE_SIZE + STACK_SIZE;
        staticsEnd = staticsTable() + 8L * staticSlots;
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

    /** Bytes of the data segment: the page tables and descriptor tables. */
    public int dataSize() {
        return (int) (interruptTable() + InterruptTable.SIZE - DATA_BASE);
    }

    /** Start of the stacks segment: the fault stack's guard page. */
    public long stacksBase() {
        return faultStackGuard;
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

    /** Address of slot 0 of the statics table, right above the stacks. */
    public long staticsTable() {
        return stackTop;
    }

    /** Address of statics slot {@code index}. */
    public long staticSlot(int index) {
        return staticsTable() + 8L * index;
    }

    /** Bytes of the statics table. */
    public int staticsSize() {
        return (int) (staticsEnd - staticsTable());
    }

    /** Where the first part of the image heap starts. */
    public long heapBase() {
        return alignUp(staticsEnd, PAGE_SIZE);
    }

    /** {@code value} rounded up to a multiple of {@code alignment} (a power of two). */
    public static long alignUp(long value, long alignment) {
        return (value + alignment - 1) & -alignment;
    }
}
