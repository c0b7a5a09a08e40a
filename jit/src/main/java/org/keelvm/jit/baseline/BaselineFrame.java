package org.keelvm.jit.baseline;

import org.keelvm.jit.CallingConvention;

/**
 * The frame of a method compiled by the baseline compiler.
 *
 * <pre>
 *  higher addresses
 *  | argument slots       | [rbp + 16 ...]   see {@link CallingConvention}
 *  | return address       | [rbp + 8]
 *  | saved rbp            | [rbp]            &lt;- rbp
 *  | local 0              | [rbp - 8]
 *  | local 1              | [rbp - 16]
 *  | ...                  |
 *  | local maxLocals-1    | [rbp - 8*maxLocals]
 *  | expression stack 0   |                  pushed and popped with rsp;
 *  | ...                  |                  one 8-byte slot per value,
 *  | expression stack top | [rsp]            long and double included
 * </pre>
 *
 * <p>Every JVM local index has its own 8-byte slot; a {@code long} or {@code double} in locals {@code i, i+1} lives
 * in slot {@code i} and slot {@code i+1} stays unused, which keeps the mapping from bytecode indices trivial for the
 * debugger and the reference maps. Arguments are copied into their local slots by the prologue, so the stack depth
 * at every bytecode is fixed and {@code rsp} equals {@code rbp - 8 * (maxLocals + depth)}.
 */
final class BaselineFrame {
    private BaselineFrame() {
    }

    /** Offset from {@code rbp} of the slot of JVM local {@code index}. */
    static int localOffset(int index) {
        return -CallingConvention.SLOT_SIZE * (index + 1);
    }

    /** Bytes the prologue reserves below the saved {@code rbp} for the locals. */
    static int localsSize(int maxLocals) {
        return CallingConvention.SLOT_SIZE * maxLocals;
    }
}
