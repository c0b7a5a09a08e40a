package org.keelvm.jit.asm;

/**
 * The eight classic two-operand integer ALU instructions (add, or, adc, sbb, and, sub, xor,
 * cmp), each in its register, memory and immediate forms.
 *
 * <p>The instructions share one opcode layout: operation {@code n} (0..7) uses opcodes
 * {@code n*8 + 0..5} for the register/memory forms and accumulator short forms, and ModRM
 * extension {@code /n} of 0x80/0x81/0x83 for the immediate forms. Register-register forms use
 * the "r/m, reg" opcode, as GNU as does.
 */
abstract class AluAssembler extends AssemblerCore {

    AluAssembler() {
    }

    /**
     * Emits {@code add dst, src} with register operands: {@code dst += src}.
     *
     * @param size the operand size
     * @param dst the destination register
     * @param src the source register
     */
    public void add(OperandSize size, Register dst, Register src) {
        aluRegReg(0, size, dst, src);
    }

    /**
     * Emits {@code add dst, [src]}: {@code dst += src}.
     *
     * @param size the operand size
     * @param dst the destination register
     * @param src the source memory operand
     */
    public void add(OperandSize size, Register dst, Memory src) {
        encoder.regMem(flags(size) | byteReg(size), sized(size, 0 << 3 | 2), dst.encoding(), src, 0);
    }

    /**
     * Emits {@code add [dst], src}: {@code dst += src}.
     *
     * @param size the operand size
     * @param dst the destination memory operand
     * @param src the source register
     */
    public void add(OperandSize size, Memory dst, Register src) {
        encoder.regMem(flags(size) | byteReg(size), sized(size, 0 << 3), src.encoding(), dst, 0);
    }

    /**
     * Emits {@code add dst, imm}: {@code dst += src}. Uses the sign-extended imm8 form when the value
     * fits, else the accumulator short form for RAX, else the full immediate.
     *
     * @param size the operand size
     * @param dst the destination register
     * @param imm the immediate; must fit {@code size} (QWORD: sign-extended imm32)
     */
    public void add(OperandSize size, Register dst, int imm) {
        aluRegImm(0, size, dst, imm);
    }

    /**
     * Emits {@code add [dst], imm}: {@code dst += src}, with the sign-extended imm8 form when it fits.
     *
     * @param size the operand size
     * @param dst the destination memory operand
     * @param imm the immediate; must fit {@code size} (QWORD: sign-extended imm32)
     */
    public void add(OperandSize size, Memory dst, int imm) {
        aluMemImm(0, size, dst, imm);
    }

    /**
     * Emits {@code or dst, src} with register operands: {@code dst |= src}.
     *
     * @param size the operand size
     * @param dst the destination register
     * @param src the source register
     */
    public void or(OperandSize size, Register dst, Register src) {
        aluRegReg(1, size, dst, src);
    }

    /**
     * Emits {@code or dst, [src]}: {@code dst |= src}.
     *
     * @param size the operand size
     * @param dst the destination register
     * @param src the source memory operand
     */
    public void or(OperandSize size, Register dst, Memory src) {
        encoder.regMem(flags(size) | byteReg(size), sized(size, 1 << 3 | 2), dst.encoding(), src, 0);
    }

    /**
     * Emits {@code or [dst], src}: {@code dst |= src}.
     *
     * @param size the operand size
     * @param dst the destination memory operand
     * @param src the source register
     */
    public void or(OperandSize size, Memory dst, Register src) {
        encoder.regMem(flags(size) | byteReg(size), sized(size, 1 << 3), src.encoding(), dst, 0);
    }

    /**
     * Emits {@code or dst, imm}: {@code dst |= src}. Uses the sign-extended imm8 form when the value
     * fits, else the accumulator short form for RAX, else the full immediate.
     *
     * @param size the operand size
     * @param dst the destination register
     * @param imm the immediate; must fit {@code size} (QWORD: sign-extended imm32)
     */
    public void or(OperandSize size, Register dst, int imm) {
        aluRegImm(1, size, dst, imm);
    }

    /**
     * Emits {@code or [dst], imm}: {@code dst |= src}, with the sign-extended imm8 form when it fits.
     *
     * @param size the operand size
     * @param dst the destination memory operand
     * @param imm the immediate; must fit {@code size} (QWORD: sign-extended imm32)
     */
    public void or(OperandSize size, Memory dst, int imm) {
        aluMemImm(1, size, dst, imm);
    }

    /**
     * Emits {@code adc dst, src} with register operands: {@code dst += src + CF}.
     *
     * @param size the operand size
     * @param dst the destination register
     * @param src the source register
     */
    public void adc(OperandSize size, Register dst, Register src) {
        aluRegReg(2, size, dst, src);
    }

    /**
     * Emits {@code adc dst, [src]}: {@code dst += src + CF}.
     *
     * @param size the operand size
     * @param dst the destination register
     * @param src the source memory operand
     */
    public void adc(OperandSize size, Register dst, Memory src) {
        encoder.regMem(flags(size) | byteReg(size), sized(size, 2 << 3 | 2), dst.encoding(), src, 0);
    }

    /**
     * Emits {@code adc [dst], src}: {@code dst += src + CF}.
     *
     * @param size the operand size
     * @param dst the destination memory operand
     * @param src the source register
     */
    public void adc(OperandSize size, Memory dst, Register src) {
        encoder.regMem(flags(size) | byteReg(size), sized(size, 2 << 3), src.encoding(), dst, 0);
    }

    /**
     * Emits {@code adc dst, imm}: {@code dst += src + CF}. Uses the sign-extended imm8 form when the value
     * fits, else the accumulator short form for RAX, else the full immediate.
     *
     * @param size the operand size
     * @param dst the destination register
     * @param imm the immediate; must fit {@code size} (QWORD: sign-extended imm32)
     */
    public void adc(OperandSize size, Register dst, int imm) {
        aluRegImm(2, size, dst, imm);
    }

    /**
     * Emits {@code adc [dst], imm}: {@code dst += src + CF}, with the sign-extended imm8 form when it fits.
     *
     * @param size the operand size
     * @param dst the destination memory operand
     * @param imm the immediate; must fit {@code size} (QWORD: sign-extended imm32)
     */
    public void adc(OperandSize size, Memory dst, int imm) {
        aluMemImm(2, size, dst, imm);
    }

    /**
     * Emits {@code sbb dst, src} with register operands: {@code dst -= src + CF}.
     *
     * @param size the operand size
     * @param dst the destination register
     * @param src the source register
     */
    public void sbb(OperandSize size, Register dst, Register src) {
        aluRegReg(3, size, dst, src);
    }

    /**
     * Emits {@code sbb dst, [src]}: {@code dst -= src + CF}.
     *
     * @param size the operand size
     * @param dst the destination register
     * @param src the source memory operand
     */
    public void sbb(OperandSize size, Register dst, Memory src) {
        encoder.regMem(flags(size) | byteReg(size), sized(size, 3 << 3 | 2), dst.encoding(), src, 0);
    }

    /**
     * Emits {@code sbb [dst], src}: {@code dst -= src + CF}.
     *
     * @param size the operand size
     * @param dst the destination memory operand
     * @param src the source register
     */
    public void sbb(OperandSize size, Memory dst, Register src) {
        encoder.regMem(flags(size) | byteReg(size), sized(size, 3 << 3), src.encoding(), dst, 0);
    }

    /**
     * Emits {@code sbb dst, imm}: {@code dst -= src + CF}. Uses the sign-extended imm8 form when the value
     * fits, else the accumulator short form for RAX, else the full immediate.
     *
     * @param size the operand size
     * @param dst the destination register
     * @param imm the immediate; must fit {@code size} (QWORD: sign-extended imm32)
     */
    public void sbb(OperandSize size, Register dst, int imm) {
        aluRegImm(3, size, dst, imm);
    }

    /**
     * Emits {@code sbb [dst], imm}: {@code dst -= src + CF}, with the sign-extended imm8 form when it fits.
     *
     * @param size the operand size
     * @param dst the destination memory operand
     * @param imm the immediate; must fit {@code size} (QWORD: sign-extended imm32)
     */
    public void sbb(OperandSize size, Memory dst, int imm) {
        aluMemImm(3, size, dst, imm);
    }

    /**
     * Emits {@code and dst, src} with register operands: {@code dst &= src}.
     *
     * @param size the operand size
     * @param dst the destination register
     * @param src the source register
     */
    public void and(OperandSize size, Register dst, Register src) {
        aluRegReg(4, size, dst, src);
    }

    /**
     * Emits {@code and dst, [src]}: {@code dst &= src}.
     *
     * @param size the operand size
     * @param dst the destination register
     * @param src the source memory operand
     */
    public void and(OperandSize size, Register dst, Memory src) {
        encoder.regMem(flags(size) | byteReg(size), sized(size, 4 << 3 | 2), dst.encoding(), src, 0);
    }

    /**
     * Emits {@code and [dst], src}: {@code dst &= src}.
     *
     * @param size the operand size
     * @param dst the destination memory operand
     * @param src the source register
     */
    public void and(OperandSize size, Memory dst, Register src) {
        encoder.regMem(flags(size) | byteReg(size), sized(size, 4 << 3), src.encoding(), dst, 0);
    }

    /**
     * Emits {@code and dst, imm}: {@code dst &= src}. Uses the sign-extended imm8 form when the value
     * fits, else the accumulator short form for RAX, else the full immediate.
     *
     * @param size the operand size
     * @param dst the destination register
     * @param imm the immediate; must fit {@code size} (QWORD: sign-extended imm32)
     */
    public void and(OperandSize size, Register dst, int imm) {
        aluRegImm(4, size, dst, imm);
    }

    /**
     * Emits {@code and [dst], imm}: {@code dst &= src}, with the sign-extended imm8 form when it fits.
     *
     * @param size the operand size
     * @param dst the destination memory operand
     * @param imm the immediate; must fit {@code size} (QWORD: sign-extended imm32)
     */
    public void and(OperandSize size, Memory dst, int imm) {
        aluMemImm(4, size, dst, imm);
    }

    /**
     * Emits {@code sub dst, src} with register operands: {@code dst -= src}.
     *
     * @param size the operand size
     * @param dst the destination register
     * @param src the source register
     */
    public void sub(OperandSize size, Register dst, Register src) {
        aluRegReg(5, size, dst, src);
    }

    /**
     * Emits {@code sub dst, [src]}: {@code dst -= src}.
     *
     * @param size the operand size
     * @param dst the destination register
     * @param src the source memory operand
     */
    public void sub(OperandSize size, Register dst, Memory src) {
        encoder.regMem(flags(size) | byteReg(size), sized(size, 5 << 3 | 2), dst.encoding(), src, 0);
    }

    /**
     * Emits {@code sub [dst], src}: {@code dst -= src}.
     *
     * @param size the operand size
     * @param dst the destination memory operand
     * @param src the source register
     */
    public void sub(OperandSize size, Memory dst, Register src) {
        encoder.regMem(flags(size) | byteReg(size), sized(size, 5 << 3), src.encoding(), dst, 0);
    }

    /**
     * Emits {@code sub dst, imm}: {@code dst -= src}. Uses the sign-extended imm8 form when the value
     * fits, else the accumulator short form for RAX, else the full immediate.
     *
     * @param size the operand size
     * @param dst the destination register
     * @param imm the immediate; must fit {@code size} (QWORD: sign-extended imm32)
     */
    public void sub(OperandSize size, Register dst, int imm) {
        aluRegImm(5, size, dst, imm);
    }

    /**
     * Emits {@code sub [dst], imm}: {@code dst -= src}, with the sign-extended imm8 form when it fits.
     *
     * @param size the operand size
     * @param dst the destination memory operand
     * @param imm the immediate; must fit {@code size} (QWORD: sign-extended imm32)
     */
    public void sub(OperandSize size, Memory dst, int imm) {
        aluMemImm(5, size, dst, imm);
    }

    /**
     * Emits {@code xor dst, src} with register operands: {@code dst ^= src}.
     *
     * @param size the operand size
     * @param dst the destination register
     * @param src the source register
     */
    public void xor(OperandSize size, Register dst, Register src) {
        aluRegReg(6, size, dst, src);
    }

    /**
     * Emits {@code xor dst, [src]}: {@code dst ^= src}.
     *
     * @param size the operand size
     * @param dst the destination register
     * @param src the source memory operand
     */
    public void xor(OperandSize size, Register dst, Memory src) {
        encoder.regMem(flags(size) | byteReg(size), sized(size, 6 << 3 | 2), dst.encoding(), src, 0);
    }

    /**
     * Emits {@code xor [dst], src}: {@code dst ^= src}.
     *
     * @param size the operand size
     * @param dst the destination memory operand
     * @param src the source register
     */
    public void xor(OperandSize size, Memory dst, Register src) {
        encoder.regMem(flags(size) | byteReg(size), sized(size, 6 << 3), src.encoding(), dst, 0);
    }

    /**
     * Emits {@code xor dst, imm}: {@code dst ^= src}. Uses the sign-extended imm8 form when the value
     * fits, else the accumulator short form for RAX, else the full immediate.
     *
     * @param size the operand size
     * @param dst the destination register
     * @param imm the immediate; must fit {@code size} (QWORD: sign-extended imm32)
     */
    public void xor(OperandSize size, Register dst, int imm) {
        aluRegImm(6, size, dst, imm);
    }

    /**
     * Emits {@code xor [dst], imm}: {@code dst ^= src}, with the sign-extended imm8 form when it fits.
     *
     * @param size the operand size
     * @param dst the destination memory operand
     * @param imm the immediate; must fit {@code size} (QWORD: sign-extended imm32)
     */
    public void xor(OperandSize size, Memory dst, int imm) {
        aluMemImm(6, size, dst, imm);
    }

    /**
     * Emits {@code cmp dst, src} with register operands: flags of {@code dst - src}.
     *
     * @param size the operand size
     * @param dst the destination register
     * @param src the source register
     */
    public void cmp(OperandSize size, Register dst, Register src) {
        aluRegReg(7, size, dst, src);
    }

    /**
     * Emits {@code cmp dst, [src]}: flags of {@code dst - src}.
     *
     * @param size the operand size
     * @param dst the destination register
     * @param src the source memory operand
     */
    public void cmp(OperandSize size, Register dst, Memory src) {
        encoder.regMem(flags(size) | byteReg(size), sized(size, 7 << 3 | 2), dst.encoding(), src, 0);
    }

    /**
     * Emits {@code cmp [dst], src}: flags of {@code dst - src}.
     *
     * @param size the operand size
     * @param dst the destination memory operand
     * @param src the source register
     */
    public void cmp(OperandSize size, Memory dst, Register src) {
        encoder.regMem(flags(size) | byteReg(size), sized(size, 7 << 3), src.encoding(), dst, 0);
    }

    /**
     * Emits {@code cmp dst, imm}: flags of {@code dst - src}. Uses the sign-extended imm8 form when the value
     * fits, else the accumulator short form for RAX, else the full immediate.
     *
     * @param size the operand size
     * @param dst the destination register
     * @param imm the immediate; must fit {@code size} (QWORD: sign-extended imm32)
     */
    public void cmp(OperandSize size, Register dst, int imm) {
        aluRegImm(7, size, dst, imm);
    }

    /**
     * Emits {@code cmp [dst], imm}: flags of {@code dst - src}, with the sign-extended imm8 form when it fits.
     *
     * @param size the operand size
     * @param dst the destination memory operand
     * @param imm the immediate; must fit {@code size} (QWORD: sign-extended imm32)
     */
    public void cmp(OperandSize size, Memory dst, int imm) {
        aluMemImm(7, size, dst, imm);
    }

    private void aluRegReg(int n, OperandSize size, Register dst, Register src) {
        encoder.regReg(registerFlags(size), sized(size, n << 3), src.encoding(), dst.encoding());
    }

    private void aluRegImm(int n, OperandSize size, Register dst, int imm) {
        long value = immediate(size, imm);
        if (size != OperandSize.BYTE && InstructionEncoder.isByte(value)) {
            encoder.regReg(flags(size), 0x83, n, dst.encoding());
            encoder.immediate(value, 1);
        } else if (dst == Register.RAX) {
            // The accumulator form saves the ModRM byte, so GNU as prefers it here.
            encoder.op(flags(size), sized(size, n << 3 | 4));
            encoder.immediate(value, immediateBytes(size));
        } else {
            encoder.regReg(flags(size) | byteRm(size), sized(size, 0x80), n, dst.encoding());
            encoder.immediate(value, immediateBytes(size));
        }
    }

    private void aluMemImm(int n, OperandSize size, Memory dst, int imm) {
        long value = immediate(size, imm);
        if (size != OperandSize.BYTE && InstructionEncoder.isByte(value)) {
            encoder.regMem(flags(size), 0x83, n, dst, 1);
            encoder.immediate(value, 1);
        } else {
            int bytes = immediateBytes(size);
            encoder.regMem(flags(size), sized(size, 0x80), n, dst, bytes);
            encoder.immediate(value, bytes);
        }
    }
}
