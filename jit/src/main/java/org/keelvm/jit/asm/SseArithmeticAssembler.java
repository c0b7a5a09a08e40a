package org.keelvm.jit.asm;

/**
 * SSE/SSE2 scalar arithmetic, comparisons, precision conversion and 128-bit bitwise
 * operations, each in a register and a memory form.
 *
 * <p>Single- and double-precision variants differ only in the mandatory prefix (none or
 * 0xF3 for single, 0x66 or 0xF2 for double), which precedes REX.
 */
abstract class SseArithmeticAssembler extends SseMoveAssembler {

    SseArithmeticAssembler() {
    }

    /**
     * Emits {@code addss dst, src}: adds the low single.
     *
     * @param dst the destination (and first source) register
     * @param src the source register
     */
    public void addss(Xmm dst, Xmm src) {
        encoder.regReg(InstructionEncoder.MF3, 0x0F58, dst.encoding(), src.encoding());
    }

    /**
     * Emits {@code addss dst, [src]}: adds the low single.
     *
     * @param dst the destination (and first source) register
     * @param src the memory operand
     */
    public void addss(Xmm dst, Memory src) {
        encoder.regMem(InstructionEncoder.MF3, 0x0F58, dst.encoding(), src, 0);
    }

    /**
     * Emits {@code addsd dst, src}: adds the low double.
     *
     * @param dst the destination (and first source) register
     * @param src the source register
     */
    public void addsd(Xmm dst, Xmm src) {
        encoder.regReg(InstructionEncoder.MF2, 0x0F58, dst.encoding(), src.encoding());
    }

    /**
     * Emits {@code addsd dst, [src]}: adds the low double.
     *
     * @param dst the destination (and first source) register
     * @param src the memory operand
     */
    public void addsd(Xmm dst, Memory src) {
        encoder.regMem(InstructionEncoder.MF2, 0x0F58, dst.encoding(), src, 0);
    }

    /**
     * Emits {@code subss dst, src}: subtracts the low single.
     *
     * @param dst the destination (and first source) register
     * @param src the source register
     */
    public void subss(Xmm dst, Xmm src) {
        encoder.regReg(InstructionEncoder.MF3, 0x0F5C, dst.encoding(), src.encoding());
    }

    /**
     * Emits {@code subss dst, [src]}: subtracts the low single.
     *
     * @param dst the destination (and first source) register
     * @param src the memory operand
     */
    public void subss(Xmm dst, Memory src) {
        encoder.regMem(InstructionEncoder.MF3, 0x0F5C, dst.encoding(), src, 0);
    }

    /**
     * Emits {@code subsd dst, src}: subtracts the low double.
     *
     * @param dst the destination (and first source) register
     * @param src the source register
     */
    public void subsd(Xmm dst, Xmm src) {
        encoder.regReg(InstructionEncoder.MF2, 0x0F5C, dst.encoding(), src.encoding());
    }

    /**
     * Emits {@code subsd dst, [src]}: subtracts the low double.
     *
     * @param dst the destination (and first source) register
     * @param src the memory operand
     */
    public void subsd(Xmm dst, Memory src) {
        encoder.regMem(InstructionEncoder.MF2, 0x0F5C, dst.encoding(), src, 0);
    }

    /**
     * Emits {@code mulss dst, src}: multiplies the low single.
     *
     * @param dst the destination (and first source) register
     * @param src the source register
     */
    public void mulss(Xmm dst, Xmm src) {
        encoder.regReg(InstructionEncoder.MF3, 0x0F59, dst.encoding(), src.encoding());
    }

    /**
     * Emits {@code mulss dst, [src]}: multiplies the low single.
     *
     * @param dst the destination (and first source) register
     * @param src the memory operand
     */
    public void mulss(Xmm dst, Memory src) {
        encoder.regMem(InstructionEncoder.MF3, 0x0F59, dst.encoding(), src, 0);
    }

    /**
     * Emits {@code mulsd dst, src}: multiplies the low double.
     *
     * @param dst the destination (and first source) register
     * @param src the source register
     */
    public void mulsd(Xmm dst, Xmm src) {
        encoder.regReg(InstructionEncoder.MF2, 0x0F59, dst.encoding(), src.encoding());
    }

    /**
     * Emits {@code mulsd dst, [src]}: multiplies the low double.
     *
     * @param dst the destination (and first source) register
     * @param src the memory operand
     */
    public void mulsd(Xmm dst, Memory src) {
        encoder.regMem(InstructionEncoder.MF2, 0x0F59, dst.encoding(), src, 0);
    }

    /**
     * Emits {@code divss dst, src}: divides the low single.
     *
     * @param dst the destination (and first source) register
     * @param src the source register
     */
    public void divss(Xmm dst, Xmm src) {
        encoder.regReg(InstructionEncoder.MF3, 0x0F5E, dst.encoding(), src.encoding());
    }

    /**
     * Emits {@code divss dst, [src]}: divides the low single.
     *
     * @param dst the destination (and first source) register
     * @param src the memory operand
     */
    public void divss(Xmm dst, Memory src) {
        encoder.regMem(InstructionEncoder.MF3, 0x0F5E, dst.encoding(), src, 0);
    }

    /**
     * Emits {@code divsd dst, src}: divides the low double.
     *
     * @param dst the destination (and first source) register
     * @param src the source register
     */
    public void divsd(Xmm dst, Xmm src) {
        encoder.regReg(InstructionEncoder.MF2, 0x0F5E, dst.encoding(), src.encoding());
    }

    /**
     * Emits {@code divsd dst, [src]}: divides the low double.
     *
     * @param dst the destination (and first source) register
     * @param src the memory operand
     */
    public void divsd(Xmm dst, Memory src) {
        encoder.regMem(InstructionEncoder.MF2, 0x0F5E, dst.encoding(), src, 0);
    }

    /**
     * Emits {@code sqrtss dst, src}: square root of the low single.
     *
     * @param dst the destination (and first source) register
     * @param src the source register
     */
    public void sqrtss(Xmm dst, Xmm src) {
        encoder.regReg(InstructionEncoder.MF3, 0x0F51, dst.encoding(), src.encoding());
    }

    /**
     * Emits {@code sqrtss dst, [src]}: square root of the low single.
     *
     * @param dst the destination (and first source) register
     * @param src the memory operand
     */
    public void sqrtss(Xmm dst, Memory src) {
        encoder.regMem(InstructionEncoder.MF3, 0x0F51, dst.encoding(), src, 0);
    }

    /**
     * Emits {@code sqrtsd dst, src}: square root of the low double.
     *
     * @param dst the destination (and first source) register
     * @param src the source register
     */
    public void sqrtsd(Xmm dst, Xmm src) {
        encoder.regReg(InstructionEncoder.MF2, 0x0F51, dst.encoding(), src.encoding());
    }

    /**
     * Emits {@code sqrtsd dst, [src]}: square root of the low double.
     *
     * @param dst the destination (and first source) register
     * @param src the memory operand
     */
    public void sqrtsd(Xmm dst, Memory src) {
        encoder.regMem(InstructionEncoder.MF2, 0x0F51, dst.encoding(), src, 0);
    }

    /**
     * Emits {@code minss dst, src}: minimum of the low singles (the source if either is NaN).
     *
     * @param dst the destination (and first source) register
     * @param src the source register
     */
    public void minss(Xmm dst, Xmm src) {
        encoder.regReg(InstructionEncoder.MF3, 0x0F5D, dst.encoding(), src.encoding());
    }

    /**
     * Emits {@code minss dst, [src]}: minimum of the low singles (the source if either is NaN).
     *
     * @param dst the destination (and first source) register
     * @param src the memory operand
     */
    public void minss(Xmm dst, Memory src) {
        encoder.regMem(InstructionEncoder.MF3, 0x0F5D, dst.encoding(), src, 0);
    }

    /**
     * Emits {@code minsd dst, src}: minimum of the low doubles (the source if either is NaN).
     *
     * @param dst the destination (and first source) register
     * @param src the source register
     */
    public void minsd(Xmm dst, Xmm src) {
        encoder.regReg(InstructionEncoder.MF2, 0x0F5D, dst.encoding(), src.encoding());
    }

    /**
     * Emits {@code minsd dst, [src]}: minimum of the low doubles (the source if either is NaN).
     *
     * @param dst the destination (and first source) register
     * @param src the memory operand
     */
    public void minsd(Xmm dst, Memory src) {
        encoder.regMem(InstructionEncoder.MF2, 0x0F5D, dst.encoding(), src, 0);
    }

    /**
     * Emits {@code maxss dst, src}: maximum of the low singles (the source if either is NaN).
     *
     * @param dst the destination (and first source) register
     * @param src the source register
     */
    public void maxss(Xmm dst, Xmm src) {
        encoder.regReg(InstructionEncoder.MF3, 0x0F5F, dst.encoding(), src.encoding());
    }

    /**
     * Emits {@code maxss dst, [src]}: maximum of the low singles (the source if either is NaN).
     *
     * @param dst the destination (and first source) register
     * @param src the memory operand
     */
    public void maxss(Xmm dst, Memory src) {
        encoder.regMem(InstructionEncoder.MF3, 0x0F5F, dst.encoding(), src, 0);
    }

    /**
     * Emits {@code maxsd dst, src}: maximum of the low doubles (the source if either is NaN).
     *
     * @param dst the destination (and first source) register
     * @param src the source register
     */
    public void maxsd(Xmm dst, Xmm src) {
        encoder.regReg(InstructionEncoder.MF2, 0x0F5F, dst.encoding(), src.encoding());
    }

    /**
     * Emits {@code maxsd dst, [src]}: maximum of the low doubles (the source if either is NaN).
     *
     * @param dst the destination (and first source) register
     * @param src the memory operand
     */
    public void maxsd(Xmm dst, Memory src) {
        encoder.regMem(InstructionEncoder.MF2, 0x0F5F, dst.encoding(), src, 0);
    }

    /**
     * Emits {@code ucomiss dst, src}: unordered compare of the low singles into ZF, PF, CF.
     *
     * @param dst the destination (and first source) register
     * @param src the source register
     */
    public void ucomiss(Xmm dst, Xmm src) {
        encoder.regReg(0, 0x0F2E, dst.encoding(), src.encoding());
    }

    /**
     * Emits {@code ucomiss dst, [src]}: unordered compare of the low singles into ZF, PF, CF.
     *
     * @param dst the destination (and first source) register
     * @param src the memory operand
     */
    public void ucomiss(Xmm dst, Memory src) {
        encoder.regMem(0, 0x0F2E, dst.encoding(), src, 0);
    }

    /**
     * Emits {@code ucomisd dst, src}: unordered compare of the low doubles into ZF, PF, CF.
     *
     * @param dst the destination (and first source) register
     * @param src the source register
     */
    public void ucomisd(Xmm dst, Xmm src) {
        encoder.regReg(InstructionEncoder.M66, 0x0F2E, dst.encoding(), src.encoding());
    }

    /**
     * Emits {@code ucomisd dst, [src]}: unordered compare of the low doubles into ZF, PF, CF.
     *
     * @param dst the destination (and first source) register
     * @param src the memory operand
     */
    public void ucomisd(Xmm dst, Memory src) {
        encoder.regMem(InstructionEncoder.M66, 0x0F2E, dst.encoding(), src, 0);
    }

    /**
     * Emits {@code comiss dst, src}: ordered compare of the low singles into ZF, PF, CF (QNaN raises invalid).
     *
     * @param dst the destination (and first source) register
     * @param src the source register
     */
    public void comiss(Xmm dst, Xmm src) {
        encoder.regReg(0, 0x0F2F, dst.encoding(), src.encoding());
    }

    /**
     * Emits {@code comiss dst, [src]}: ordered compare of the low singles into ZF, PF, CF (QNaN raises invalid).
     *
     * @param dst the destination (and first source) register
     * @param src the memory operand
     */
    public void comiss(Xmm dst, Memory src) {
        encoder.regMem(0, 0x0F2F, dst.encoding(), src, 0);
    }

    /**
     * Emits {@code comisd dst, src}: ordered compare of the low doubles into ZF, PF, CF (QNaN raises invalid).
     *
     * @param dst the destination (and first source) register
     * @param src the source register
     */
    public void comisd(Xmm dst, Xmm src) {
        encoder.regReg(InstructionEncoder.M66, 0x0F2F, dst.encoding(), src.encoding());
    }

    /**
     * Emits {@code comisd dst, [src]}: ordered compare of the low doubles into ZF, PF, CF (QNaN raises invalid).
     *
     * @param dst the destination (and first source) register
     * @param src the memory operand
     */
    public void comisd(Xmm dst, Memory src) {
        encoder.regMem(InstructionEncoder.M66, 0x0F2F, dst.encoding(), src, 0);
    }

    /**
     * Emits {@code cvtss2sd dst, src}: converts the low single to double.
     *
     * @param dst the destination (and first source) register
     * @param src the source register
     */
    public void cvtss2sd(Xmm dst, Xmm src) {
        encoder.regReg(InstructionEncoder.MF3, 0x0F5A, dst.encoding(), src.encoding());
    }

    /**
     * Emits {@code cvtss2sd dst, [src]}: converts the low single to double.
     *
     * @param dst the destination (and first source) register
     * @param src the memory operand
     */
    public void cvtss2sd(Xmm dst, Memory src) {
        encoder.regMem(InstructionEncoder.MF3, 0x0F5A, dst.encoding(), src, 0);
    }

    /**
     * Emits {@code cvtsd2ss dst, src}: converts the low double to single.
     *
     * @param dst the destination (and first source) register
     * @param src the source register
     */
    public void cvtsd2ss(Xmm dst, Xmm src) {
        encoder.regReg(InstructionEncoder.MF2, 0x0F5A, dst.encoding(), src.encoding());
    }

    /**
     * Emits {@code cvtsd2ss dst, [src]}: converts the low double to single.
     *
     * @param dst the destination (and first source) register
     * @param src the memory operand
     */
    public void cvtsd2ss(Xmm dst, Memory src) {
        encoder.regMem(InstructionEncoder.MF2, 0x0F5A, dst.encoding(), src, 0);
    }

    /**
     * Emits {@code xorps dst, src}: bitwise xor of 128 bits.
     *
     * @param dst the destination (and first source) register
     * @param src the source register
     */
    public void xorps(Xmm dst, Xmm src) {
        encoder.regReg(0, 0x0F57, dst.encoding(), src.encoding());
    }

    /**
     * Emits {@code xorps dst, [src]}: bitwise xor of 128 bits (a 128-bit memory operand must be 16-byte aligned).
     *
     * @param dst the destination (and first source) register
     * @param src the memory operand
     */
    public void xorps(Xmm dst, Memory src) {
        encoder.regMem(0, 0x0F57, dst.encoding(), src, 0);
    }

    /**
     * Emits {@code xorpd dst, src}: bitwise xor of 128 bits.
     *
     * @param dst the destination (and first source) register
     * @param src the source register
     */
    public void xorpd(Xmm dst, Xmm src) {
        encoder.regReg(InstructionEncoder.M66, 0x0F57, dst.encoding(), src.encoding());
    }

    /**
     * Emits {@code xorpd dst, [src]}: bitwise xor of 128 bits (a 128-bit memory operand must be 16-byte aligned).
     *
     * @param dst the destination (and first source) register
     * @param src the memory operand
     */
    public void xorpd(Xmm dst, Memory src) {
        encoder.regMem(InstructionEncoder.M66, 0x0F57, dst.encoding(), src, 0);
    }

    /**
     * Emits {@code andps dst, src}: bitwise and of 128 bits.
     *
     * @param dst the destination (and first source) register
     * @param src the source register
     */
    public void andps(Xmm dst, Xmm src) {
        encoder.regReg(0, 0x0F54, dst.encoding(), src.encoding());
    }

    /**
     * Emits {@code andps dst, [src]}: bitwise and of 128 bits (a 128-bit memory operand must be 16-byte aligned).
     *
     * @param dst the destination (and first source) register
     * @param src the memory operand
     */
    public void andps(Xmm dst, Memory src) {
        encoder.regMem(0, 0x0F54, dst.encoding(), src, 0);
    }

    /**
     * Emits {@code andpd dst, src}: bitwise and of 128 bits.
     *
     * @param dst the destination (and first source) register
     * @param src the source register
     */
    public void andpd(Xmm dst, Xmm src) {
        encoder.regReg(InstructionEncoder.M66, 0x0F54, dst.encoding(), src.encoding());
    }

    /**
     * Emits {@code andpd dst, [src]}: bitwise and of 128 bits (a 128-bit memory operand must be 16-byte aligned).
     *
     * @param dst the destination (and first source) register
     * @param src the memory operand
     */
    public void andpd(Xmm dst, Memory src) {
        encoder.regMem(InstructionEncoder.M66, 0x0F54, dst.encoding(), src, 0);
    }

    /**
     * Emits {@code andnps dst, src}: bitwise and of the complement of the destination with the source.
     *
     * @param dst the destination (and first source) register
     * @param src the source register
     */
    public void andnps(Xmm dst, Xmm src) {
        encoder.regReg(0, 0x0F55, dst.encoding(), src.encoding());
    }

    /**
     * Emits {@code andnps dst, [src]}: bitwise and of the complement of the destination with the source (a 128-bit memory operand must be 16-byte aligned).
     *
     * @param dst the destination (and first source) register
     * @param src the memory operand
     */
    public void andnps(Xmm dst, Memory src) {
        encoder.regMem(0, 0x0F55, dst.encoding(), src, 0);
    }

    /**
     * Emits {@code andnpd dst, src}: bitwise and of the complement of the destination with the source.
     *
     * @param dst the destination (and first source) register
     * @param src the source register
     */
    public void andnpd(Xmm dst, Xmm src) {
        encoder.regReg(InstructionEncoder.M66, 0x0F55, dst.encoding(), src.encoding());
    }

    /**
     * Emits {@code andnpd dst, [src]}: bitwise and of the complement of the destination with the source (a 128-bit memory operand must be 16-byte aligned).
     *
     * @param dst the destination (and first source) register
     * @param src the memory operand
     */
    public void andnpd(Xmm dst, Memory src) {
        encoder.regMem(InstructionEncoder.M66, 0x0F55, dst.encoding(), src, 0);
    }

    /**
     * Emits {@code orps dst, src}: bitwise or of 128 bits.
     *
     * @param dst the destination (and first source) register
     * @param src the source register
     */
    public void orps(Xmm dst, Xmm src) {
        encoder.regReg(0, 0x0F56, dst.encoding(), src.encoding());
    }

    /**
     * Emits {@code orps dst, [src]}: bitwise or of 128 bits (a 128-bit memory operand must be 16-byte aligned).
     *
     * @param dst the destination (and first source) register
     * @param src the memory operand
     */
    public void orps(Xmm dst, Memory src) {
        encoder.regMem(0, 0x0F56, dst.encoding(), src, 0);
    }

    /**
     * Emits {@code orpd dst, src}: bitwise or of 128 bits.
     *
     * @param dst the destination (and first source) register
     * @param src the source register
     */
    public void orpd(Xmm dst, Xmm src) {
        encoder.regReg(InstructionEncoder.M66, 0x0F56, dst.encoding(), src.encoding());
    }

    /**
     * Emits {@code orpd dst, [src]}: bitwise or of 128 bits (a 128-bit memory operand must be 16-byte aligned).
     *
     * @param dst the destination (and first source) register
     * @param src the memory operand
     */
    public void orpd(Xmm dst, Memory src) {
        encoder.regMem(InstructionEncoder.M66, 0x0F56, dst.encoding(), src, 0);
    }
}
