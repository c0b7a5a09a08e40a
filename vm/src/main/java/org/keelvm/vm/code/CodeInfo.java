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
 *  lineNumbers      pairs (bytecode index, line) from the LineNumberTable, ascending by index, encoded the same way
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
    public final byte[] lineNumbers;
    /** See the class comment. */
    public final int[] handlers;
    /** See the class comment. */
    public final Hub[] catchTypes;
    /**
     * Bytecode indices, ascending, of the instructions that have a helpful {@code NullPointerException} message, or
     * {@code null} when the method keeps none (the JDK's methods do not, to keep the image small).
     */
    public final int[] nullPointerIndices;
    /** Those messages, at the same positions. */
    public final String[] nullPointerMessages;
    /** How stack traces show the method: {@link #JAVA}, {@link #NATIVE} or {@link #HIDDEN}. */
    public final int kind;
    /** A method with bytecode: its frames show its source file and line. */
    public static final int JAVA = 0;
    /** A JDK native method, whose body Keel wrote in Java: its frames show {@code (Native Method)}. */
    public static final int NATIVE = 1;
    /** Keel's own code added to a JDK class: its frames are left out of stack traces. */
    public static final int HIDDEN = 2;

    /** A description of code compiled at {@code start}; every array is kept, not copied. */
    public CodeInfo(long start, long end, Hub holder, String name, int maxLocals, byte[] bytecodeStarts,
                    byte[] lineNumbers, int[] handlers, Hub[] catchTypes, int kind, int[] nullPointerIndices,
                    String[] nullPointerMessages) {
        this.start = start;
        this.end = end;
        this.holder = holder;
        this.name = name;
        this.maxLocals = maxLocals;
        this.bytecodeStarts = bytecodeStarts;
        this.lineNumbers = lineNumbers;
        this.handlers = handlers;
        this.catchTypes = catchTypes;
        this.kind = kind;
        this.nullPointerIndices = nullPointerIndices;
        this.nullPointerMessages = nullPointerMessages;
    }

    /** The helpful {@code NullPointerException} message of the instruction at address {@code pc}, or null. */
    public String nullPointerMessageAt(long pc) {
        if (nullPointerIndices == null) {
            return null;
        }
        int bci = bytecodeIndexAt(pc);
        int low = 0;
        int high = nullPointerIndices.length - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            if (nullPointerIndices[middle] < bci) {
                low = middle + 1;
            } else if (nullPointerIndices[middle] > bci) {
                high = middle - 1;
            } else {
                return nullPointerMessages[middle];
            }
        }
        return null;
    }

    /** The index of the bytecode whose code holds address {@code pc}; the prologue counts as the first bytecode. */
    public int bytecodeIndexAt(long pc) {
        return PairTable.find(bytecodeStarts, pc - start, true, -1);
    }

    /** The source line of bytecode {@code bci}, or -1 if the method has no line numbers there. */
    public int lineAt(int bci) {
        return PairTable.find(lineNumbers, bci, false, -1);
    }
}
