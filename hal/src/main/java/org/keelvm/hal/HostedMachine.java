package org.keelvm.hal;

/**
 * The host's model of the few I/O ports a Keel program touches before devices are up, used when code written against
 * {@code hal/} runs on HotSpot (the bodies of the {@link Cpu} port intrinsics call it; compiled guest code never
 * does). COM1's transmit register goes to {@code System.out} and COM2's to {@code System.err}, their line-status
 * registers always report an empty transmitter, and a write to the debug-exit port ends the process with the value written. Other ports read as
 * all-ones and ignore writes, like an empty ISA bus.
 */
final class HostedMachine {
    private HostedMachine() {
    }

    static void out(int port, int value) {
        if (port == Uart16550.COM1 + Uart16550.THR) {
            System.out.write(value);
        } else if (port == Uart16550.COM2 + Uart16550.THR) {
            System.err.write(value);
        } else if (port == Machine.DEBUG_EXIT_PORT) {
            System.out.flush();
            System.err.flush();
            System.exit(value);
        }
    }

    static int in(int port) {
        if (port == Uart16550.COM1 + Uart16550.LSR || port == Uart16550.COM2 + Uart16550.LSR) {
            return Uart16550.LSR_TRANSMITTER_EMPTY;
        }
        return -1;
    }
}
