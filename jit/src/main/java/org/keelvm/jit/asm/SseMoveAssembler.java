package org.keelvm.jit.asm;

/**
 * SSE/SSE2 data movement: scalar and whole-register moves, conversions between integers and
 * floating point, and transfers between general and XMM registers.
 *
 * <p>Most of these are distinguished only by a mandatory prefix: none for single-precision
 * packed, 0x66 for double-precision packed, 0xF3 for scalar single and 0xF2 for scalar
 * double. The prefix precedes REX, as the architecture requires.
 */
abstract class SseMoveAssembler extends ControlAssembler {

    SseMoveAssembler() {
    }

    /**
     * Emits {@code movss dst, src}: copies the low single, keeping the rest of {@code dst}.
     *
     * @param dst the destination register
     * @param src the source register
     */
    public void movss(Xmm dst, Xmm src) {
        encoder.regReg(InstructionEncoder.MF3, 0x0F10, dst.encoding(), src.encoding());
    }

    /**
     * Emits {@code movss dst, [src]}: loads a single and clears the rest of {@code dst}.
     *
     * @param dst the destination register
     * @param src the memory operand
     */
    public void movss(Xmm dst, Memory src) {
        encoder.regMem(InstructionEncoder.MF3, 0x0F10, dst.encoding(), src, 0);
    }

    /**
     * Emits {@code movss [dst], src}: stores the low single.
     *
     * @param dst the memory operand
     * @param src the source register
     */
    public void movss(Memory dst, Xmm src) {
        encoder.regMem(InstructionEncoder.MF3, 0x0F11, src.encoding(), dst, 0);
    }

    /**
     * Emits {@code movsd dst, src}: copies the low double, keeping the rest of {@code dst}.
     *
     * @param dst the destination register
     * @param src the source register
     */
    public void movsd(Xmm dst, Xmm src) {
        encoder.regReg(InstructionEncoder.MF2, 0x0F10, dst.encoding(), src.encoding());
    }

    /**
     * Emits {@code movsd dst, [src]}: loads a double and clears the rest of {@code dst}.
     *
     * @param dst the destination register
     * @param src the memory operand
     */
    public void movsd(Xmm dst, Memory src) {
        encoder.regMem(InstructionEncoder.MF2, 0x0F10, dst.encoding(), src, 0);
    }

    /**
     * Emits {@code movsd [dst], src}: stores the low double.
     *
     * @param dst the memory operand
     * @param src the source register
     */
    public void movsd(Memory dst, Xmm src) {
        encoder.regMem(InstructionEncoder.MF2, 0x0F11, src.encoding(), dst, 0);
    }

    /**
     * Emits {@code cvtsi2ss dst, src}: converts a signed integer register to a single.
     *
     * @param size DWORD or QWORD, the integer width
     * @param dst the destination register
     * @param src the integer register
     */
    public void cvtsi2ss(OperandSize size, Xmm dst, Register src) {
        requireDwordOrQword(size, "cvtsi2ss");
        encoder.regReg(InstructionEncoder.MF3 | flags(size), 0x0F2A, dst.encoding(), src.encoding());
    }

    /**
     * Emits {@code cvtsi2ss dst, [src]}: converts a signed integer in memory to a single.
     *
     * @param size DWORD or QWORD, the integer width
     * @param dst the destination register
     * @param src the memory operand
     */
    public void cvtsi2ss(OperandSize size, Xmm dst, Memory src) {
        requireDwordOrQword(size, "cvtsi2ss");
        encoder.regMem(InstructionEncoder.MF3 | flags(size), 0x0F2A, dst.encoding(), src, 0);
    }

    /**
     * Emits {@code cvtsi2sd dst, src}: converts a signed integer register to a double.
     *
     * @param size DWORD or QWORD, the integer width
     * @param dst the destination register
     * @param src the integer register
     */
    public void cvtsi2sd(OperandSize size, Xmm dst, Register src) {
        requireDwordOrQword(size, "cvtsi2sd");
        encoder.regReg(InstructionEncoder.MF2 | flags(size), 0x0F2A, dst.encoding(), src.encoding());
    }

    /**
     * Emits {@code cvtsi2sd dst, [src]}: converts a signed integer in memory to a double.
     *
     * @param size DWORD or QWORD, the integer width
     * @param dst the destination register
     * @param src the memory operand
     */
    public void cvtsi2sd(OperandSize size, Xmm dst, Memory src) {
        requireDwordOrQword(size, "cvtsi2sd");
        encoder.regMem(InstructionEncoder.MF2 | flags(size), 0x0F2A, dst.encoding(), src, 0);
    }

    /**
     * Emits {@code cvttss2si dst, src}: converts a single to a signed integer, truncating; NaN and
     * out-of-range values give the "integer indefinite" value (the minimum integer).
     *
     * @param size DWORD or QWORD, the integer width
     * @param dst the integer register
     * @param src the source register
     */
    public void cvttss2si(OperandSize size, Register dst, Xmm src) {
        requireDwordOrQword(size, "cvttss2si");
        encoder.regReg(InstructionEncoder.MF3 | flags(size), 0x0F2C, dst.encoding(), src.encoding());
    }

    /**
     * Emits {@code cvttss2si dst, [src]}: converts a single in memory to a signed integer,
     * truncating.
     *
     * @param size DWORD or QWORD, the integer width
     * @param dst the integer register
     * @param src the memory operand
     */
    public void cvttss2si(OperandSize size, Register dst, Memory src) {
        requireDwordOrQword(size, "cvttss2si");
        encoder.regMem(InstructionEncoder.MF3 | flags(size), 0x0F2C, dst.encoding(), src, 0);
    }

    /**
     * Emits {@code cvttsd2si dst, src}: converts a double to a signed integer, truncating; NaN and
     * out-of-range values give the "integer indefinite" value (the minimum integer).
     *
     * @param size DWORD or QWORD, the integer width
     * @param dst the integer register
     * @param src the source register
     */
    public void cvttsd2si(OperandSize size, Register dst, Xmm src) {
        requireDwordOrQword(size, "cvttsd2si");
        encoder.regReg(InstructionEncoder.MF2 | flags(size), 0x0F2C, dst.encoding(), src.encoding());
    }

    /**
     * Emits {@code cvttsd2si dst, [src]}: converts a double in memory to a signed integer,
     * truncating.
     *
     * @param size DWORD or QWORD, the integer width
     * @param dst the integer register
     * @param src the memory operand
     */
    public void cvttsd2si(OperandSize size, Register dst, Memory src) {
        requireDwordOrQword(size, "cvttsd2si");
        encoder.regMem(InstructionEncoder.MF2 | flags(size), 0x0F2C, dst.encoding(), src, 0);
    }

    /**
     * Emits {@code movd dst, src}: moves 32 bits from a general register, zeroing the rest.
     *
     * @param dst the destination register
     * @param src the general register
     */
    public void movd(Xmm dst, Register src) {
        encoder.regReg(InstructionEncoder.M66, 0x0F6E, dst.encoding(), src.encoding());
    }

    /**
     * Emits {@code movd dst, src}: moves the low 32 bits to a general register.
     *
     * @param dst the general register
     * @param src the source register
     */
    public void movd(Register dst, Xmm src) {
        encoder.regReg(InstructionEncoder.M66, 0x0F7E, src.encoding(), dst.encoding());
    }

    /**
     * Emits {@code movd dst, DWORD PTR [src]}: loads 32 bits, zeroing the rest.
     *
     * @param dst the destination register
     * @param src the memory operand
     */
    public void movd(Xmm dst, Memory src) {
        encoder.regMem(InstructionEncoder.M66, 0x0F6E, dst.encoding(), src, 0);
    }

    /**
     * Emits {@code movd DWORD PTR [dst], src}: stores the low 32 bits.
     *
     * @param dst the memory operand
     * @param src the source register
     */
    public void movd(Memory dst, Xmm src) {
        encoder.regMem(InstructionEncoder.M66, 0x0F7E, src.encoding(), dst, 0);
    }

    /**
     * Emits {@code movq dst, src}: moves 64 bits from a general register, zeroing the rest.
     *
     * @param dst the destination register
     * @param src the general register
     */
    public void movq(Xmm dst, Register src) {
        encoder.regReg(InstructionEncoder.M66 | InstructionEncoder.W, 0x0F6E, dst.encoding(), src.encoding());
    }

    /**
     * Emits {@code movq dst, src}: moves the low 64 bits to a general register.
     *
     * @param dst the general register
     * @param src the source register
     */
    public void movq(Register dst, Xmm src) {
        encoder.regReg(InstructionEncoder.M66 | InstructionEncoder.W, 0x0F7E, src.encoding(), dst.encoding());
    }

    /**
     * Emits {@code movq dst, QWORD PTR [src]}: loads 64 bits, zeroing the rest
     * ({@code F3 0F 7E}, the form GNU as picks).
     *
     * @param dst the destination register
     * @param src the memory operand
     */
    public void movq(Xmm dst, Memory src) {
        encoder.regMem(InstructionEncoder.MF3, 0x0F7E, dst.encoding(), src, 0);
    }

    /**
     * Emits {@code movq QWORD PTR [dst], src}: stores the low 64 bits ({@code 66 0F D6}).
     *
     * @param dst the memory operand
     * @param src the source register
     */
    public void movq(Memory dst, Xmm src) {
        encoder.regMem(InstructionEncoder.M66, 0x0FD6, src.encoding(), dst, 0);
    }

    /**
     * Emits {@code movaps dst, src}: copies all 128 bits.
     *
     * @param dst the destination register
     * @param src the source register
     */
    public void movaps(Xmm dst, Xmm src) {
        encoder.regReg(0, 0x0F28, dst.encoding(), src.encoding());
    }

    /**
     * Emits {@code movapd dst, src}: copies all 128 bits.
     *
     * @param dst the destination register
     * @param src the source register
     */
    public void movapd(Xmm dst, Xmm src) {
        encoder.regReg(InstructionEncoder.M66, 0x0F28, dst.encoding(), src.encoding());
    }
}
