package org.keelvm.hal;

/**
 * The 16550 UART, driven by polling: the console of the first instruction. Every PC-compatible hypervisor model
 * (QEMU's pc, q35 and microvm; Firecracker; Cloud Hypervisor) has one at COM1, which carries standard output;
 * standard error goes to a second one at COM2. An absent UART reads as all-ones, so its transmitter looks empty and
 * writes to it vanish instead of waiting forever.
 *
 * <pre>
 *  offset  DLAB=0 read / write        DLAB=1
 *  0       RBR / THR (data)           divisor latch, low byte
 *  1       IER (interrupt enable)     divisor latch, high byte
 *  2       IIR / FCR (FIFO control)
 *  3       LCR (line control; bit 7 = DLAB)
 *  4       MCR (modem control)
 *  5       LSR (line status; bit 5 = transmit holding register empty)
 * </pre>
 */
public final class Uart16550 {
    /** I/O base of the first serial port. */
    public static final int COM1 = 0x3F8;
    /** I/O base of the second serial port. */
    public static final int COM2 = 0x2F8;
    /** Transmit holding register (write, DLAB = 0). */
    public static final int THR = 0;
    /** Interrupt enable register. */
    public static final int IER = 1;
    /** FIFO control register (write). */
    public static final int FCR = 2;
    /** Line control register. */
    public static final int LCR = 3;
    /** Modem control register. */
    public static final int MCR = 4;
    /** Line status register. */
    public static final int LSR = 5;
    /** LSR bit: the transmit holding register can take a byte. */
    public static final int LSR_TRANSMITTER_EMPTY = 0x20;

    private static final int LCR_DLAB = 0x80;
    private static final int LCR_8N1 = 0x03;
    private static final int FCR_ENABLE_AND_CLEAR = 0x07;
    private static final int MCR_DTR_RTS = 0x03;
    /** Divisor 1 = 115200 baud; hypervisors ignore the rate, real hardware needs one. */
    private static final int DIVISOR_115200 = 1;

    private Uart16550() {
    }

    /** Programs the UART at {@code base} for 115200 baud, 8N1, FIFOs on, interrupts off. */
    public static void init(int base) {
        Cpu.outb(base + IER, 0);
        Cpu.outb(base + LCR, LCR_DLAB);
        Cpu.outb(base + THR, DIVISOR_115200);
        Cpu.outb(base + IER, 0);
        Cpu.outb(base + LCR, LCR_8N1);
        Cpu.outb(base + FCR, FCR_ENABLE_AND_CLEAR);
        Cpu.outb(base + MCR, MCR_DTR_RTS);
    }

    /** Sends one byte, waiting until the transmitter can take it. */
    public static void write(int base, int b) {
        while ((Cpu.inb(base + LSR) & LSR_TRANSMITTER_EMPTY) == 0) {
            Cpu.pause();
        }
        Cpu.outb(base + THR, b);
    }
}
