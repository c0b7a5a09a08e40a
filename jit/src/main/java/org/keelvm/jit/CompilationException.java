package org.keelvm.jit;

/**
 * A method the compiler cannot compile: a bytecode or an intrinsic it does not support yet, or a link it cannot
 * make. The message names the method and, where there is one, the source line.
 */
public final class CompilationException extends RuntimeException {
    public CompilationException(String message) {
        super(message);
    }
}
