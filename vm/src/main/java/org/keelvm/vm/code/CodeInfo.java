package org.keelvm.vm.code;

import org.keelvm.vm.object.Hub;

/**
 * What the runtime knows about one compiled method: where its code lies, which bytecode each instruction belongs
 * to, its exception handlers and its source lines. Exception dispatch, stack traces and (later) the collector and
 * the debugger read it. The image builder makes one per compiled method; so will the compiler in the guest.
 *
 * <p>The tables are flat {@code int} arrays so that reading them allocates nothing:
 * <pre>
 *  bytecodeStarts   pc0, bci0, pc1, bci1, ...             pc offsets (from start) where each bytecode's code begins,
 *                                                         ascending
 *  lineNumbers      bci0, line0, bci1, line1, ...         from the LineNumberTable, ascending by bci
 *  handlers         startBci, endBci, handlerBci,         the exception table in its class-file order, with the
 *                   handlerPc, ...                        pc offset of each handler's code
 *  catchTypes       hub or null (any), one per handler
 * </pre>
 */
public final class CodeInfo {
    /** Address of the first instruction. */
    public final long start;
    /** Address just past the last instruction. */
    public final long end;
    /** The class that declares the method. */
    public final Hub holder;
    /** The method's name ({@code <init>} for constructors). */
    public final String name;
    /** The method's descriptor. */
    public final String descriptor;
    /** {@code max_locals} of the method's code: where the expression stack begins in its frame. */
    public final int maxLocals;
    /** See the class comment. */
    public final int[] bytecodeStarts;
    /** See the class comment. */
    public final int[] lineNumbers;
    /** See the class comment. */
    public final int[] handlers;
    /** See the class comment. */
    public final Hub[] catchTypes;

    /** A description of code compiled at {@code start}; every array is kept, not copied. */
    public CodeInfo(long start, long end, Hub holder, String name, String descriptor, int maxLocals,
                    int[] bytecodeStarts, int[] lineNumbers, int[] handlers, Hub[] catchTypes) {
        this.start = start;
        this.end = end;
        this.holder = holder;
        this.name = name;
        this.descriptor = descriptor;
        this.maxLocals = maxLocals;
        this.bytecodeStarts = bytecodeStarts;
        this.lineNumbers = lineNumbers;
        this.handlers = handlers;
        this.catchTypes = catchTypes;
    }

    /** The index of the bytecode whose code holds address {@code pc}; the prologue counts as the first bytecode. */
    public int bytecodeIndexAt(long pc) {
        long offset = pc - start;
        int found = bytecodeStarts.length > 0 ? bytecodeStarts[1] : -1;
        for (int i = 0; i < bytecodeStarts.length; i += 2) {
            if (bytecodeStarts[i] > offset) {
                break;
            }
            found = bytecodeStarts[i + 1];
        }
        return found;
    }

    /** The source line of bytecode {@code bci}, or -1 if the method has no line numbers there. */
    public int lineAt(int bci) {
        int line = -1;
        for (int i = 0; i < lineNumbers.length; i += 2) {
            if (lineNumbers[i] > bci) {
                break;
            }
            line = lineNumbers[i + 1];
        }
        return line;
    }
}
