package org.keelvm.hal;

/**
 * Leaving the machine. On QEMU the {@code isa-debug-exit} device (I/O port {@value #DEBUG_EXIT_PORT}, four bytes
 * wide) ends the emulator with status {@code (value << 1) | 1}; the {@code keel run} launcher maps that back to
 * {@code value}. Only the low seven bits of the value survive that mapping.
 */
public final class Machine {
    /** The I/O port of QEMU's {@code isa-debug-exit} device as {@code keel run} configures it. */
    public static final int DEBUG_EXIT_PORT = 0xF4;

    private Machine() {
    }

    /** Ends the guest with {@code status}; never returns. */
    public static void exit(int status) {
        Cpu.outl(DEBUG_EXIT_PORT, status);
        // Only reached on a hypervisor without the debug-exit device: stop here rather than run on.
        while (true) {
            Cpu.cli();
            Cpu.hlt();
        }
    }
}
