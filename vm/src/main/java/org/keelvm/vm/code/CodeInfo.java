package org.keelvm.vm.code;

import org.keelvm.vm.object.Hub;

/**
 * What the runtime knows about one compiled method: where its code lies, which bytecode each instruction belongs
 * to, its exception handlers and its source lines. Exception dispatch, stack traces and (later) the collector and
 * the debugger read it. The image builder makes one per compiled method; so will the compiler in the guest.
 *
 * <p>The tables are flat arrays so that reading them allocates nothing:
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
    /** {@code max_locals} of the method's code: where the expression stack begins in its frame. */
    public final int maxLocals;
    /** See the class comment. */
    public final byte[] bytecodeStarts;
    /** See the class comment. */
    public final int[] lineNumbers;
    /** See the class comment. */
    public final int[] handlers;
    /** See the class comment. */
    public final Hub[] catchTypes;

    /** A description of code compiled at {@code start}; every array is kept, not copied. */
    public CodeInfo(long start, long end, Hub holder, String name, int maxLocals, byte[] bytecodeStarts,
                    int[] lineNumbers, int[] handlers, Hub[] catchTypes) {
        this.start = start;
        this.end = end;
        this.holder = holder;
        this.name = name;
        this.maxLocals = maxLocals;
        this.bytecodeStarts = bytecodeStarts;
        this.lineNumbers = lineNumbers;
        this.handlers = handlers;
        this.catchTypes = catchTypes;
    }

    /** The index of the bytecode whose code holds address {@code pc}; the prologue counts as the first bytecode. */
    public int bytecodeIndexAt(long pc) {
        long offset = pc - start;
        byte[] table = bytecodeStarts;
        int at = 0;
        int startPc = 0;
        int index = 0;
        int found = -1;
        while (at < table.length) {
            int pcDelta = 0;
            int shift = 0;
            int b;
            do {
                b = table[at++];
                pcDelta |= (b & 0x7F) << shift;
                shift += 7;
            } while ((b & 0x80) != 0);
            int indexDelta = 0;
            shift = 0;
            do {
                b = table[at++];
                indexDelta |= (b & 0x7F) << shift;
                shift += 7;
            } while ((b & 0x80) != 0);
            startPc += pcDelta;
            index += (indexDelta >>> 1) ^ -(indexDelta & 1);
            if (startPc > offset && found >= 0) {
                break;
            }
            found = index;
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
