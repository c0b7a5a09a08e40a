package org.keelvm.jit.asm;

/**
 * The sixteen x86 condition codes, in encoding order, as used by Jcc, SETcc and CMOVcc.
 *
 * <p>Aliases (JZ = JE, JC = JB, ...) are not separate constants; use the canonical name.
 */
public enum Condition {
    /** Overflow (OF=1). */
    O,
    /** No overflow (OF=0). */
    NO,
    /** Below, unsigned less than (CF=1). */
    B,
    /** Above or equal, unsigned (CF=0). */
    AE,
    /** Equal / zero (ZF=1). */
    E,
    /** Not equal / not zero (ZF=0). */
    NE,
    /** Below or equal, unsigned (CF=1 or ZF=1). */
    BE,
    /** Above, unsigned (CF=0 and ZF=0). */
    A,
    /** Sign (SF=1). */
    S,
    /** No sign (SF=0). */
    NS,
    /** Parity even (PF=1); after UCOMISS/UCOMISD, "unordered". */
    P,
    /** Parity odd (PF=0); after UCOMISS/UCOMISD, "ordered". */
    NP,
    /** Less, signed (SF != OF). */
    L,
    /** Greater or equal, signed (SF = OF). */
    GE,
    /** Less or equal, signed (ZF=1 or SF != OF). */
    LE,
    /** Greater, signed (ZF=0 and SF = OF). */
    G;

    private static final Condition[] VALUES = values();

    /**
     * Returns the 4-bit condition field {@code cc} of the {@code 0F 8x}, {@code 0F 9x} and
     * {@code 0F 4x} opcodes.
     *
     * @return the encoding, 0..15
     */
    public int encoding() {
        return ordinal();
    }

    /**
     * Returns the condition that holds exactly when this one does not.
     *
     * @return the negated condition
     */
    public Condition negate() {
        // The encodings come in complementary pairs that differ only in bit 0.
        return VALUES[ordinal() ^ 1];
    }
}
