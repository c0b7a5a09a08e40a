package org.keelvm.jit.baseline;

import static org.keelvm.jit.asm.OperandSize.BYTE;
import static org.keelvm.jit.asm.OperandSize.DWORD;
import static org.keelvm.jit.asm.OperandSize.QWORD;
import static org.keelvm.jit.asm.OperandSize.WORD;

import org.keelvm.jit.CallingConvention;
import org.keelvm.jit.CompilationException;
import org.keelvm.jit.JdkIntrinsics;
import org.keelvm.jit.Linker;
import org.keelvm.jit.MemberRef;
import org.keelvm.jit.asm.Assembler;
import org.keelvm.jit.asm.Condition;
import org.keelvm.jit.asm.Label;
import org.keelvm.jit.asm.Memory;
import org.keelvm.jit.asm.OperandSize;
import org.keelvm.jit.asm.Register;
import org.keelvm.vm.object.ObjectHeader;
import org.keelvm.jit.asm.Xmm;

/**
 * The baseline compiler's templates for {@code @Intrinsic} methods of {@code hal/} and for the {@link JdkIntrinsics}.
 * Operands arrive on the expression stack as the call would pass them (receiver first, last argument on top); the
 * template pops them and pushes the result, if any. A template uses only {@code rax}, {@code rcx}, {@code rdx} and
 * {@code xmm0}.
 */
final class Intrinsics {
    private static final String CPU = "org/keelvm/hal/Cpu.";
    private static final String ADDRESS = "org/keelvm/hal/Address.";
    private static final String FLOAT = "java/lang/Float.";
    private static final String DOUBLE = "java/lang/Double.";
    private static final String MATH = "java/lang/Math.";
    private static final String STRICT_MATH = "java/lang/StrictMath.";
    private static final int FLOAT_MAGNITUDE = 0x7FFF_FFFF;

    private static final MemberRef HUB_MIRROR = new MemberRef("org/keelvm/vm/object/Hub", "mirror",
            "Ljava/lang/Object;");

    private Intrinsics() {
    }

    /** Emits the instructions that stand for a call to {@code method}; fails if there is no template for it. */
    static void emit(Assembler asm, MemberRef method, Linker linker) {
        String key = JdkIntrinsics.key(method);
        switch (key) {
            case CPU + "outb(II)V" -> portOut(asm, BYTE);
            case CPU + "outw(II)V" -> portOut(asm, WORD);
            case CPU + "outl(II)V" -> portOut(asm, DWORD);
            case CPU + "inb(I)I" -> portIn(asm, BYTE);
            case CPU + "inw(I)I" -> portIn(asm, WORD);
            case CPU + "inl(I)I" -> portIn(asm, DWORD);
            case CPU + "rdtsc()J" -> {
                asm.rdtsc();
                pushEdxEax(asm);
            }
            case CPU + "pause()V" -> asm.pause();
            case CPU + "hlt()V" -> asm.hlt();
            case CPU + "cli()V" -> asm.cli();
            case CPU + "sti()V" -> asm.sti();
            case CPU + "rdmsr(I)J" -> {
                asm.pop(Register.RCX);
                asm.rdmsr();
                pushEdxEax(asm);
            }
            case CPU + "wrmsr(IJ)V" -> {
                asm.pop(Register.RAX);
                asm.pop(Register.RCX);
                asm.mov(QWORD, Register.RDX, Register.RAX);
                asm.shr(QWORD, Register.RDX, 32);
                asm.wrmsr();
            }
            case CPU + "readCr2()J" -> readControlRegister(asm, 2);
            case CPU + "readCr3()J" -> readControlRegister(asm, 3);
            case CPU + "writeCr3(J)V" -> {
                asm.pop(Register.RAX);
                asm.movToCr(3, Register.RAX);
            }
            // A word is already a 64-bit value on the stack: conversions to and from long are free.
            case ADDRESS + "fromLong(J)Lorg/keelvm/hal/Address;", ADDRESS + "toLong()J" -> {
            }
            case ADDRESS + "plus(J)Lorg/keelvm/hal/Address;" -> {
                asm.pop(Register.RCX);
                asm.add(QWORD, Memory.at(Register.RSP), Register.RCX);
            }
            case ADDRESS + "isZero()Z" -> {
                asm.pop(Register.RAX);
                asm.test(QWORD, Register.RAX, Register.RAX);
                asm.setcc(Condition.E, Register.RAX);
                asm.movzx(DWORD, Register.RAX, BYTE, Register.RAX);
                asm.push(Register.RAX);
            }
            case ADDRESS + "loadUnsignedByte(J)I" -> load(asm, BYTE);
            case ADDRESS + "loadUnsignedShort(J)I" -> load(asm, WORD);
            case ADDRESS + "loadInt(J)I" -> load(asm, DWORD);
            case ADDRESS + "loadLong(J)J" -> load(asm, QWORD);
            case ADDRESS + "storeByte(JI)V" -> store(asm, BYTE);
            case ADDRESS + "storeShort(JI)V" -> store(asm, WORD);
            case ADDRESS + "storeInt(JI)V" -> store(asm, DWORD);
            case ADDRESS + "storeLong(JJ)V" -> store(asm, QWORD);
            // A reference is an address: converting is free too.
            case ADDRESS + "fromObject(Ljava/lang/Object;)Lorg/keelvm/hal/Address;",
                 ADDRESS + "toObject()Ljava/lang/Object;" -> {
            }
            case ADDRESS + "loadReference(J)Ljava/lang/Object;" -> load(asm, QWORD);
            case ADDRESS + "storeReference(JLjava/lang/Object;)V" -> store(asm, QWORD);
            case "org/keelvm/vm/object/ObjectAccess.hubOf(Ljava/lang/Object;)Lorg/keelvm/vm/object/Hub;" -> {
                asm.pop(Register.RAX);
                asm.push(Memory.at(Register.RAX, ObjectHeader.HUB_OFFSET));
            }
            case CPU + "framePointer()Lorg/keelvm/hal/Address;" -> asm.push(Register.RBP);
            case CPU + "continueAt(Lorg/keelvm/hal/Address;Lorg/keelvm/hal/Address;Lorg/keelvm/hal/Address;"
                    + "Ljava/lang/Object;)V" -> {
                asm.pop(Register.RDX);
                asm.pop(Register.RBP);
                asm.pop(Register.RCX);
                asm.pop(Register.RAX);
                asm.mov(QWORD, Register.RSP, Register.RCX);
                asm.push(Register.RDX);
                asm.jmp(Register.RAX);
            }
            case CPU + "callIndirect(Lorg/keelvm/hal/Address;)V" -> {
                asm.pop(Register.RAX);
                asm.call(Memory.at(Register.RAX));
            }
            case CPU + "callWithArguments(Lorg/keelvm/hal/Address;[J[JZ)J" -> callWithArguments(asm);
            // A float or double slot holds its raw bits already: reinterpreting them is free.
            case FLOAT + "floatToRawIntBits(F)I", FLOAT + "intBitsToFloat(I)F", DOUBLE + "doubleToRawLongBits(D)J",
                 DOUBLE + "longBitsToDouble(J)D" -> {
            }
            case MATH + "sqrt(D)D", STRICT_MATH + "sqrt(D)D" -> {
                // IEEE 754 square root, correctly rounded: what both methods specify.
                asm.sqrtsd(Xmm.XMM0, Memory.at(Register.RSP));
                asm.movsd(Memory.at(Register.RSP), Xmm.XMM0);
            }
            // Clearing the sign bit: abs(-0.0) is +0.0 and a NaN stays a NaN, as the JDK specifies.
            case MATH + "abs(F)F" -> asm.and(DWORD, Memory.at(Register.RSP), FLOAT_MAGNITUDE);
            case MATH + "abs(D)D" -> asm.and(DWORD, Memory.at(Register.RSP, 4), FLOAT_MAGNITUDE);
            // Object.getClass, final and native: the hub's mirror.
            case "java/lang/Object.getClass()Ljava/lang/Class;" -> {
                asm.pop(Register.RAX);
                asm.mov(QWORD, Register.RAX, Memory.at(Register.RAX, ObjectHeader.HUB_OFFSET));
                asm.push(Memory.at(Register.RAX, linker.instanceFieldOffset(HUB_MIRROR)));
            }
            default -> throw new CompilationException("no compiler template for intrinsic " + method.symbolName());
        }
    }

    /**
     * Pushes the argument slots of {@code long[]} stackSlots, loads the argument registers from {@code long[]}
     * registers, calls the entry and pushes the result. {@code rbx} (callee-saved, so the callee keeps it) remembers
     * the stack pointer across the call; its old value and the result-kind flag wait just above the slots.
     */
    private static void callWithArguments(Assembler asm) {
        asm.pop(Register.R10);
        asm.pop(Register.RSI);
        asm.pop(Register.RDI);
        asm.pop(Register.R11);
        asm.push(Register.R10);
        asm.push(Register.RBX);
        asm.mov(QWORD, Register.RBX, Register.RSP);
        asm.mov(DWORD, Register.RCX, Memory.at(Register.RDI, ObjectHeader.ARRAY_LENGTH_OFFSET));
        asm.lea(QWORD, Register.RAX, Memory.at(Register.RDI, ObjectHeader.ARRAY_BASE_OFFSET));
        Label loop = new Label();
        Label pushed = new Label();
        asm.bind(loop);
        asm.test(DWORD, Register.RCX, Register.RCX);
        asm.jcc(Condition.E, pushed);
        asm.push(Memory.at(Register.RAX));
        asm.add(QWORD, Register.RAX, 8);
        asm.sub(DWORD, Register.RCX, 1);
        asm.jmp(loop);
        asm.bind(pushed);
        asm.mov(QWORD, Register.RAX, Register.RSI);
        int integers = CallingConvention.INTEGER_ARGUMENTS.length;
        for (int i = 0; i < CallingConvention.FLOAT_ARGUMENTS.length; i++) {
            asm.movsd(CallingConvention.FLOAT_ARGUMENTS[i],
                    Memory.at(Register.RAX, ObjectHeader.ARRAY_BASE_OFFSET + 8 * (integers + i)));
        }
        for (int i = 0; i < integers; i++) {
            asm.mov(QWORD, CallingConvention.INTEGER_ARGUMENTS[i],
                    Memory.at(Register.RAX, ObjectHeader.ARRAY_BASE_OFFSET + 8 * i));
        }
        asm.call(Register.R11);
        asm.mov(QWORD, Register.RSP, Register.RBX);
        asm.pop(Register.RBX);
        asm.pop(Register.R10);
        Label done = new Label();
        asm.test(DWORD, Register.R10, Register.R10);
        asm.jcc(Condition.E, done);
        asm.movq(Register.RAX, CallingConvention.FLOAT_RESULT);
        asm.bind(done);
        asm.push(Register.RAX);
    }

    private static void portOut(Assembler asm, OperandSize size) {
        asm.pop(Register.RAX);
        asm.pop(Register.RDX);
        asm.outDx(size);
    }

    private static void portIn(Assembler asm, OperandSize size) {
        asm.pop(Register.RDX);
        asm.xor(DWORD, Register.RAX, Register.RAX);
        asm.inDx(size);
        asm.push(Register.RAX);
    }

    /** Combines the 64-bit result that {@code rdtsc} and {@code rdmsr} leave in {@code edx:eax} and pushes it. */
    private static void pushEdxEax(Assembler asm) {
        asm.shl(QWORD, Register.RDX, 32);
        asm.mov(DWORD, Register.RAX, Register.RAX);
        asm.or(QWORD, Register.RAX, Register.RDX);
        asm.push(Register.RAX);
    }

    private static void readControlRegister(Assembler asm, int cr) {
        asm.movFromCr(Register.RAX, cr);
        asm.push(Register.RAX);
    }

    /** {@code address.loadX(offset)}: pops offset and address, pushes the zero-extended value. */
    private static void load(Assembler asm, OperandSize size) {
        asm.pop(Register.RCX);
        asm.pop(Register.RAX);
        Memory at = Memory.at(Register.RAX, Register.RCX, 1, 0);
        switch (size) {
            case BYTE, WORD -> asm.movzx(DWORD, Register.RAX, size, at);
            default -> asm.mov(size, Register.RAX, at);
        }
        asm.push(Register.RAX);
    }

    /** {@code address.storeX(offset, value)}: pops value, offset and address. */
    private static void store(Assembler asm, OperandSize size) {
        asm.pop(Register.RDX);
        asm.pop(Register.RCX);
        asm.pop(Register.RAX);
        asm.mov(size, Memory.at(Register.RAX, Register.RCX, 1, 0), Register.RDX);
    }
}
