package org.keelvm.hal;

/**
 * Instructions of the x86-64 processor that Java code cannot express: port I/O, the time-stamp counter, halting and
 * spinning. Each method is an {@link Intrinsic}: the compiler emits the instruction in place of the call.
 *
 * <p>On the host, port I/O goes to {@link HostedMachine}, which models the devices Keel uses early (the COM1 UART and
 * the debug-exit port), so that a program written against {@code hal/} also runs on HotSpot and prints the same.
 */
public final class Cpu {
    private Cpu() {
    }

    /** {@code out dx, al}: writes the low 8 bits of {@code value} to an I/O port. */
    @Intrinsic
    public static void outb(int port, int value) {
        HostedMachine.out(port, value & 0xFF);
    }

    /** {@code out dx, ax}: writes the low 16 bits of {@code value} to an I/O port. */
    @Intrinsic
    public static void outw(int port, int value) {
        HostedMachine.out(port, value & 0xFFFF);
    }

    /** {@code out dx, eax}: writes 32 bits to an I/O port. */
    @Intrinsic
    public static void outl(int port, int value) {
        HostedMachine.out(port, value);
    }

    /** {@code in al, dx}: reads 8 bits from an I/O port, zero-extended. */
    @Intrinsic
    public static int inb(int port) {
        return HostedMachine.in(port) & 0xFF;
    }

    /** {@code in ax, dx}: reads 16 bits from an I/O port, zero-extended. */
    @Intrinsic
    public static int inw(int port) {
        return HostedMachine.in(port) & 0xFFFF;
    }

    /** {@code in eax, dx}: reads 32 bits from an I/O port. */
    @Intrinsic
    public static int inl(int port) {
        return HostedMachine.in(port);
    }

    /** {@code rdtsc}: the time-stamp counter. On the host, {@link System#nanoTime()} stands in for it. */
    @Intrinsic
    public static long rdtsc() {
        return System.nanoTime();
    }

    /** {@code pause}: a hint that the caller is spinning. */
    @Intrinsic
    public static void pause() {
        Thread.onSpinWait();
    }

    /** {@code hlt}: stops the processor until the next interrupt. */
    @Intrinsic
    public static void hlt() {
        throw guestOnly("hlt");
    }

    /** {@code cli}: masks maskable interrupts. */
    @Intrinsic
    public static void cli() {
        throw guestOnly("cli");
    }

    /** {@code sti}: unmasks maskable interrupts. */
    @Intrinsic
    public static void sti() {
        throw guestOnly("sti");
    }

    /** {@code rdmsr}: reads a model-specific register. */
    @Intrinsic
    public static long rdmsr(int msr) {
        throw guestOnly("rdmsr");
    }

    /** {@code wrmsr}: writes a model-specific register. */
    @Intrinsic
    public static void wrmsr(int msr, long value) {
        throw guestOnly("wrmsr");
    }

    /** {@code mov rax, cr2}: the linear address of the last page fault. */
    @Intrinsic
    public static long readCr2() {
        throw guestOnly("mov from cr2");
    }

    /** {@code mov rax, cr3}: the page-table base register. */
    @Intrinsic
    public static long readCr3() {
        throw guestOnly("mov from cr3");
    }

    /** {@code mov cr3, rax}: switches page tables (and flushes the TLB's non-global entries). */
    @Intrinsic
    public static void writeCr3(long value) {
        throw guestOnly("mov to cr3");
    }

    private static UnsupportedOperationException guestOnly(String instruction) {
        return new UnsupportedOperationException(instruction + " works only inside a Keel guest");
    }

    /** The frame pointer ({@code rbp}) of the calling method's frame. */
    @Intrinsic
    public static Address framePointer() {
        throw guestOnly("mov rax, rbp");
    }

    /**
     * Abandons the current frames: sets {@code rbp} to {@code framePointer} and {@code rsp} to {@code stackPointer},
     * pushes {@code value} and jumps to {@code pc}. The way exception dispatch enters a handler.
     */
    @Intrinsic
    public static void continueAt(Address pc, Address stackPointer, Address framePointer, Object value) {
        throw guestOnly("jmp to a handler");
    }

    /** Calls the code whose address is stored at {@code entrySlot}, with no arguments and no result. */
    @Intrinsic
    public static void callIndirect(Address entrySlot) {
        throw guestOnly("call [slot]");
    }

    /**
     * Calls the code at address {@code entry} with arguments already placed by the calling convention:
     * {@code stackSlots} holds every argument's 8-byte slot, first argument first; {@code registers} holds the values
     * of the six integer argument registers followed by those of the eight floating-point ones. Returns {@code rax}
     * after the call, or the bits of {@code xmm0} when {@code floatResult}. How reflection calls compiled code.
     */
    @Intrinsic
    public static long callWithArguments(Address entry, long[] stackSlots, long[] registers, boolean floatResult) {
        throw guestOnly("call with an argument frame");
    }
}
