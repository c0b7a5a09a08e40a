package org.keelvm.jit.asm;

/**
 * Stack and control-flow instructions: push, pop, jumps, calls and returns.
 *
 * <p>Jumps to labels are relaxable: they are laid out by {@link #finish()}, which picks the
 * two-byte rel8 form when the target is within reach and the rel32 form otherwise, exactly
 * as GNU as relaxes them. Calls to labels are always rel32.
 */
abstract class ControlAssembler extends ArithmeticAssembler {

    ControlAssembler() {
    }

    /**
     * Emits {@code push r} (64-bit).
     *
     * @param r the register pushed
     */
    public void push(Register r) {
        encoder.opReg(0, 0x50, r.encoding());
    }

    /**
     * Emits {@code push QWORD PTR [m]}.
     *
     * @param m the memory operand pushed
     */
    public void push(Memory m) {
        encoder.regMem(0, 0xFF, 6, m, 0);
    }

    /**
     * Emits {@code push imm}: pushes the immediate sign-extended to 64 bits, using the imm8
     * form when it fits.
     *
     * @param imm the value pushed
     */
    public void push(int imm) {
        if (InstructionEncoder.isByte(imm)) {
            encoder.op(0, 0x6A);
            encoder.immediate(imm, 1);
        } else {
            encoder.op(0, 0x68);
            encoder.immediate(imm, 4);
        }
    }

    /**
     * Emits {@code pop r} (64-bit).
     *
     * @param r the register popped into
     */
    public void pop(Register r) {
        encoder.opReg(0, 0x58, r.encoding());
    }

    /**
     * Emits {@code pop QWORD PTR [m]}.
     *
     * @param m the memory operand popped into
     */
    public void pop(Memory m) {
        encoder.regMem(0, 0x8F, 0, m, 0);
    }

    /**
     * Emits {@code jmp target}, short or near as relaxation decides.
     *
     * @param target the label jumped to
     */
    public void jmp(Label target) {
        encoder.flushLock();
        buffer.branch(-1, target);
    }

    /**
     * Emits {@code jcc target}, short or near as relaxation decides.
     *
     * @param condition the condition under which the jump is taken
     * @param target the label jumped to
     */
    public void jcc(Condition condition, Label target) {
        encoder.flushLock();
        buffer.branch(condition.encoding(), target);
    }

    /**
     * Emits {@code jmp r}: jumps to the address in the register.
     *
     * @param r the register holding the target
     */
    public void jmp(Register r) {
        encoder.regReg(0, 0xFF, 4, r.encoding());
    }

    /**
     * Emits {@code jmp QWORD PTR [m]}: jumps to the address stored in memory.
     *
     * @param m the memory operand holding the target
     */
    public void jmp(Memory m) {
        encoder.regMem(0, 0xFF, 4, m, 0);
    }

    /**
     * Emits {@code call target} with a rel32 displacement.
     *
     * @param target the label called
     */
    public void call(Label target) {
        encoder.op(0, 0xE8);
        buffer.fixup(CodeBuffer.REL32, target, null, -4);
    }

    /**
     * Emits {@code call r}: calls the address in the register.
     *
     * @param r the register holding the target
     */
    public void call(Register r) {
        encoder.regReg(0, 0xFF, 2, r.encoding());
    }

    /**
     * Emits {@code call QWORD PTR [m]}: calls the address stored in memory.
     *
     * @param m the memory operand holding the target
     */
    public void call(Memory m) {
        encoder.regMem(0, 0xFF, 2, m, 0);
    }

    /** Emits {@code ret}. */
    public void ret() {
        encoder.op(0, 0xC3);
    }

    /**
     * Emits {@code ret imm16}: returns and then pops {@code imm16} more bytes.
     *
     * @param imm16 the number of bytes released, 0..65535
     */
    public void ret(int imm16) {
        checkRange(imm16, 0, 0xFFFF, "ret's 16-bit immediate");
        encoder.op(0, 0xC2);
        encoder.immediate(imm16, 2);
    }

    /** Emits {@code leave}: {@code mov rsp, rbp; pop rbp}. */
    public void leave() {
        encoder.op(0, 0xC9);
    }
}
