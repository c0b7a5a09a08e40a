package org.keelvm.jit.asm;

/** The width of an integer operation. */
public enum OperandSize {
    /** 8 bits. */
    BYTE(8),
    /** 16 bits; encoded with the 0x66 operand-size prefix. */
    WORD(16),
    /** 32 bits, the default operand size in 64-bit mode. */
    DWORD(32),
    /** 64 bits; encoded with REX.W. */
    QWORD(64);

    private final int bits;

    OperandSize(int bits) {
        this.bits = bits;
    }

    /**
     * Returns the width in bits.
     *
     * @return 8, 16, 32 or 64
     */
    public int bits() {
        return bits;
    }

    /**
     * Returns the width in bytes.
     *
     * @return 1, 2, 4 or 8
     */
    public int bytes() {
        return bits >> 3;
    }
}
