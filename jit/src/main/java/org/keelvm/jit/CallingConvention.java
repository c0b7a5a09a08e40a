package org.keelvm.jit;

import org.keelvm.jit.asm.Register;
import org.keelvm.jit.asm.Xmm;

/**
 * The one calling convention of all Keel code, whatever tier compiled it, so that tiers call each other without
 * adapters.
 *
 * <pre>
 *  at the call instruction (caller's view)          on entry (callee's view, after push rbp; mov rbp, rsp)
 *
 *  higher addresses                                 higher addresses
 *  | arg 0        | [rsp + 8*(n-1)]                 | arg 0        | [rbp + 16 + 8*(n-1)]
 *  | arg 1        |                                 | ...          |
 *  | ...          |                                 | arg n-1      | [rbp + 16]
 *  | arg n-1      | [rsp]                           | return addr  | [rbp + 8]
 *  +--------------+ &lt;- rsp                          | saved rbp    | [rbp]  &lt;- rbp
 * </pre>
 *
 * <ul>
 *   <li>Every argument has an 8-byte slot on the caller's stack, the first argument deepest. The first six integer,
 *       reference or word arguments also travel in {@link #INTEGER_ARGUMENTS}, the first eight {@code float} or
 *       {@code double} ones in {@link #FLOAT_ARGUMENTS}; the stack slots of those arguments are reserved but their
 *       contents are unspecified. Other arguments are read from their slots.</li>
 *   <li>The caller releases the argument slots after the call; the callee returns with {@code ret}.</li>
 *   <li>Results: {@code rax} for integers, references and words, {@code xmm0} for {@code float}/{@code double}.</li>
 *   <li>Callee-saved: {@code rbx, rbp, r12, r13, r14} and {@link #THREAD} (reserved for the current VM thread).
 *       Every other general-purpose and every XMM register is caller-saved.</li>
 *   <li>The stack pointer is 8-byte aligned at calls; Keel code uses no instruction that needs more.</li>
 * </ul>
 */
public final class CallingConvention {
    /** Registers of the first integer, reference and word arguments, in order. */
    public static final Register[] INTEGER_ARGUMENTS = {
        Register.RDI, Register.RSI, Register.RDX, Register.RCX, Register.R8, Register.R9
    };
    /** Registers of the first floating-point arguments, in order. */
    public static final Xmm[] FLOAT_ARGUMENTS = {
        Xmm.XMM0, Xmm.XMM1, Xmm.XMM2, Xmm.XMM3, Xmm.XMM4, Xmm.XMM5, Xmm.XMM6, Xmm.XMM7
    };
    /** Integer, reference and word results. */
    public static final Register INTEGER_RESULT = Register.RAX;
    /** Floating-point results. */
    public static final Xmm FLOAT_RESULT = Xmm.XMM0;
    /** Holds the current VM thread in all compiled code (reserved; no code uses it yet). */
    public static final Register THREAD = Register.R15;
    /** Bytes of one argument or stack slot. */
    public static final int SLOT_SIZE = 8;

    private CallingConvention() {
    }

    /**
     * Where each argument of a method with these argument kinds travels: for argument {@code i}, the index into
     * {@link #INTEGER_ARGUMENTS} or {@link #FLOAT_ARGUMENTS}, or -1 if it travels on the stack only.
     */
    public static int[] registerAssignment(Kind[] arguments) {
        int[] assignment = new int[arguments.length];
        int integers = 0;
        int floats = 0;
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i].isFloating()) {
                assignment[i] = floats < FLOAT_ARGUMENTS.length ? floats++ : -1;
            } else {
                assignment[i] = integers < INTEGER_ARGUMENTS.length ? integers++ : -1;
            }
        }
        return assignment;
    }

    /** Offset from the callee's {@code rbp} of the stack slot of argument {@code index} of {@code count}. */
    public static int incomingSlotOffset(int index, int count) {
        return 2 * SLOT_SIZE + SLOT_SIZE * (count - 1 - index);
    }

    /** Offset from the caller's {@code rsp}, at the call, of the stack slot of argument {@code index} of {@code count}. */
    public static int outgoingSlotOffset(int index, int count) {
        return SLOT_SIZE * (count - 1 - index);
    }
}
