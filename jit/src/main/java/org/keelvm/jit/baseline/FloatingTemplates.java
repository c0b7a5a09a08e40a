package org.keelvm.jit.baseline;

import static org.keelvm.jit.asm.OperandSize.DWORD;
import static org.keelvm.jit.asm.OperandSize.QWORD;
import static org.keelvm.jit.asm.Register.RAX;
import static org.keelvm.jit.asm.Register.RCX;
import static org.keelvm.jit.asm.Register.RSP;
import static org.keelvm.jit.asm.Xmm.XMM0;
import static org.keelvm.jit.asm.Xmm.XMM1;

import org.keelvm.jit.CallingConvention;
import org.keelvm.jit.CompilationException;
import org.keelvm.jit.asm.Assembler;
import org.keelvm.jit.asm.Condition;
import org.keelvm.jit.asm.Label;
import org.keelvm.jit.asm.Memory;
import org.keelvm.jit.asm.OperandSize;
import org.keelvm.jit.asm.Xmm;
import org.objectweb.asm.Opcodes;

/**
 * The baseline templates of the {@code float} and {@code double} bytecodes, in SSE2 with Java's exact semantics.
 *
 * <p>Operands live in the expression stack's 8-byte slots (see {@link BaselineFrame}): a {@code float} in the low 32
 * bits of its slot (the upper half is unspecified), a {@code double} in the whole slot. The value below the top is
 * {@code value1} and the top is {@code value2}, as JVMS names them:
 *
 * <pre>
 *  | value1 | [rsp + 8]   the result replaces it, then rsp moves up one slot
 *  | value2 | [rsp]
 * </pre>
 *
 * <p>SSE2 with the reset MXCSR (round to nearest even, exceptions masked, no flush to zero) computes IEEE 754
 * results, which are Java's. Three places need more than one instruction: the comparisons (which must tell
 * unordered apart), the conversions to integers (which saturate in Java but give the "integer indefinite" value on
 * x86) and the remainders (which SSE2 lacks; the x87 {@code fprem} is exact). Templates use {@code rax}, {@code rcx},
 * {@code xmm0} and {@code xmm1} as scratch.
 */
final class FloatingTemplates {
    /** Bit 10 of the x87 status word: set while {@code fprem} has only partially reduced its operand. */
    private static final int X87_C2 = 1 << 10;
    private static final int FLOAT_SIGN = 0x8000_0000;

    private final Assembler asm;

    FloatingTemplates(Assembler asm) {
        this.asm = asm;
    }

    /**
     * Emits the template of {@code opcode}, one of the bytecodes that push floating constants, compute on floating
     * values or convert to or from them.
     */
    void translate(int opcode) {
        switch (opcode) {
            case Opcodes.FCONST_0, Opcodes.FCONST_1, Opcodes.FCONST_2 ->
                    asm.push(Float.floatToRawIntBits(opcode - Opcodes.FCONST_0));
            case Opcodes.DCONST_0 -> asm.push(0);
            case Opcodes.DCONST_1 -> {
                asm.mov(QWORD, RAX, Double.doubleToRawLongBits(1.0));
                asm.push(RAX);
            }
            case Opcodes.FADD -> single(asm::addss);
            case Opcodes.FSUB -> single(asm::subss);
            case Opcodes.FMUL -> single(asm::mulss);
            case Opcodes.FDIV -> single(asm::divss);
            case Opcodes.DADD -> doubled(asm::addsd);
            case Opcodes.DSUB -> doubled(asm::subsd);
            case Opcodes.DMUL -> doubled(asm::mulsd);
            case Opcodes.DDIV -> doubled(asm::divsd);
            case Opcodes.FREM -> remainder(DWORD);
            case Opcodes.DREM -> remainder(QWORD);
            // Negation flips the sign bit only: 0.0 - x would give +0.0 for x = +0.0 and keep a NaN's sign.
            case Opcodes.FNEG -> asm.xor(DWORD, top(), FLOAT_SIGN);
            case Opcodes.DNEG -> asm.xor(DWORD, Memory.at(RSP, 4), FLOAT_SIGN);
            case Opcodes.FCMPL -> compare(false, false);
            case Opcodes.FCMPG -> compare(false, true);
            case Opcodes.DCMPL -> compare(true, false);
            case Opcodes.DCMPG -> compare(true, true);
            case Opcodes.I2F -> {
                asm.cvtsi2ss(DWORD, XMM0, top());
                asm.movss(top(), XMM0);
            }
            case Opcodes.I2D -> {
                asm.cvtsi2sd(DWORD, XMM0, top());
                asm.movsd(top(), XMM0);
            }
            case Opcodes.L2F -> {
                asm.cvtsi2ss(QWORD, XMM0, top());
                asm.movss(top(), XMM0);
            }
            case Opcodes.L2D -> {
                asm.cvtsi2sd(QWORD, XMM0, top());
                asm.movsd(top(), XMM0);
            }
            case Opcodes.F2D -> {
                asm.cvtss2sd(XMM0, top());
                asm.movsd(top(), XMM0);
            }
            case Opcodes.D2F -> {
                asm.cvtsd2ss(XMM0, top());
                asm.movss(top(), XMM0);
            }
            case Opcodes.F2I -> toInteger(false, DWORD);
            case Opcodes.F2L -> toInteger(false, QWORD);
            case Opcodes.D2I -> toInteger(true, DWORD);
            case Opcodes.D2L -> toInteger(true, QWORD);
            default -> throw new CompilationException("bytecode " + opcode + " is not a floating-point bytecode");
        }
    }

    /** The form {@code op xmm, [m]} of an SSE2 arithmetic instruction. */
    private interface Arithmetic {
        void emit(Xmm dst, Memory src);
    }

    /** {@code value1 op value2} on singles. */
    private void single(Arithmetic operation) {
        asm.movss(XMM0, second());
        operation.emit(XMM0, top());
        dropTop();
        asm.movss(top(), XMM0);
    }

    /** {@code value1 op value2} on doubles. */
    private void doubled(Arithmetic operation) {
        asm.movsd(XMM0, second());
        operation.emit(XMM0, top());
        dropTop();
        asm.movsd(top(), XMM0);
    }

    /**
     * {@code fcmpl}, {@code fcmpg}, {@code dcmpl}, {@code dcmpg}: pushes 1, 0 or -1 for greater, equal or less, and
     * for unordered operands (a NaN) -1 in the {@code l} forms and 1 in the {@code g} forms.
     *
     * <p>{@code ucomis} sets CF for "below or unordered" and clears both CF and ZF only for "above", so
     * {@code above - below} comparing value1 with value2 is the {@code l} result. Comparing value2 with value1
     * instead, {@code below - above} is the {@code g} result.
     */
    private void compare(boolean isDouble, boolean unorderedIsGreater) {
        Memory first = unorderedIsGreater ? top() : second();
        Memory other = unorderedIsGreater ? second() : top();
        if (isDouble) {
            asm.movsd(XMM0, first);
        } else {
            asm.movss(XMM0, first);
        }
        asm.xor(DWORD, RAX, RAX);
        asm.xor(DWORD, RCX, RCX);
        if (isDouble) {
            asm.ucomisd(XMM0, other);
        } else {
            asm.ucomiss(XMM0, other);
        }
        asm.setcc(unorderedIsGreater ? Condition.B : Condition.A, RAX);
        asm.setcc(unorderedIsGreater ? Condition.A : Condition.B, RCX);
        asm.sub(DWORD, RAX, RCX);
        dropTop();
        asm.mov(QWORD, top(), RAX);
    }

    /**
     * {@code f2i}, {@code f2l}, {@code d2i}, {@code d2l}. {@code cvtt} truncates like Java, but answers every
     * out-of-range value and NaN with the integer indefinite value, {@code MIN_VALUE}. Only then does the template
     * look further: NaN becomes 0, a positive value saturates to {@code MAX_VALUE}, and a negative one (too small,
     * or exactly {@code MIN_VALUE}) keeps {@code MIN_VALUE}.
     */
    private void toInteger(boolean isDouble, OperandSize size) {
        Label done = new Label();
        Label nan = new Label();
        if (isDouble) {
            asm.cvttsd2si(size, RAX, top());
        } else {
            asm.cvttss2si(size, RAX, top());
        }
        // MIN_VALUE - 1 is the only subtraction of 1 that overflows.
        asm.cmp(size, RAX, 1);
        asm.jcc(Condition.NO, done);
        asm.xorps(XMM1, XMM1);
        if (isDouble) {
            asm.ucomisd(XMM1, top());
        } else {
            asm.ucomiss(XMM1, top());
        }
        asm.jcc(Condition.P, nan);
        asm.jcc(Condition.AE, done);
        // 0 is below the value: not MIN_VALUE but MAX_VALUE, its complement.
        asm.not(size, RAX);
        asm.jmp(done);
        asm.bind(nan);
        asm.xor(DWORD, RAX, RAX);
        asm.bind(done);
        asm.mov(QWORD, top(), RAX);
    }

    /**
     * {@code frem} and {@code drem}: C's {@code fmod}, the remainder of the quotient truncated toward zero, exact and
     * with the dividend's sign. The x87 {@code fprem} computes it, in steps of at most 63 quotient bits until the
     * status word's C2 flag reads clear. Its special cases are Java's: NaN operands, an infinite dividend or a zero
     * divisor give NaN, an infinite divisor gives the dividend, and a zero result keeps the dividend's sign.
     *
     * <p>Nothing else in Keel uses the x87 unit, so its state is whatever the firmware left: {@code fninit} first
     * masks its exceptions (a subnormal or NaN operand would otherwise fault) and empties its stack.
     */
    private void remainder(OperandSize size) {
        Label partial = new Label();
        asm.fninit();
        asm.fld(size, top());
        asm.fld(size, second());
        asm.bind(partial);
        asm.fprem();
        asm.fnstswAx();
        asm.test(DWORD, RAX, X87_C2);
        asm.jcc(Condition.NE, partial);
        // The remainder replaces the divisor in st(1), then is stored and popped: the x87 stack ends empty.
        asm.fstp(1);
        dropTop();
        asm.fstp(size, top());
    }

    private void dropTop() {
        asm.add(QWORD, RSP, CallingConvention.SLOT_SIZE);
    }

    private static Memory top() {
        return Memory.at(RSP);
    }

    private static Memory second() {
        return Memory.at(RSP, CallingConvention.SLOT_SIZE);
    }
}
