package org.keelvm.jit.asm;

/**
 * Privileged and system instructions used by the kernel and boot code: port I/O, descriptor
 * tables, control and segment registers, MSRs, fences, interrupts and cache control.
 */
abstract class SystemAssembler extends SseArithmeticAssembler {

    SystemAssembler() {
    }

    /**
     * Emits {@code in al/ax/eax, port}: reads from an I/O port given as an immediate.
     *
     * @param size BYTE, WORD or DWORD; the accumulator width
     * @param port the port, 0..255
     */
    public void in(OperandSize size, int port) {
        portImmediate(size, 0xE4, port);
    }

    /**
     * Emits {@code in al/ax/eax, dx}: reads from the I/O port in DX.
     *
     * @param size BYTE, WORD or DWORD; the accumulator width
     */
    public void inDx(OperandSize size) {
        requireIoSize(size);
        encoder.op(flags(size), sized(size, 0xEC));
    }

    /**
     * Emits {@code out port, al/ax/eax}: writes to an I/O port given as an immediate.
     *
     * @param size BYTE, WORD or DWORD; the accumulator width
     * @param port the port, 0..255
     */
    public void out(OperandSize size, int port) {
        portImmediate(size, 0xE6, port);
    }

    /**
     * Emits {@code out dx, al/ax/eax}: writes to the I/O port in DX.
     *
     * @param size BYTE, WORD or DWORD; the accumulator width
     */
    public void outDx(OperandSize size) {
        requireIoSize(size);
        encoder.op(flags(size), sized(size, 0xEE));
    }

    /**
     * Emits {@code ltr r16}: loads the task register with the TSS selector in {@code r}.
     *
     * @param r the register holding the selector
     */
    public void ltr(Register r) {
        encoder.regReg(0, 0x0F00, 3, r.encoding());
    }

    /**
     * Emits {@code lldt r16}: loads the LDT register with the selector in {@code r}.
     *
     * @param r the register holding the selector
     */
    public void lldt(Register r) {
        encoder.regReg(0, 0x0F00, 2, r.encoding());
    }

    /**
     * Emits {@code mov crN, src}: writes a control register (CR8 needs REX.R).
     *
     * @param cr 0, 2, 3, 4 or 8
     * @param src the 64-bit source register
     */
    public void movToCr(int cr, Register src) {
        encoder.regReg(0, 0x0F22, checkCr(cr), src.encoding());
    }

    /**
     * Emits {@code mov dst, crN}: reads a control register.
     *
     * @param dst the 64-bit destination register
     * @param cr 0, 2, 3, 4 or 8
     */
    public void movFromCr(Register dst, int cr) {
        encoder.regReg(0, 0x0F20, checkCr(cr), dst.encoding());
    }

    /**
     * Emits {@code mov sreg, src} (from the low 16 bits of {@code src}, encoded without an
     * operand-size prefix as GNU as does for a 32-bit source).
     *
     * @param sreg 0=ES, 2=SS, 3=DS, 4=FS, 5=GS; CS (1) cannot be loaded with mov
     * @param src the register holding the selector
     */
    public void movToSegment(int sreg, Register src) {
        checkRange(sreg, 0, 5, "a segment register number");
        if (sreg == 1) {
            throw new IllegalArgumentException("CS cannot be loaded with mov");
        }
        encoder.regReg(0, 0x8E, sreg, src.encoding());
    }

    /**
     * Emits {@code mov dst, sreg}: reads a segment selector, zero-extended into the 32-bit
     * destination.
     *
     * @param dst the destination register
     * @param sreg 0=ES, 1=CS, 2=SS, 3=DS, 4=FS, 5=GS
     */
    public void movFromSegment(Register dst, int sreg) {
        checkRange(sreg, 0, 5, "a segment register number");
        encoder.regReg(0, 0x8C, sreg, dst.encoding());
    }

    /**
     * Emits {@code int vector}: raises a software interrupt. Vector 3 is encoded as the
     * one-byte breakpoint {@code CC}, as GNU as does; every other vector as {@code CD ib}.
     *
     * @param vector the interrupt vector, 0..255
     */
    public void intN(int vector) {
        checkRange(vector, 0, 255, "an interrupt vector");
        if (vector == 3) {
            int3();
            return;
        }
        encoder.op(0, 0xCD);
        encoder.immediate(vector, 1);
    }

    /** Emits {@code cli}: clears the interrupt flag. */
    public void cli() {
        encoder.op(0, 0xFA);
    }

    /** Emits {@code sti}: sets the interrupt flag (interrupts are recognised after the next instruction). */
    public void sti() {
        encoder.op(0, 0xFB);
    }

    /** Emits {@code hlt}: halts until the next interrupt. */
    public void hlt() {
        encoder.op(0, 0xF4);
    }

    /** Emits {@code rdmsr}: reads the MSR selected by ECX into EDX:EAX. */
    public void rdmsr() {
        encoder.op(0, 0x0F32);
    }

    /** Emits {@code wrmsr}: writes EDX:EAX to the MSR selected by ECX. */
    public void wrmsr() {
        encoder.op(0, 0x0F30);
    }

    /** Emits {@code cpuid}: queries the processor for leaf EAX, subleaf ECX. */
    public void cpuid() {
        encoder.op(0, 0x0FA2);
    }

    /** Emits {@code rdtsc}: reads the time-stamp counter into EDX:EAX. */
    public void rdtsc() {
        encoder.op(0, 0x0F31);
    }

    /** Emits {@code rdtscp}: reads the time-stamp counter into EDX:EAX and IA32_TSC_AUX into ECX. */
    public void rdtscp() {
        encoder.op(0, 0x0F01F9);
    }

    /** Emits {@code pause}: hints a spin-wait loop. */
    public void pause() {
        encoder.op(InstructionEncoder.MF3, 0x90);
    }

    /** Emits {@code lfence}: orders loads. */
    public void lfence() {
        encoder.op(0, 0x0FAEE8);
    }

    /** Emits {@code mfence}: orders all loads and stores. */
    public void mfence() {
        encoder.op(0, 0x0FAEF0);
    }

    /** Emits {@code sfence}: orders stores. */
    public void sfence() {
        encoder.op(0, 0x0FAEF8);
    }

    /** Emits {@code int3}: raises the one-byte breakpoint exception. */
    public void int3() {
        encoder.op(0, 0xCC);
    }

    /** Emits {@code iretq}: returns from an interrupt with a 64-bit frame. */
    public void iretq() {
        encoder.op(InstructionEncoder.W, 0xCF);
    }

    /** Emits {@code nop}: does nothing, in one byte. */
    public void nop() {
        encoder.op(0, 0x90);
    }

    /** Emits {@code ud2}: raises the invalid-opcode exception. */
    public void ud2() {
        encoder.op(0, 0x0F0B);
    }

    /** Emits {@code cld}: clears the direction flag. */
    public void cld() {
        encoder.op(0, 0xFC);
    }

    /** Emits {@code std}: sets the direction flag. */
    public void std() {
        encoder.op(0, 0xFD);
    }

    /** Emits {@code swapgs}: exchanges the GS base with the IA32_KERNEL_GS_BASE MSR. */
    public void swapgs() {
        encoder.op(0, 0x0F01F8);
    }

    /** Emits {@code xgetbv}: reads the extended control register selected by ECX into EDX:EAX. */
    public void xgetbv() {
        encoder.op(0, 0x0F01D0);
    }

    /** Emits {@code wbinvd}: writes back and invalidates the caches. */
    public void wbinvd() {
        encoder.op(0, 0x0F09);
    }

    /**
     * Emits {@code lgdt [m]}: loads the GDT register from the 10-byte descriptor at {@code m}.
     *
     * @param m the memory operand
     */
    public void lgdt(Memory m) {
        encoder.regMem(0, 0x0F01, 2, m, 0);
    }

    /**
     * Emits {@code lidt [m]}: loads the IDT register from the 10-byte descriptor at {@code m}.
     *
     * @param m the memory operand
     */
    public void lidt(Memory m) {
        encoder.regMem(0, 0x0F01, 3, m, 0);
    }

    /**
     * Emits {@code sgdt [m]}: stores the GDT register to the 10-byte descriptor at {@code m}.
     *
     * @param m the memory operand
     */
    public void sgdt(Memory m) {
        encoder.regMem(0, 0x0F01, 0, m, 0);
    }

    /**
     * Emits {@code sidt [m]}: stores the IDT register to the 10-byte descriptor at {@code m}.
     *
     * @param m the memory operand
     */
    public void sidt(Memory m) {
        encoder.regMem(0, 0x0F01, 1, m, 0);
    }

    /**
     * Emits {@code invlpg [m]}: invalidates the TLB entries for the page containing {@code m}.
     *
     * @param m the memory operand
     */
    public void invlpg(Memory m) {
        encoder.regMem(0, 0x0F01, 7, m, 0);
    }

    /**
     * Emits {@code fxsave [m]}: saves the x87/SSE state to the 512-byte, 16-byte aligned area at {@code m}.
     *
     * @param m the memory operand
     */
    public void fxsave(Memory m) {
        encoder.regMem(0, 0x0FAE, 0, m, 0);
    }

    /**
     * Emits {@code fxrstor [m]}: restores the x87/SSE state from the 512-byte, 16-byte aligned area at {@code m}.
     *
     * @param m the memory operand
     */
    public void fxrstor(Memory m) {
        encoder.regMem(0, 0x0FAE, 1, m, 0);
    }

    private void portImmediate(OperandSize size, int opcode, int port) {
        requireIoSize(size);
        checkRange(port, 0, 255, "an 8-bit I/O port");
        encoder.op(flags(size), sized(size, opcode));
        encoder.immediate(port, 1);
    }

    private static void requireIoSize(OperandSize size) {
        if (size == OperandSize.QWORD) {
            throw new IllegalArgumentException("port I/O has no QWORD form");
        }
    }

    private static int checkCr(int cr) {
        if (cr != 0 && cr != 2 && cr != 3 && cr != 4 && cr != 8) {
            throw new IllegalArgumentException("no such control register: CR" + cr);
        }
        return cr;
    }
}
