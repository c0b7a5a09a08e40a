package org.keelvm.jit.asm;

/**
 * Builds the bytes of one instruction: legacy prefixes, REX, opcode, ModRM, SIB,
 * displacement and immediate, into a {@link CodeBuffer}.
 *
 * <p>Every instruction is described by a set of flags (operand-size and mandatory prefixes,
 * REX.W, which operands are byte registers), an opcode of one to three bytes written as an
 * int ({@code 0x0FAF} is two bytes; multi-byte opcodes always start with 0x0F, so a leading
 * zero is never lost) and its operands. Prefixes come out in the order GNU as uses:
 * operand size, lock, mandatory prefix, REX.
 */
final class InstructionEncoder {

    /** Operand-size prefix 0x66 (16-bit operation). */
    static final int P66 = 1;
    /** Mandatory prefix 0x66 (SSE packed-double / integer forms), emitted after lock. */
    static final int M66 = 1 << 1;
    /** Mandatory prefix 0xF2. */
    static final int MF2 = 1 << 2;
    /** Mandatory prefix 0xF3. */
    static final int MF3 = 1 << 3;
    /** REX.W: 64-bit operand size. */
    static final int W = 1 << 4;
    /** The ModRM reg operand is a byte register, so SPL..DIL need an empty REX. */
    static final int REG8 = 1 << 5;
    /** The ModRM r/m (or opcode) register operand is a byte register. */
    static final int RM8 = 1 << 6;

    private final CodeBuffer buffer;
    private boolean lockPending;

    InstructionEncoder(CodeBuffer buffer) {
        this.buffer = buffer;
    }

    /** Returns the flags for an integer operation of size {@code size}. */
    static int sizeFlags(OperandSize size) {
        switch (size) {
            case WORD:
                return P66;
            case QWORD:
                return W;
            default:
                return 0;
        }
    }

    /** Arms the lock prefix for the next instruction. */
    void lock() {
        if (lockPending) {
            throw new IllegalStateException("lock() was already called for the next instruction");
        }
        lockPending = true;
    }

    /**
     * Emits a pending lock prefix by itself; used before raw data, branches and labels, which
     * do not go through the prefix logic.
     */
    void flushLock() {
        if (lockPending) {
            lockPending = false;
            buffer.emitByte(0xF0);
        }
    }

    /** Emits an instruction without ModRM. */
    void op(int flags, int opcode) {
        prefixes(flags, 0);
        opcode(opcode);
    }

    /** Emits an instruction whose register is added to the last opcode byte (e.g. push r). */
    void opReg(int flags, int opcode, int reg) {
        prefixes(flags, rexB(reg) | byteRex(flags & RM8, reg));
        opcode(opcode | (reg & 7));
    }

    /** Emits a register-direct form: ModRM mod=11 with {@code reg} and {@code rm}. */
    void regReg(int flags, int opcode, int reg, int rm) {
        prefixes(flags, rexR(reg) | rexB(rm) | byteRex(flags & REG8, reg) | byteRex(flags & RM8, rm));
        opcode(opcode);
        buffer.emitByte(0xC0 | (reg & 7) << 3 | (rm & 7));
    }

    /**
     * Emits a memory form: ModRM with {@code reg} (a register or an opcode extension) and the
     * memory operand. {@code immediateBytes} is the size of the immediate that the caller
     * emits afterwards, needed because a RIP-relative displacement counts from the end of the
     * whole instruction.
     */
    void regMem(int flags, int opcode, int reg, Memory m, int immediateBytes) {
        int rex = rexR(reg) | byteRex(flags & REG8, reg);
        if (m.base != null && m.base.encoding() >= 8) {
            rex |= 0x41;
        }
        if (m.index != null && m.index.encoding() >= 8) {
            rex |= 0x42;
        }
        prefixes(flags, rex);
        opcode(opcode);
        address(reg & 7, m, immediateBytes);
    }

    /** Emits an immediate of 1, 2, 4 or 8 bytes. */
    void immediate(long value, int bytes) {
        buffer.emitLittleEndian(value, bytes);
    }

    private void address(int reg, Memory m, int immediateBytes) {
        int disp = m.displacement;
        switch (m.kind) {
            case BASE: {
                int base = m.base.encoding() & 7;
                // No displacement unless the base is RBP/R13, whose mod=00 slot means "no base".
                int mod = disp == 0 && base != 5 ? 0 : isByte(disp) ? 1 : 2;
                if (m.index == null && base != 4) {
                    modRm(mod, reg, base);
                } else {
                    // RSP/R12 as base can only be expressed through SIB; index 100 = none.
                    int index = m.index == null ? 4 : m.index.encoding() & 7;
                    modRm(mod, reg, 4);
                    sib(m.scale, index, base);
                }
                if (mod == 1) {
                    buffer.emitByte(disp);
                } else if (mod == 2) {
                    buffer.emitLittleEndian(disp, 4);
                }
                break;
            }
            case INDEXED:
                modRm(0, reg, 4);
                sib(m.scale, m.index.encoding() & 7, 5);
                buffer.emitLittleEndian(disp, 4);
                break;
            case ABSOLUTE:
                modRm(0, reg, 4);
                sib(1, 4, 5);
                buffer.emitLittleEndian(disp, 4);
                break;
            default:
                modRm(0, reg, 5);
                if (m.target == null) {
                    buffer.emitLittleEndian(disp, 4);
                } else {
                    buffer.fixup(CodeBuffer.REL32, m.target, null, -4 - immediateBytes);
                }
                break;
        }
    }

    private void prefixes(int flags, int rex) {
        if ((flags & P66) != 0) {
            buffer.emitByte(0x66);
        }
        if (lockPending) {
            lockPending = false;
            buffer.emitByte(0xF0);
        }
        if ((flags & M66) != 0) {
            buffer.emitByte(0x66);
        } else if ((flags & MF2) != 0) {
            buffer.emitByte(0xF2);
        } else if ((flags & MF3) != 0) {
            buffer.emitByte(0xF3);
        }
        if ((flags & W) != 0) {
            rex |= 0x48;
        }
        if (rex != 0) {
            buffer.emitByte(rex | 0x40);
        }
    }

    private void opcode(int opcode) {
        if (opcode > 0xFFFF) {
            buffer.emitByte(opcode >>> 16);
        }
        if (opcode > 0xFF) {
            buffer.emitByte(opcode >>> 8);
        }
        buffer.emitByte(opcode);
    }

    private void modRm(int mod, int reg, int rm) {
        buffer.emitByte(mod << 6 | reg << 3 | rm);
    }

    private void sib(int scale, int index, int base) {
        int ss = scale == 1 ? 0 : scale == 2 ? 1 : scale == 4 ? 2 : 3;
        buffer.emitByte(ss << 6 | index << 3 | base);
    }

    private static int rexR(int reg) {
        return reg >= 8 ? 0x44 : 0;
    }

    private static int rexB(int rm) {
        return rm >= 8 ? 0x41 : 0;
    }

    /** SPL, BPL, SIL and DIL exist only with a REX prefix; without one they mean AH..BH. */
    private static int byteRex(int isByte, int reg) {
        return isByte != 0 && reg >= 4 && reg < 8 ? 0x40 : 0;
    }

    /** Tells whether {@code value} fits in a sign-extended byte. */
    static boolean isByte(long value) {
        return value >= -128 && value <= 127;
    }
}
