package org.keelvm.vm;

import static org.keelvm.vm.BootLog.word;

import org.keelvm.hal.ErrorConsole;
import org.keelvm.hal.Machine;
import org.keelvm.vm.code.CodeTable;
import org.keelvm.vm.runtime.TrapExceptions;

/**
 * Where a CPU exception ends. Every exception is fatal today: a division by zero, a load through an unmapped address
 * (page 0 among them), a stack running into its guard page. The boot stub's trap entry for the vector calls
 * {@link #fatal} on the fault stack, which reports the exception in one line on the error stream (COM2) and leaves the machine
 * with {@link VM#EXIT_VM_FAILURE}:
 *
 * <pre>
 *  keel: fatal: CPU exception 14 (#PF) at rip=0x000000000014f693 error=0x0000000000000000 cr2=0x0000000000000000
 *      rsp=0x000000000014df88                                          (one line on the error stream, broken here)
 * </pre>
 *
 * <p>Every compiled method is an ELF function symbol of the image, so {@code nm -n} on the image tells which method
 * holds {@code rip}. The line is spelled character by character, like {@link BootLog}'s, because there are no
 * strings yet.
 */
public final class Trap {
    /** Vector of the divide error, {@code #DE}. */
    static final int DIVIDE_ERROR = 0;
    /** Vector of the page fault, {@code #PF}. */
    static final int PAGE_FAULT = 14;
    /** Addresses below this fault as null dereferences: page 0 is never mapped. */
    static final long NULL_PAGE_END = 4096;

    /** Entry address of {@code TrapExceptions.nullPointer}, set by the image builder. */
    static long nullPointerEntry;
    /** Entry address of {@code TrapExceptions.divideByZero}, set by the image builder. */
    static long divideByZeroEntry;
    /** Entry address of {@code TrapExceptions.stackOverflow}, set by the image builder. */
    static long stackOverflowEntry;

    /** Set once the first report has begun. */
    private static boolean reporting;

    private Trap() {
    }

    /**
     * Decides what a CPU exception means. A fault that Java defines, in compiled Java code, continues as the Java
     * exception: the result is the entry address of the {@code TrapExceptions} method that throws it, which the boot
     * stub enters as if the faulting instruction had called it. Anything else is {@link #fatal}.
     *
     * @return the address to continue at; never 0 (a fatal exception does not return)
     */
    public static long handle(int vector, long errorCode, long rip, long cr2, long rsp) {
        if (!reporting && CodeTable.find(rip) != null) {
            if (vector == DIVIDE_ERROR) {
                return divideByZeroEntry;
            }
            if (vector == PAGE_FAULT && rsp - cr2 == TrapExceptions.STACK_BANG_DISTANCE) {
                return stackOverflowEntry;
            }
            if (vector == PAGE_FAULT && cr2 >= 0 && cr2 < NULL_PAGE_END) {
                return nullPointerEntry;
            }
        }
        fatal(vector, errorCode, rip, cr2, rsp);
        return 0;
    }

    /**
     * Reports a CPU exception and exits; never returns. Called by the boot stub only, with the values of the
     * exception frame.
     *
     * @param vector    the exception vector, 0..31
     * @param errorCode the error code the processor pushed, or 0 for an exception without one
     * @param rip       the instruction pointer of the exception frame: the faulting instruction for a fault
     * @param cr2       CR2: for a page fault, the address whose access faulted
     * @param rsp       the stack pointer when the exception happened
     */
    public static void fatal(int vector, long errorCode, long rip, long cr2, long rsp) {
        if (reporting) {
            // An exception inside the report: its half-written line is all there will be; the status still leaves.
            Machine.exit(VM.EXIT_VM_FAILURE);
        }
        reporting = true;
        BootLog.fatal();
        word('C', 'P', 'U', ' ');
        word('e', 'x', 'c', 'e');
        word('p', 't', 'i', 'o');
        word('n', ' ', 0, 0);
        ErrorConsole.print(vector);
        word(' ', '(', 0, 0);
        mnemonic(vector);
        word(')', ' ', 'a', 't');
        field('r', 'i', 'p', 0, 0, rip);
        field('e', 'r', 'r', 'o', 'r', errorCode);
        field('c', 'r', '2', 0, 0, cr2);
        field('r', 's', 'p', 0, 0, rsp);
        ErrorConsole.println();
        Machine.exit(VM.EXIT_VM_FAILURE);
    }

    /**
     * The exception's mnemonic as the Intel SDM (vol. 3, table 6-1) and the AMD APM (vol. 2, 8.2) name it; vectors
     * that neither defines print {@code reserved} (9 included: no processor since the 386 raises it).
     */
    private static void mnemonic(int vector) {
        switch (vector) {
            case 0 -> hash('D', 'E');
            case 1 -> hash('D', 'B');
            case 2 -> word('N', 'M', 'I', 0);
            case 3 -> hash('B', 'P');
            case 4 -> hash('O', 'F');
            case 5 -> hash('B', 'R');
            case 6 -> hash('U', 'D');
            case 7 -> hash('N', 'M');
            case 8 -> hash('D', 'F');
            case 10 -> hash('T', 'S');
            case 11 -> hash('N', 'P');
            case 12 -> hash('S', 'S');
            case 13 -> hash('G', 'P');
            case 14 -> hash('P', 'F');
            case 16 -> hash('M', 'F');
            case 17 -> hash('A', 'C');
            case 18 -> hash('M', 'C');
            case 19 -> hash('X', 'M');
            case 20 -> hash('V', 'E');
            case 21 -> hash('C', 'P');
            case 28 -> hash('H', 'V');
            case 29 -> hash('V', 'C');
            case 30 -> hash('S', 'X');
            default -> {
                word('r', 'e', 's', 'e');
                word('r', 'v', 'e', 'd');
            }
        }
    }

    private static void hash(int c0, int c1) {
        word('#', c0, c1, 0);
    }

    /** {@code " <name>=0x<value>"} for a name of up to five characters (0s are left out). */
    private static void field(int c0, int c1, int c2, int c3, int c4, long value) {
        word(' ', c0, c1, c2);
        word(c3, c4, '=', 0);
        ErrorConsole.printHex(value);
    }
}
