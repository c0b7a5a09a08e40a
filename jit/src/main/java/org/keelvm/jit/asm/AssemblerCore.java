package org.keelvm.jit.asm;

/**
 * The foundation of {@link Assembler}: the code buffer, labels, raw data, alignment and
 * {@link #finish()}, plus the operand checks the instruction groups share.
 *
 * <p>The instruction groups are layered on top of this class one concern per class
 * (integer moves and ALU, arithmetic, control flow, SSE, system) purely to keep each source
 * file readable; callers only ever see {@link Assembler}.
 */
abstract class AssemblerCore {

    /** Fixed bytes, relaxable items and fixups of the code being assembled. */
    final CodeBuffer buffer = new CodeBuffer();

    /** Encodes instructions into {@link #buffer}. */
    final InstructionEncoder encoder = new InstructionEncoder(buffer);

    AssemblerCore() {
    }

    /**
     * Returns the offset at which the next instruction is emitted, counting every label
     * branch emitted so far at its long (rel32) size and every {@link #align(int)} at its
     * largest padding. It is therefore exact when no branch or alignment precedes it and an
     * upper bound otherwise; branch relaxation in {@link #finish()} can only move code down.
     * Positions that must be exact after relaxation should be kept as {@link Label}s.
     *
     * @return the unrelaxed offset of the next byte
     */
    public int position() {
        return buffer.position();
    }

    /**
     * Binds {@code label} to the current position. A label is bound exactly once, in one
     * assembler; its final offset is available from {@link Label#position()} after
     * {@link #finish()}.
     *
     * @param label the label to bind
     * @throws IllegalStateException if the label is already bound
     */
    public void bind(Label label) {
        encoder.flushLock();
        buffer.bind(label);
    }

    /**
     * Lays the code out and returns it. Label branches get their shortest encoding that
     * reaches, chosen as GNU as does; alignments are re-padded for the final layout; every
     * label reference is resolved and every bound label gets its final position. The
     * assembler cannot be used afterwards.
     *
     * @return the machine code, starting at offset 0
     * @throws IllegalStateException if called twice, or if a referenced label is unbound or
     *     belongs to another assembler
     */
    public byte[] finish() {
        encoder.flushLock();
        return buffer.finish();
    }

    /**
     * Pads with NOPs up to the next multiple of {@code alignment} bytes from the start of the
     * code, so code is only aligned in memory if it is loaded at an address aligned at least
     * as strictly. The padding is executable: the same multi-byte NOPs (up to 11 bytes each)
     * that GNU as emits for {@code .p2align} in code, computed after branch relaxation.
     *
     * @param alignment a power of two; 1 does nothing
     * @throws IllegalArgumentException if {@code alignment} is not a power of two
     */
    public void align(int alignment) {
        encoder.flushLock();
        buffer.align(alignment);
    }

    /**
     * Appends one byte of data.
     *
     * @param value the byte, only its low 8 bits are used
     */
    public void emitByte(int value) {
        encoder.flushLock();
        buffer.emitByte(value);
    }

    /**
     * Appends a 16-bit little-endian value.
     *
     * @param value the value, only its low 16 bits are used
     */
    public void emitShort(int value) {
        encoder.flushLock();
        buffer.emitLittleEndian(value, 2);
    }

    /**
     * Appends a 32-bit little-endian value.
     *
     * @param value the value
     */
    public void emitInt(int value) {
        encoder.flushLock();
        buffer.emitLittleEndian(value, 4);
    }

    /**
     * Appends a 64-bit little-endian value.
     *
     * @param value the value
     */
    public void emitLong(long value) {
        encoder.flushLock();
        buffer.emitLittleEndian(value, 8);
    }

    /**
     * Appends raw bytes.
     *
     * @param data the bytes to copy
     */
    public void emitBytes(byte[] data) {
        encoder.flushLock();
        for (int i = 0; i < data.length; i++) {
            buffer.emitByte(data[i]);
        }
    }

    /**
     * Appends 8 bytes holding {@code base} plus the final offset of {@code label}, resolved by
     * {@link #finish()}; with {@code base} the load address of the code this is the label's
     * absolute address, as jump tables need.
     *
     * @param label the label whose address is stored
     * @param base the address the code will be loaded at
     */
    public void emitLabelAddress(Label label, long base) {
        encoder.flushLock();
        buffer.fixup(CodeBuffer.ABS64, label, null, base);
    }

    /**
     * Appends 4 bytes holding {@code label - relativeTo} in final offsets, resolved by
     * {@link #finish()}; position-independent jump tables use this.
     *
     * @param label the label whose offset is stored
     * @param relativeTo the label the offset is measured from
     */
    public void emitLabelOffset32(Label label, Label relativeTo) {
        encoder.flushLock();
        buffer.fixup(CodeBuffer.DIFF32, label, relativeTo, 0);
    }

    /**
     * Makes the next instruction atomic by giving it the 0xF0 lock prefix. The prefix is
     * placed where GNU as places it, after an operand-size prefix; if the next thing emitted
     * is not an instruction (data, a label, a branch), the prefix is emitted on its own.
     *
     * @throws IllegalStateException if a lock prefix is already pending
     */
    public void lock() {
        encoder.lock();
    }

    /** Returns the checked immediate of an operation of {@code size}, sign-extended. */
    static long immediate(OperandSize size, long value) {
        switch (size) {
            case BYTE:
                checkRange(value, -128, 255, size);
                return (byte) value;
            case WORD:
                checkRange(value, -32768, 65535, size);
                return (short) value;
            case DWORD:
                checkRange(value, Integer.MIN_VALUE, 0xFFFFFFFFL, size);
                return (int) value;
            default:
                return value;
        }
    }

    /** Returns the immediate width an instruction of {@code size} uses (QWORD: imm32). */
    static int immediateBytes(OperandSize size) {
        return size == OperandSize.QWORD ? 4 : size.bytes();
    }

    /** Returns the encoder flags for an integer operation of {@code size}. */
    static int flags(OperandSize size) {
        return InstructionEncoder.sizeFlags(size);
    }

    /** Returns the flags for {@code size} where both ModRM operands are general registers. */
    static int registerFlags(OperandSize size) {
        int flags = InstructionEncoder.sizeFlags(size);
        return size == OperandSize.BYTE ? flags | InstructionEncoder.REG8 | InstructionEncoder.RM8 : flags;
    }

    /** Returns the flag marking the ModRM reg operand as a byte register when {@code size} is BYTE. */
    static int byteReg(OperandSize size) {
        return size == OperandSize.BYTE ? InstructionEncoder.REG8 : 0;
    }

    /** Returns the flag marking the r/m (or opcode) register as a byte register for BYTE. */
    static int byteRm(OperandSize size) {
        return size == OperandSize.BYTE ? InstructionEncoder.RM8 : 0;
    }

    /** Returns {@code base} for byte operations, {@code base + 1} otherwise (x86 "w" bit). */
    static int sized(OperandSize size, int base) {
        return size == OperandSize.BYTE ? base : base + 1;
    }

    static void requireNotByte(OperandSize size, String mnemonic) {
        if (size == OperandSize.BYTE) {
            throw new IllegalArgumentException(mnemonic + " has no byte form");
        }
    }

    static void requireDwordOrQword(OperandSize size, String mnemonic) {
        if (size != OperandSize.DWORD && size != OperandSize.QWORD) {
            throw new IllegalArgumentException(mnemonic + " needs DWORD or QWORD, not " + size);
        }
    }

    static void checkRange(long value, long min, long max, Object what) {
        if (value < min || value > max) {
            throw new IllegalArgumentException("immediate " + value + " does not fit " + what);
        }
    }
}
