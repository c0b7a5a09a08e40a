package org.keelvm.jit.asm;

/**
 * An x86-64 assembler: one method per instruction form, emitting exactly the bytes GNU as
 * emits for the same instruction, with labels and automatic branch relaxation.
 *
 * <p>Usage: create an assembler, call instruction methods in order, {@link #bind(Label) bind}
 * labels where they belong, and call {@link #finish()} once to get the code. Operands are
 * {@link Register}s, {@link Xmm} registers, {@link Memory} operands and immediates; integer
 * instructions take an {@link OperandSize} first, as GNU as's {@code BYTE/WORD/DWORD/QWORD PTR}
 * or register names would express it. Invalid combinations throw
 * {@link IllegalArgumentException}.
 *
 * <p>The instruction groups are declared in package-private superclasses, one concern per
 * class, so that no source file grows unwieldy; they are all public members of this class.
 * An assembler is not thread-safe.
 */
public final class Assembler extends X87Assembler {

    /** Creates an empty assembler. */
    public Assembler() {
    }
}
