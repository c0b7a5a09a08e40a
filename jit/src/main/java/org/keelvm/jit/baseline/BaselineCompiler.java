package org.keelvm.jit.baseline;

import org.keelvm.jit.CallingConvention;
import org.keelvm.jit.CompiledMethod;
import org.keelvm.jit.Linker;
import org.objectweb.asm.tree.MethodNode;

/**
 * Tier 1: a template compiler that translates each bytecode into a fixed instruction sequence over an expression
 * stack kept on the machine stack (see {@link BaselineFrame}). It compiles fast, keeps a trivial mapping from
 * bytecode state to machine state, and follows the {@link CallingConvention} shared by all tiers.
 *
 * <p>Every method runs through {@link MethodTranslation}; bytecodes without a template fail the compilation with
 * a message naming the method, the bytecode and the source line.
 *
 * <p>Templates use {@code rax}, {@code rcx}, {@code rdx} and {@code r8} as scratch registers.
 */
public final class BaselineCompiler {
    private final Linker linker;

    /** A compiler that links calls and field accesses through {@code linker}. */
    public BaselineCompiler(Linker linker) {
        this.linker = linker;
    }

    /** Compiles {@code method} of class {@code owner} (an internal name). */
    public CompiledMethod compile(String owner, MethodNode method) {
        return new MethodTranslation(linker, owner, method).run();
    }
}
