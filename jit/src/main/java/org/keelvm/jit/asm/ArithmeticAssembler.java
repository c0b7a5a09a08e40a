package org.keelvm.jit.asm;

/**
 * Integer arithmetic beyond the two-operand ALU group: the one-operand group (inc, dec, not,
 * neg, mul, imul, div, idiv), the multi-operand imul forms, shifts and rotates, flag
 * materialisation (setcc, cmov), accumulator sign extension, byte swap and bit scans.
 */
abstract class ArithmeticAssembler extends MoveAssembler {

    ArithmeticAssembler() {
    }

    /**
     * Emits {@code inc r}: adds one to the operand (CF unchanged).
     *
     * @param size the operand size
     * @param r the register operand
     */
    public void inc(OperandSize size, Register r) {
        encoder.regReg(flags(size) | byteRm(size), sized(size, 0xFE), 0, r.encoding());
    }

    /**
     * Emits {@code inc [m]}: adds one to the operand (CF unchanged).
     *
     * @param size the operand size
     * @param m the memory operand
     */
    public void inc(OperandSize size, Memory m) {
        encoder.regMem(flags(size), sized(size, 0xFE), 0, m, 0);
    }

    /**
     * Emits {@code dec r}: subtracts one from the operand (CF unchanged).
     *
     * @param size the operand size
     * @param r the register operand
     */
    public void dec(OperandSize size, Register r) {
        encoder.regReg(flags(size) | byteRm(size), sized(size, 0xFE), 1, r.encoding());
    }

    /**
     * Emits {@code dec [m]}: subtracts one from the operand (CF unchanged).
     *
     * @param size the operand size
     * @param m the memory operand
     */
    public void dec(OperandSize size, Memory m) {
        encoder.regMem(flags(size), sized(size, 0xFE), 1, m, 0);
    }

    /**
     * Emits {@code not r}: complements every bit of the operand.
     *
     * @param size the operand size
     * @param r the register operand
     */
    public void not(OperandSize size, Register r) {
        encoder.regReg(flags(size) | byteRm(size), sized(size, 0xF6), 2, r.encoding());
    }

    /**
     * Emits {@code not [m]}: complements every bit of the operand.
     *
     * @param size the operand size
     * @param m the memory operand
     */
    public void not(OperandSize size, Memory m) {
        encoder.regMem(flags(size), sized(size, 0xF6), 2, m, 0);
    }

    /**
     * Emits {@code neg r}: negates the operand (two's complement).
     *
     * @param size the operand size
     * @param r the register operand
     */
    public void neg(OperandSize size, Register r) {
        encoder.regReg(flags(size) | byteRm(size), sized(size, 0xF6), 3, r.encoding());
    }

    /**
     * Emits {@code neg [m]}: negates the operand (two's complement).
     *
     * @param size the operand size
     * @param m the memory operand
     */
    public void neg(OperandSize size, Memory m) {
        encoder.regMem(flags(size), sized(size, 0xF6), 3, m, 0);
    }

    /**
     * Emits {@code mul r}: unsigned multiply of the accumulator by the operand into RDX:RAX (AX for bytes).
     *
     * @param size the operand size
     * @param r the register operand
     */
    public void mul(OperandSize size, Register r) {
        encoder.regReg(flags(size) | byteRm(size), sized(size, 0xF6), 4, r.encoding());
    }

    /**
     * Emits {@code mul [m]}: unsigned multiply of the accumulator by the operand into RDX:RAX (AX for bytes).
     *
     * @param size the operand size
     * @param m the memory operand
     */
    public void mul(OperandSize size, Memory m) {
        encoder.regMem(flags(size), sized(size, 0xF6), 4, m, 0);
    }

    /**
     * Emits {@code imul r}: signed multiply of the accumulator by the operand into RDX:RAX (AX for bytes).
     *
     * @param size the operand size
     * @param r the register operand
     */
    public void imul(OperandSize size, Register r) {
        encoder.regReg(flags(size) | byteRm(size), sized(size, 0xF6), 5, r.encoding());
    }

    /**
     * Emits {@code imul [m]}: signed multiply of the accumulator by the operand into RDX:RAX (AX for bytes).
     *
     * @param size the operand size
     * @param m the memory operand
     */
    public void imul(OperandSize size, Memory m) {
        encoder.regMem(flags(size), sized(size, 0xF6), 5, m, 0);
    }

    /**
     * Emits {@code div r}: unsigned divide of RDX:RAX (AX for bytes) by the operand.
     *
     * @param size the operand size
     * @param r the register operand
     */
    public void div(OperandSize size, Register r) {
        encoder.regReg(flags(size) | byteRm(size), sized(size, 0xF6), 6, r.encoding());
    }

    /**
     * Emits {@code div [m]}: unsigned divide of RDX:RAX (AX for bytes) by the operand.
     *
     * @param size the operand size
     * @param m the memory operand
     */
    public void div(OperandSize size, Memory m) {
        encoder.regMem(flags(size), sized(size, 0xF6), 6, m, 0);
    }

    /**
     * Emits {@code idiv r}: signed divide of RDX:RAX (AX for bytes) by the operand.
     *
     * @param size the operand size
     * @param r the register operand
     */
    public void idiv(OperandSize size, Register r) {
        encoder.regReg(flags(size) | byteRm(size), sized(size, 0xF6), 7, r.encoding());
    }

    /**
     * Emits {@code idiv [m]}: signed divide of RDX:RAX (AX for bytes) by the operand.
     *
     * @param size the operand size
     * @param m the memory operand
     */
    public void idiv(OperandSize size, Memory m) {
        encoder.regMem(flags(size), sized(size, 0xF6), 7, m, 0);
    }

    /**
     * Emits {@code imul dst, src}: {@code dst *= src}, keeping the low half.
     *
     * @param size WORD, DWORD or QWORD
     * @param dst the destination register
     * @param src the source register
     */
    public void imul(OperandSize size, Register dst, Register src) {
        requireNotByte(size, "imul");
        encoder.regReg(flags(size), 0x0FAF, dst.encoding(), src.encoding());
    }

    /**
     * Emits {@code imul dst, [src]}: {@code dst *= [src]}, keeping the low half.
     *
     * @param size WORD, DWORD or QWORD
     * @param dst the destination register
     * @param src the memory operand
     */
    public void imul(OperandSize size, Register dst, Memory src) {
        requireNotByte(size, "imul");
        encoder.regMem(flags(size), 0x0FAF, dst.encoding(), src, 0);
    }

    /**
     * Emits {@code imul dst, src, imm}: {@code dst = src * imm}, with an imm8 when it fits.
     *
     * @param size WORD, DWORD or QWORD
     * @param dst the destination register
     * @param src the source register
     * @param imm the multiplier; must fit {@code size} (QWORD: sign-extended imm32)
     */
    public void imul(OperandSize size, Register dst, Register src, int imm) {
        requireNotByte(size, "imul");
        long value = immediate(size, imm);
        int bytes = InstructionEncoder.isByte(value) ? 1 : immediateBytes(size);
        encoder.regReg(flags(size), bytes == 1 ? 0x6B : 0x69, dst.encoding(), src.encoding());
        encoder.immediate(value, bytes);
    }

    /**
     * Emits {@code imul dst, [src], imm}: {@code dst = [src] * imm}, with an imm8 when it fits.
     *
     * @param size WORD, DWORD or QWORD
     * @param dst the destination register
     * @param src the memory operand
     * @param imm the multiplier; must fit {@code size} (QWORD: sign-extended imm32)
     */
    public void imul(OperandSize size, Register dst, Memory src, int imm) {
        requireNotByte(size, "imul");
        long value = immediate(size, imm);
        int bytes = InstructionEncoder.isByte(value) ? 1 : immediateBytes(size);
        encoder.regMem(flags(size), bytes == 1 ? 0x6B : 0x69, dst.encoding(), src, bytes);
        encoder.immediate(value, bytes);
    }

    /**
     * Emits {@code shl r, count}: shifts left, filling with zeros; a count of 1 uses the short D0/D1 form.
     *
     * @param size the operand size
     * @param r the register operand
     * @param count the shift count, 0..255 (the CPU masks it to 5 or 6 bits)
     */
    public void shl(OperandSize size, Register r, int count) {
        shiftRegister(4, size, r, count);
    }

    /**
     * Emits {@code shl [m], count}: shifts left, filling with zeros; a count of 1 uses the short D0/D1 form.
     *
     * @param size the operand size
     * @param m the memory operand
     * @param count the shift count, 0..255 (the CPU masks it to 5 or 6 bits)
     */
    public void shl(OperandSize size, Memory m, int count) {
        shiftMemory(4, size, m, count);
    }

    /**
     * Emits {@code shl r, cl}: shifts left, filling with zeros by the count in CL.
     *
     * @param size the operand size
     * @param r the register operand
     */
    public void shlCl(OperandSize size, Register r) {
        encoder.regReg(flags(size) | byteRm(size), sized(size, 0xD2), 4, r.encoding());
    }

    /**
     * Emits {@code shl [m], cl}: shifts left, filling with zeros by the count in CL.
     *
     * @param size the operand size
     * @param m the memory operand
     */
    public void shlCl(OperandSize size, Memory m) {
        encoder.regMem(flags(size), sized(size, 0xD2), 4, m, 0);
    }

    /**
     * Emits {@code shr r, count}: shifts right, filling with zeros; a count of 1 uses the short D0/D1 form.
     *
     * @param size the operand size
     * @param r the register operand
     * @param count the shift count, 0..255 (the CPU masks it to 5 or 6 bits)
     */
    public void shr(OperandSize size, Register r, int count) {
        shiftRegister(5, size, r, count);
    }

    /**
     * Emits {@code shr [m], count}: shifts right, filling with zeros; a count of 1 uses the short D0/D1 form.
     *
     * @param size the operand size
     * @param m the memory operand
     * @param count the shift count, 0..255 (the CPU masks it to 5 or 6 bits)
     */
    public void shr(OperandSize size, Memory m, int count) {
        shiftMemory(5, size, m, count);
    }

    /**
     * Emits {@code shr r, cl}: shifts right, filling with zeros by the count in CL.
     *
     * @param size the operand size
     * @param r the register operand
     */
    public void shrCl(OperandSize size, Register r) {
        encoder.regReg(flags(size) | byteRm(size), sized(size, 0xD2), 5, r.encoding());
    }

    /**
     * Emits {@code shr [m], cl}: shifts right, filling with zeros by the count in CL.
     *
     * @param size the operand size
     * @param m the memory operand
     */
    public void shrCl(OperandSize size, Memory m) {
        encoder.regMem(flags(size), sized(size, 0xD2), 5, m, 0);
    }

    /**
     * Emits {@code sar r, count}: shifts right, filling with the sign bit; a count of 1 uses the short D0/D1 form.
     *
     * @param size the operand size
     * @param r the register operand
     * @param count the shift count, 0..255 (the CPU masks it to 5 or 6 bits)
     */
    public void sar(OperandSize size, Register r, int count) {
        shiftRegister(7, size, r, count);
    }

    /**
     * Emits {@code sar [m], count}: shifts right, filling with the sign bit; a count of 1 uses the short D0/D1 form.
     *
     * @param size the operand size
     * @param m the memory operand
     * @param count the shift count, 0..255 (the CPU masks it to 5 or 6 bits)
     */
    public void sar(OperandSize size, Memory m, int count) {
        shiftMemory(7, size, m, count);
    }

    /**
     * Emits {@code sar r, cl}: shifts right, filling with the sign bit by the count in CL.
     *
     * @param size the operand size
     * @param r the register operand
     */
    public void sarCl(OperandSize size, Register r) {
        encoder.regReg(flags(size) | byteRm(size), sized(size, 0xD2), 7, r.encoding());
    }

    /**
     * Emits {@code sar [m], cl}: shifts right, filling with the sign bit by the count in CL.
     *
     * @param size the operand size
     * @param m the memory operand
     */
    public void sarCl(OperandSize size, Memory m) {
        encoder.regMem(flags(size), sized(size, 0xD2), 7, m, 0);
    }

    /**
     * Emits {@code rol r, count}: rotates left; a count of 1 uses the short D0/D1 form.
     *
     * @param size the operand size
     * @param r the register operand
     * @param count the shift count, 0..255 (the CPU masks it to 5 or 6 bits)
     */
    public void rol(OperandSize size, Register r, int count) {
        shiftRegister(0, size, r, count);
    }

    /**
     * Emits {@code rol [m], count}: rotates left; a count of 1 uses the short D0/D1 form.
     *
     * @param size the operand size
     * @param m the memory operand
     * @param count the shift count, 0..255 (the CPU masks it to 5 or 6 bits)
     */
    public void rol(OperandSize size, Memory m, int count) {
        shiftMemory(0, size, m, count);
    }

    /**
     * Emits {@code rol r, cl}: rotates left by the count in CL.
     *
     * @param size the operand size
     * @param r the register operand
     */
    public void rolCl(OperandSize size, Register r) {
        encoder.regReg(flags(size) | byteRm(size), sized(size, 0xD2), 0, r.encoding());
    }

    /**
     * Emits {@code rol [m], cl}: rotates left by the count in CL.
     *
     * @param size the operand size
     * @param m the memory operand
     */
    public void rolCl(OperandSize size, Memory m) {
        encoder.regMem(flags(size), sized(size, 0xD2), 0, m, 0);
    }

    /**
     * Emits {@code ror r, count}: rotates right; a count of 1 uses the short D0/D1 form.
     *
     * @param size the operand size
     * @param r the register operand
     * @param count the shift count, 0..255 (the CPU masks it to 5 or 6 bits)
     */
    public void ror(OperandSize size, Register r, int count) {
        shiftRegister(1, size, r, count);
    }

    /**
     * Emits {@code ror [m], count}: rotates right; a count of 1 uses the short D0/D1 form.
     *
     * @param size the operand size
     * @param m the memory operand
     * @param count the shift count, 0..255 (the CPU masks it to 5 or 6 bits)
     */
    public void ror(OperandSize size, Memory m, int count) {
        shiftMemory(1, size, m, count);
    }

    /**
     * Emits {@code ror r, cl}: rotates right by the count in CL.
     *
     * @param size the operand size
     * @param r the register operand
     */
    public void rorCl(OperandSize size, Register r) {
        encoder.regReg(flags(size) | byteRm(size), sized(size, 0xD2), 1, r.encoding());
    }

    /**
     * Emits {@code ror [m], cl}: rotates right by the count in CL.
     *
     * @param size the operand size
     * @param m the memory operand
     */
    public void rorCl(OperandSize size, Memory m) {
        encoder.regMem(flags(size), sized(size, 0xD2), 1, m, 0);
    }

    /**
     * Emits {@code setcc r8}: sets the low byte of {@code r} to 1 if {@code condition}
     * holds, else 0; the rest of the register is unchanged.
     *
     * @param condition the condition tested
     * @param r the register whose low byte is written
     */
    public void setcc(Condition condition, Register r) {
        encoder.regReg(InstructionEncoder.RM8, 0x0F90 | condition.encoding(), 0, r.encoding());
    }

    /**
     * Emits {@code cmovcc dst, src}: copies {@code src} if {@code condition} holds. The
     * DWORD form clears the upper half of {@code dst} even when the condition fails.
     *
     * @param condition the condition tested
     * @param size WORD, DWORD or QWORD
     * @param dst the destination register
     * @param src the source register
     */
    public void cmov(Condition condition, OperandSize size, Register dst, Register src) {
        requireNotByte(size, "cmov");
        encoder.regReg(flags(size), 0x0F40 | condition.encoding(), dst.encoding(), src.encoding());
    }

    /**
     * Emits {@code cmovcc dst, [src]}: copies {@code [src]} if {@code condition} holds; the
     * load happens (and may fault) either way.
     *
     * @param condition the condition tested
     * @param size WORD, DWORD or QWORD
     * @param dst the destination register
     * @param src the memory operand
     */
    public void cmov(Condition condition, OperandSize size, Register dst, Memory src) {
        requireNotByte(size, "cmov");
        encoder.regMem(flags(size), 0x0F40 | condition.encoding(), dst.encoding(), src, 0);
    }

    /** Emits {@code cbw}: sign-extends AL into AX. */
    public void cbw() {
        encoder.op(InstructionEncoder.P66, 0x98);
    }

    /** Emits {@code cwde}: sign-extends AX into EAX. */
    public void cwde() {
        encoder.op(0, 0x98);
    }

    /** Emits {@code cdqe}: sign-extends EAX into RAX. */
    public void cdqe() {
        encoder.op(InstructionEncoder.W, 0x98);
    }

    /** Emits {@code cwd}: sign-extends AX into DX:AX. */
    public void cwd() {
        encoder.op(InstructionEncoder.P66, 0x99);
    }

    /** Emits {@code cdq}: sign-extends EAX into EDX:EAX. */
    public void cdq() {
        encoder.op(0, 0x99);
    }

    /** Emits {@code cqo}: sign-extends RAX into RDX:RAX. */
    public void cqo() {
        encoder.op(InstructionEncoder.W, 0x99);
    }

    /**
     * Emits {@code bswap r}: reverses the byte order of the register.
     *
     * @param size DWORD or QWORD
     * @param r the register
     */
    public void bswap(OperandSize size, Register r) {
        requireDwordOrQword(size, "bswap");
        encoder.opReg(flags(size), 0x0FC8, r.encoding());
    }

    /**
     * Emits {@code bsf dst, src}: index of the lowest set bit of {@code src} (undefined destination if zero).
     *
     * @param size WORD, DWORD or QWORD
     * @param dst the destination register
     * @param src the source register
     */
    public void bsf(OperandSize size, Register dst, Register src) {
        requireNotByte(size, "bsf");
        encoder.regReg(flags(size), 0x0FBC, dst.encoding(), src.encoding());
    }

    /**
     * Emits {@code bsr dst, src}: index of the highest set bit of {@code src} (undefined destination if zero).
     *
     * @param size WORD, DWORD or QWORD
     * @param dst the destination register
     * @param src the source register
     */
    public void bsr(OperandSize size, Register dst, Register src) {
        requireNotByte(size, "bsr");
        encoder.regReg(flags(size), 0x0FBD, dst.encoding(), src.encoding());
    }

    /**
     * Emits {@code popcnt dst, src}: number of set bits of {@code src}.
     *
     * @param size WORD, DWORD or QWORD
     * @param dst the destination register
     * @param src the source register
     */
    public void popcnt(OperandSize size, Register dst, Register src) {
        requireNotByte(size, "popcnt");
        encoder.regReg(flags(size) | InstructionEncoder.MF3, 0x0FB8, dst.encoding(), src.encoding());
    }

    /**
     * Emits {@code lzcnt dst, src}: number of leading zero bits of {@code src}; requires LZCNT (ABM), else it executes as bsr.
     *
     * @param size WORD, DWORD or QWORD
     * @param dst the destination register
     * @param src the source register
     */
    public void lzcnt(OperandSize size, Register dst, Register src) {
        requireNotByte(size, "lzcnt");
        encoder.regReg(flags(size) | InstructionEncoder.MF3, 0x0FBD, dst.encoding(), src.encoding());
    }

    /**
     * Emits {@code tzcnt dst, src}: number of trailing zero bits of {@code src}; requires BMI1, else it executes as bsf.
     *
     * @param size WORD, DWORD or QWORD
     * @param dst the destination register
     * @param src the source register
     */
    public void tzcnt(OperandSize size, Register dst, Register src) {
        requireNotByte(size, "tzcnt");
        encoder.regReg(flags(size) | InstructionEncoder.MF3, 0x0FBC, dst.encoding(), src.encoding());
    }

    private void shiftRegister(int extension, OperandSize size, Register r, int count) {
        checkRange(count, 0, 255, "a shift count");
        if (count == 1) {
            encoder.regReg(flags(size) | byteRm(size), sized(size, 0xD0), extension, r.encoding());
        } else {
            encoder.regReg(flags(size) | byteRm(size), sized(size, 0xC0), extension, r.encoding());
            encoder.immediate(count, 1);
        }
    }

    private void shiftMemory(int extension, OperandSize size, Memory m, int count) {
        checkRange(count, 0, 255, "a shift count");
        if (count == 1) {
            encoder.regMem(flags(size), sized(size, 0xD0), extension, m, 0);
        } else {
            encoder.regMem(flags(size), sized(size, 0xC0), extension, m, 1);
            encoder.immediate(count, 1);
        }
    }
}
