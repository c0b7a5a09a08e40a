package org.keelvm.hal;

/**
 * Leaving the machine. On QEMU the {@code isa-debug-exit} device (I/O port {@value #DEBUG_EXIT_PORT}, four bytes
 * wide) ends the emulator with status {@code (value << 1) | 1}, of which a process status keeps only seven bits of
 * {@code value}; so the guest first writes the whole status byte to the status port ({@value #STATUS_PORT}, a
 * debug console that {@code keel run} connects to a socket of its own) and the launcher takes the status from there.
 */
public final class Machine {
    /** The I/O port of QEMU's {@code isa-debug-exit} device as {@code keel run} configures it. */
    public static final int DEBUG_EXIT_PORT = 0xF4;

    /** The I/O port of the debug console that carries the exit status byte to {@code keel run}. */
    public static final int STATUS_PORT = 0x402;

    private Machine() {
    }

    /** Ends the guest with {@code status}; never returns. */
    public static void exit(int status) {
        Cpu.outb(STATUS_PORT, status & 0xFF);
        Cpu.outl(DEBUG_EXIT_PORT, status);
        // Only reached on a hypervisor without the debug-exit device: stop here rather than run on.
        while (true) {
            Cpu.cli();
            Cpu.hlt();
        }
    }
}
