package org.keelvm.jit.asm;

/**
 * Data movement and the instructions that only read or swap operands: mov and its
 * zero/sign-extending forms, lea, test, xchg, and the atomic read-modify-write
 * instructions cmpxchg and xadd.
 */
abstract class MoveAssembler extends AluAssembler {

    MoveAssembler() {
    }

    /**
     * Emits {@code mov dst, src} between registers.
     *
     * @param size the operand size
     * @param dst the destination register
     * @param src the source register
     */
    public void mov(OperandSize size, Register dst, Register src) {
        encoder.regReg(registerFlags(size), sized(size, 0x88), src.encoding(), dst.encoding());
    }

    /**
     * Emits {@code mov dst, [src]}, a load.
     *
     * @param size the operand size
     * @param dst the destination register
     * @param src the memory operand read
     */
    public void mov(OperandSize size, Register dst, Memory src) {
        encoder.regMem(flags(size) | byteReg(size), sized(size, 0x8A), dst.encoding(), src, 0);
    }

    /**
     * Emits {@code mov [dst], src}, a store.
     *
     * @param size the operand size
     * @param dst the memory operand written
     * @param src the source register
     */
    public void mov(OperandSize size, Memory dst, Register src) {
        encoder.regMem(flags(size) | byteReg(size), sized(size, 0x88), src.encoding(), dst, 0);
    }

    /**
     * Emits {@code mov dst, imm}. Byte, word and dword use {@code B0+r}/{@code B8+r}; a QWORD
     * immediate uses the sign-extended {@code C7 /0 imm32} when it fits and the 10-byte
     * {@code movabs} otherwise, as GNU as does without optimisation.
     *
     * @param size the operand size
     * @param dst the destination register
     * @param imm the immediate; must fit {@code size} (signed or unsigned)
     */
    public void mov(OperandSize size, Register dst, long imm) {
        long value = immediate(size, imm);
        int r = dst.encoding();
        switch (size) {
            case BYTE:
                encoder.opReg(InstructionEncoder.RM8, 0xB0, r);
                encoder.immediate(value, 1);
                break;
            case QWORD:
                if (value == (int) value) {
                    encoder.regReg(InstructionEncoder.W, 0xC7, 0, r);
                    encoder.immediate(value, 4);
                } else {
                    encoder.opReg(InstructionEncoder.W, 0xB8, r);
                    encoder.immediate(value, 8);
                }
                break;
            default:
                encoder.opReg(flags(size), 0xB8, r);
                encoder.immediate(value, size.bytes());
                break;
        }
    }

    /**
     * Emits {@code mov [dst], imm}.
     *
     * @param size the operand size
     * @param dst the memory operand written
     * @param imm the immediate; must fit {@code size} (QWORD: sign-extended imm32)
     */
    public void mov(OperandSize size, Memory dst, int imm) {
        long value = immediate(size, imm);
        int bytes = immediateBytes(size);
        encoder.regMem(flags(size), sized(size, 0xC6), 0, dst, bytes);
        encoder.immediate(value, bytes);
    }

    /**
     * Emits {@code movzx dst, src}: zero-extends a byte or word register.
     *
     * @param dstSize the destination size, wider than {@code srcSize}
     * @param dst the destination register
     * @param srcSize BYTE or WORD
     * @param src the source register
     */
    public void movzx(OperandSize dstSize, Register dst, OperandSize srcSize, Register src) {
        int opcode = extension(dstSize, srcSize, 0x0FB6, "movzx");
        encoder.regReg(flags(dstSize) | byteRm(srcSize), opcode, dst.encoding(), src.encoding());
    }

    /**
     * Emits {@code movzx dst, [src]}: zero-extends a byte or word in memory.
     *
     * @param dstSize the destination size, wider than {@code srcSize}
     * @param dst the destination register
     * @param srcSize BYTE or WORD
     * @param src the memory operand read
     */
    public void movzx(OperandSize dstSize, Register dst, OperandSize srcSize, Memory src) {
        int opcode = extension(dstSize, srcSize, 0x0FB6, "movzx");
        encoder.regMem(flags(dstSize), opcode, dst.encoding(), src, 0);
    }

    /**
     * Emits {@code movsx dst, src}: sign-extends a byte or word register; a DWORD source with
     * a QWORD destination is encoded as {@code movsxd}.
     *
     * @param dstSize the destination size, wider than {@code srcSize}
     * @param dst the destination register
     * @param srcSize BYTE, WORD, or DWORD (with a QWORD destination)
     * @param src the source register
     */
    public void movsx(OperandSize dstSize, Register dst, OperandSize srcSize, Register src) {
        int opcode = signExtension(dstSize, srcSize);
        encoder.regReg(flags(dstSize) | byteRm(srcSize), opcode, dst.encoding(), src.encoding());
    }

    /**
     * Emits {@code movsx dst, [src]}: sign-extends a byte or word in memory; a DWORD source
     * with a QWORD destination is encoded as {@code movsxd}.
     *
     * @param dstSize the destination size, wider than {@code srcSize}
     * @param dst the destination register
     * @param srcSize BYTE, WORD, or DWORD (with a QWORD destination)
     * @param src the memory operand read
     */
    public void movsx(OperandSize dstSize, Register dst, OperandSize srcSize, Memory src) {
        encoder.regMem(flags(dstSize), signExtension(dstSize, srcSize), dst.encoding(), src, 0);
    }

    /**
     * Emits {@code movsxd dst, src}: sign-extends a 32-bit register into a 64-bit one.
     *
     * @param dst the 64-bit destination
     * @param src the 32-bit source
     */
    public void movsxd(Register dst, Register src) {
        encoder.regReg(InstructionEncoder.W, 0x63, dst.encoding(), src.encoding());
    }

    /**
     * Emits {@code movsxd dst, DWORD PTR [src]}: sign-extends a 32-bit load to 64 bits.
     *
     * @param dst the 64-bit destination
     * @param src the memory operand read
     */
    public void movsxd(Register dst, Memory src) {
        encoder.regMem(InstructionEncoder.W, 0x63, dst.encoding(), src, 0);
    }

    /**
     * Emits {@code lea dst, [src]}: stores the effective address, truncated to {@code size}.
     *
     * @param size WORD, DWORD or QWORD
     * @param dst the destination register
     * @param src the address computed
     */
    public void lea(OperandSize size, Register dst, Memory src) {
        requireNotByte(size, "lea");
        encoder.regMem(flags(size), 0x8D, dst.encoding(), src, 0);
    }

    /**
     * Emits {@code test a, b}: sets the flags of {@code a & b}.
     *
     * @param size the operand size
     * @param a the first register
     * @param b the second register
     */
    public void test(OperandSize size, Register a, Register b) {
        encoder.regReg(registerFlags(size), sized(size, 0x84), b.encoding(), a.encoding());
    }

    /**
     * Emits {@code test a, imm}: sets the flags of {@code a & imm}. There is no imm8 form;
     * RAX uses the accumulator short form.
     *
     * @param size the operand size
     * @param a the register tested
     * @param imm the immediate; must fit {@code size} (QWORD: sign-extended imm32)
     */
    public void test(OperandSize size, Register a, int imm) {
        long value = immediate(size, imm);
        if (a == Register.RAX) {
            encoder.op(flags(size), sized(size, 0xA8));
        } else {
            encoder.regReg(flags(size) | byteRm(size), sized(size, 0xF6), 0, a.encoding());
        }
        encoder.immediate(value, immediateBytes(size));
    }

    /**
     * Emits {@code test [a], imm}: sets the flags of {@code [a] & imm}.
     *
     * @param size the operand size
     * @param a the memory operand tested
     * @param imm the immediate; must fit {@code size} (QWORD: sign-extended imm32)
     */
    public void test(OperandSize size, Memory a, int imm) {
        long value = immediate(size, imm);
        int bytes = immediateBytes(size);
        encoder.regMem(flags(size), sized(size, 0xF6), 0, a, bytes);
        encoder.immediate(value, bytes);
    }

    /**
     * Emits {@code test [a], b}: sets the flags of {@code [a] & b}.
     *
     * @param size the operand size
     * @param a the memory operand tested
     * @param b the register
     */
    public void test(OperandSize size, Memory a, Register b) {
        encoder.regMem(flags(size) | byteReg(size), sized(size, 0x84), b.encoding(), a, 0);
    }

    /**
     * Emits {@code xchg a, b}. With RAX as one operand the one-byte {@code 90+r} form is used,
     * except {@code xchg eax, eax}, whose one-byte form would be a NOP that does not clear the
     * upper half of RAX.
     *
     * @param size the operand size
     * @param a the first register
     * @param b the second register
     */
    public void xchg(OperandSize size, Register a, Register b) {
        if (size != OperandSize.BYTE && (a == Register.RAX || b == Register.RAX)) {
            Register other = a == Register.RAX ? b : a;
            if (other != Register.RAX || size == OperandSize.WORD) {
                encoder.opReg(flags(size), 0x90, other.encoding());
                return;
            }
            if (size == OperandSize.QWORD) {
                // GNU as emits the plain NOP for xchg rax, rax: REX.W would change nothing.
                encoder.op(0, 0x90);
                return;
            }
        }
        encoder.regReg(registerFlags(size), sized(size, 0x86), b.encoding(), a.encoding());
    }

    /**
     * Emits {@code xchg [a], b}, which is atomic without a lock prefix.
     *
     * @param size the operand size
     * @param a the memory operand
     * @param b the register
     */
    public void xchg(OperandSize size, Memory a, Register b) {
        encoder.regMem(flags(size) | byteReg(size), sized(size, 0x86), b.encoding(), a, 0);
    }

    /**
     * Emits {@code cmpxchg [m], r}: if {@code [m]} equals the accumulator, stores {@code r},
     * else loads {@code [m]} into the accumulator. Precede with {@link #lock()} for atomicity.
     *
     * @param size the operand size
     * @param m the memory operand
     * @param r the value stored on success
     */
    public void cmpxchg(OperandSize size, Memory m, Register r) {
        encoder.regMem(flags(size) | byteReg(size), sized(size, 0x0FB0), r.encoding(), m, 0);
    }

    /**
     * Emits {@code xadd [m], r}: stores {@code [m] + r} and returns the old value in
     * {@code r}. Precede with {@link #lock()} for atomicity.
     *
     * @param size the operand size
     * @param m the memory operand
     * @param r the addend, receives the old value
     */
    public void xadd(OperandSize size, Memory m, Register r) {
        encoder.regMem(flags(size) | byteReg(size), sized(size, 0x0FC0), r.encoding(), m, 0);
    }

    /** Returns the movzx/movsx opcode ({@code base} for a byte source, +1 for a word). */
    private static int extension(OperandSize dstSize, OperandSize srcSize, int base, String mnemonic) {
        if (srcSize != OperandSize.BYTE && srcSize != OperandSize.WORD || dstSize.bits() <= srcSize.bits()) {
            throw new IllegalArgumentException(mnemonic + " cannot extend " + srcSize + " to " + dstSize);
        }
        return srcSize == OperandSize.BYTE ? base : base + 1;
    }

    private static int signExtension(OperandSize dstSize, OperandSize srcSize) {
        if (srcSize == OperandSize.DWORD && dstSize == OperandSize.QWORD) {
            return 0x63;
        }
        return extension(dstSize, srcSize, 0x0FBE, "movsx");
    }
}
