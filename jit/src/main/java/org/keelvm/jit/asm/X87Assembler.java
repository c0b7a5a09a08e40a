package org.keelvm.jit.asm;

/**
 * The few x87 instructions that SSE2 has no counterpart for: Keel uses the x87 unit only for the exact partial
 * remainder {@code fprem}, which Java's {@code frem} and {@code drem} need.
 *
 * <p>x87 registers form a stack: {@code st(0)} is the top, {@code st(i)} the {@code i}-th below it. Memory operands
 * hold IEEE singles ({@link OperandSize#DWORD}) or doubles ({@link OperandSize#QWORD}); the 16-bit control and status
 * words are {@link OperandSize#WORD}-sized.
 */
abstract class X87Assembler extends SystemAssembler {

    X87Assembler() {
    }

    /**
     * Emits {@code fld DWORD/QWORD PTR [m]}: pushes a single or a double onto the x87 stack.
     *
     * @param size DWORD for a single, QWORD for a double
     * @param m the memory operand
     */
    public void fld(OperandSize size, Memory m) {
        encoder.regMem(0, floatingOpcode(size), 0, m, 0);
    }

    /**
     * Emits {@code fstp DWORD/QWORD PTR [m]}: stores {@code st(0)} rounded to a single or a double, and pops it.
     *
     * @param size DWORD for a single, QWORD for a double
     * @param m the memory operand
     */
    public void fstp(OperandSize size, Memory m) {
        encoder.regMem(0, floatingOpcode(size), 3, m, 0);
    }

    /**
     * Emits {@code fstp st(i)}: copies {@code st(0)} into {@code st(i)} and pops.
     *
     * @param i the stack register, 0..7
     */
    public void fstp(int i) {
        encoder.op(0, 0xDDD8 | stackRegister(i));
    }

    /**
     * Emits {@code fxch st(i)}: exchanges {@code st(0)} and {@code st(i)}.
     *
     * @param i the stack register, 0..7
     */
    public void fxch(int i) {
        encoder.op(0, 0xD9C8 | stackRegister(i));
    }

    /**
     * Emits {@code ffree st(i)}: marks {@code st(i)} empty without moving the stack top.
     *
     * @param i the stack register, 0..7
     */
    public void ffree(int i) {
        encoder.op(0, 0xDDC0 | stackRegister(i));
    }

    /**
     * Emits {@code fprem}: replaces {@code st(0)} by its partial remainder modulo {@code st(1)}, truncating the
     * quotient as C's {@code fmod} does. The status word's C2 flag is set while the reduction is incomplete.
     */
    public void fprem() {
        encoder.op(0, 0xD9F8);
    }

    /** Emits {@code fninit}: resets the x87 unit (all exceptions masked, round to nearest, empty stack). */
    public void fninit() {
        encoder.op(0, 0xDBE3);
    }

    /** Emits {@code fnclex}: clears the x87 exception flags without checking for pending exceptions. */
    public void fnclex() {
        encoder.op(0, 0xDBE2);
    }

    /** Emits {@code fnstsw ax}: copies the x87 status word into AX without checking for pending exceptions. */
    public void fnstswAx() {
        encoder.op(0, 0xDFE0);
    }

    /** Emits {@code fstsw ax}: {@code fwait}, then {@code fnstsw ax}. */
    public void fstswAx() {
        encoder.op(0, 0x9BDFE0);
    }

    /**
     * Emits {@code fnstcw WORD PTR [m]}: stores the x87 control word.
     *
     * @param m the memory operand
     */
    public void fnstcw(Memory m) {
        encoder.regMem(0, 0xD9, 7, m, 0);
    }

    /**
     * Emits {@code fldcw WORD PTR [m]}: loads the x87 control word.
     *
     * @param m the memory operand
     */
    public void fldcw(Memory m) {
        encoder.regMem(0, 0xD9, 5, m, 0);
    }

    /** Emits {@code fwait}: raises any pending unmasked x87 exception. */
    public void fwait() {
        encoder.op(0, 0x9B);
    }

    /**
     * Emits {@code sahf}: loads SF, ZF, AF, PF and CF from AH; after {@code fnstsw ax}, the x87 condition codes C3, C2
     * and C0 land in ZF, PF and CF.
     */
    public void sahf() {
        encoder.op(0, 0x9E);
    }

    private static int floatingOpcode(OperandSize size) {
        switch (size) {
            case DWORD:
                return 0xD9;
            case QWORD:
                return 0xDD;
            default:
                throw new IllegalArgumentException("x87 loads and stores take a DWORD single or a QWORD double, not "
                    + size);
        }
    }

    private static int stackRegister(int i) {
        checkRange(i, 0, 7, "an x87 stack register");
        return i;
    }
}
