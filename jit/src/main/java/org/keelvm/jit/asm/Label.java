package org.keelvm.jit.asm;

/**
 * A position in the code of one {@link Assembler}, possibly not yet known.
 *
 * <p>A label is created unbound, may be referenced by branches, RIP-relative operands and
 * data directives before or after it is bound, and is bound exactly once with
 * {@link Assembler#bind(Label)}. Because branch relaxation moves code, the label's final
 * offset is only known once {@link Assembler#finish()} has run; callers that need to remember
 * a code position must keep a label rather than an {@link Assembler#position()} value.
 */
public final class Label {

    /** The code buffer of the assembler that bound this label, or {@code null} while unbound. */
    CodeBuffer owner;

    /** Offset of the label in the assembler's fixed-byte buffer, excluding relaxable items. */
    int bufferOffset;

    /** Number of relaxable items (branches, alignments) emitted before the label. */
    int itemIndex;

    /** Final offset in the finished code, or -1 until the owning assembler has finished. */
    int finalPosition = -1;

    /** Creates an unbound label. */
    public Label() {
    }

    /**
     * Tells whether {@link Assembler#bind(Label)} has been called for this label.
     *
     * @return {@code true} once bound
     */
    public boolean isBound() {
        return owner != null;
    }

    /**
     * Returns the label's offset from the start of the finished code.
     *
     * @return the final offset in bytes
     * @throws IllegalStateException if the label is unbound or its assembler has not finished
     */
    public int position() {
        if (owner == null) {
            throw new IllegalStateException("label is not bound");
        }
        if (finalPosition < 0) {
            throw new IllegalStateException("label position is only known after Assembler.finish()");
        }
        return finalPosition;
    }
}
