package org.keelvm.jit.asm;

/** The sixteen SSE registers available in 64-bit mode. */
public enum Xmm {
    /** SSE register 0. */
    XMM0,
    /** SSE register 1. */
    XMM1,
    /** SSE register 2. */
    XMM2,
    /** SSE register 3. */
    XMM3,
    /** SSE register 4. */
    XMM4,
    /** SSE register 5. */
    XMM5,
    /** SSE register 6. */
    XMM6,
    /** SSE register 7. */
    XMM7,
    /** SSE register 8 (needs a REX prefix). */
    XMM8,
    /** SSE register 9 (needs a REX prefix). */
    XMM9,
    /** SSE register 10 (needs a REX prefix). */
    XMM10,
    /** SSE register 11 (needs a REX prefix). */
    XMM11,
    /** SSE register 12 (needs a REX prefix). */
    XMM12,
    /** SSE register 13 (needs a REX prefix). */
    XMM13,
    /** SSE register 14 (needs a REX prefix). */
    XMM14,
    /** SSE register 15 (needs a REX prefix). */
    XMM15;

    /**
     * Returns the hardware register number, split like {@link Register#encoding()}.
     *
     * @return the encoding, 0..15
     */
    public int encoding() {
        return ordinal();
    }
}
