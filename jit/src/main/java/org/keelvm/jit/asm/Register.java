package org.keelvm.jit.asm;

/**
 * The sixteen x86-64 general-purpose registers, named by their 64-bit names.
 *
 * <p>The width an instruction uses is chosen by its {@link OperandSize}, so {@code RAX} also
 * stands for EAX, AX and AL. The high-byte registers AH..BH are never used: with a byte
 * operand size, encodings 4..7 always mean SPL, BPL, SIL and DIL.
 */
public enum Register {
    /** Accumulator; encoding 0. */
    RAX,
    /** Counter; encoding 1. */
    RCX,
    /** Data; encoding 2. */
    RDX,
    /** Base; encoding 3. */
    RBX,
    /** Stack pointer; encoding 4. */
    RSP,
    /** Frame pointer; encoding 5. */
    RBP,
    /** Source index; encoding 6. */
    RSI,
    /** Destination index; encoding 7. */
    RDI,
    /** Extended register 8. */
    R8,
    /** Extended register 9. */
    R9,
    /** Extended register 10. */
    R10,
    /** Extended register 11. */
    R11,
    /** Extended register 12. */
    R12,
    /** Extended register 13. */
    R13,
    /** Extended register 14. */
    R14,
    /** Extended register 15. */
    R15;

    /**
     * Returns the hardware register number: the low three bits go into ModRM/SIB/opcode,
     * bit 3 into the REX prefix.
     *
     * @return the encoding, 0..15
     */
    public int encoding() {
        return ordinal();
    }
}
