package org.keelvm.jit;

/**
 * The result of compiling one method: its position-independent code and what the runtime needs to know about it
 * (the tables of {@code org.keelvm.vm.code.CodeInfo}, with pc offsets relative to the start of {@link #code}).
 * Bytecode indices here are positions in the method's instruction list.
 *
 * @param method         the method
 * @param code           the machine code
 * @param maxLocals      the method's {@code max_locals}
 * @param bytecodeStarts pairs of pc offset and bytecode index, ascending
 * @param lineNumbers    pairs of bytecode index and source line, ascending
 * @param handlers       quadruples of start index, end index, handler index and handler pc offset
 * @param catchTypes     the caught type of each handler, {@code null} for any
 * @param referenceMaps  where references live at each call site
 */
public record CompiledMethod(MemberRef method, byte[] code, int maxLocals, int[] bytecodeStarts, int[] lineNumbers,
                             int[] handlers, String[] catchTypes, ReferenceMaps referenceMaps) {
}
