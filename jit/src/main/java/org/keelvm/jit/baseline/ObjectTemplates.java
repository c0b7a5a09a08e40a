package org.keelvm.jit.baseline;

import static org.keelvm.jit.asm.OperandSize.DWORD;
import static org.keelvm.jit.asm.OperandSize.QWORD;
import static org.keelvm.jit.asm.Register.R8;
import static org.keelvm.jit.asm.Register.RAX;
import static org.keelvm.jit.asm.Register.RCX;
import static org.keelvm.jit.asm.Register.RDX;
import static org.keelvm.jit.asm.Register.RSP;

import org.keelvm.jit.ArrayTypes;
import org.keelvm.jit.MemberRef;
import org.keelvm.jit.RuntimeCalls;
import org.keelvm.jit.asm.Assembler;
import org.keelvm.jit.asm.Condition;
import org.keelvm.jit.asm.Label;
import org.keelvm.jit.asm.Memory;
import org.keelvm.vm.object.ObjectHeader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;

/**
 * Templates for objects and arrays: instance fields, allocation, array elements and lengths, type checks,
 * {@code athrow} and the monitor bytecodes. Layouts are those of {@link ObjectHeader}.
 *
 * <p>Null checks are implicit: the first access of every template through a reference (the field, the hub, the
 * array length) faults on page 0 when the reference is null, and the fault becomes a
 * {@code NullPointerException} of this bytecode. Bounds checks compare the index with the length as unsigned
 * numbers, so that a negative index fails the same test; the failure path calls the runtime, which throws, from
 * inside the bytecode's own code so that the exception belongs to it.
 */
final class ObjectTemplates {
    /** Field offsets below this are covered by the unmapped page 0. */
    private static final int IMPLICIT_NULL_CHECK_LIMIT = 4096;

    private final MethodTranslation method;
    private final Assembler asm;
    private final CallTemplates calls;

    ObjectTemplates(MethodTranslation method, CallTemplates calls) {
        this.method = method;
        this.asm = method.asm();
        this.calls = calls;
    }

    void getField(FieldInsnNode insn) {
        int offset = fieldOffset(insn);
        asm.pop(RAX);
        nullCheckIfFar(offset);
        FieldValues.load(asm, insn.desc.charAt(0), Memory.at(RAX, offset));
        asm.push(RAX);
    }

    void putField(FieldInsnNode insn) {
        int offset = fieldOffset(insn);
        asm.pop(RDX);
        asm.pop(RAX);
        nullCheckIfFar(offset);
        FieldValues.store(asm, insn.desc.charAt(0), Memory.at(RAX, offset), RDX);
    }

    private int fieldOffset(FieldInsnNode insn) {
        return method.linker.instanceFieldOffset(new MemberRef(insn.owner, insn.name, insn.desc));
    }

    private void nullCheckIfFar(int offset) {
        if (offset >= IMPLICIT_NULL_CHECK_LIMIT) {
            asm.test(QWORD, Memory.at(RAX, ObjectHeader.HUB_OFFSET), RAX);
        }
    }

    void newInstance(TypeInsnNode insn, Frame<BasicValue> frame) {
        calls.initializationCheck(insn.desc, frame);
        method.pushAddress(method.linker.hubAddress(insn.desc));
        calls.callRuntime(RuntimeCalls.NEW_INSTANCE, frame, 0);
        asm.push(RAX);
    }

    void newPrimitiveArray(IntInsnNode insn, Frame<BasicValue> frame) {
        newArray(ArrayTypes.primitiveArray(insn.operand), frame);
    }

    void newReferenceArray(TypeInsnNode insn, Frame<BasicValue> frame) {
        newArray(ArrayTypes.arrayOf(insn.desc), frame);
    }

    private void newArray(String arrayType, Frame<BasicValue> frame) {
        asm.pop(RCX);
        method.pushAddress(method.linker.hubAddress(arrayType));
        asm.push(RCX);
        calls.callRuntime(RuntimeCalls.NEW_ARRAY, frame, 1);
        asm.push(RAX);
    }

    /** The dimensions stay on the stack; the runtime reads them there through their address. */
    void newMultiArray(MultiANewArrayInsnNode insn, Frame<BasicValue> frame) {
        asm.mov(QWORD, RAX, RSP);
        method.pushAddress(method.linker.hubAddress(insn.desc));
        asm.push(insn.dims);
        asm.push(RAX);
        calls.callRuntime(RuntimeCalls.NEW_MULTI_ARRAY, frame, 0);
        asm.add(QWORD, RSP, 8 * insn.dims);
        asm.push(RAX);
    }

    void arrayLength() {
        asm.pop(RAX);
        asm.mov(DWORD, RAX, Memory.at(RAX, ObjectHeader.ARRAY_LENGTH_OFFSET));
        asm.push(RAX);
    }

    void arrayLoad(int opcode, Frame<BasicValue> frame) {
        asm.pop(RCX);
        asm.pop(RAX);
        boundsCheck(frame, 2);
        FieldValues.load(asm, elementType(opcode), element(opcode));
        asm.push(RAX);
    }

    void arrayStore(int opcode, Frame<BasicValue> frame) {
        asm.pop(R8);
        asm.pop(RCX);
        asm.pop(RAX);
        boundsCheck(frame, 3);
        char type = elementType(opcode);
        if (opcode == Opcodes.BASTORE) {
            // bastore serves byte[] and boolean[]; only a boolean[] keeps just bit 0 of the value.
            Label isByteArray = new Label();
            asm.cmp(QWORD, Memory.at(RAX, ObjectHeader.HUB_OFFSET), (int) method.linker.hubAddress("[Z"));
            asm.jcc(Condition.NE, isByteArray);
            asm.and(DWORD, R8, 1);
            asm.bind(isByteArray);
        }
        FieldValues.store(asm, type, element(opcode), R8);
    }

    /** {@code aastore}: null and bounds checks, then the store check unless the value is null, then the store. */
    void referenceArrayStore(Frame<BasicValue> frame) {
        asm.mov(QWORD, RAX, Memory.at(RSP, 16));
        asm.mov(QWORD, RCX, Memory.at(RSP, 8));
        boundsCheck(frame, 0);
        Label store = new Label();
        asm.mov(QWORD, RDX, Memory.at(RSP));
        asm.test(QWORD, RDX, RDX);
        asm.jcc(Condition.E, store);
        asm.push(Memory.at(RSP, 16));
        asm.push(Memory.at(RSP, 8));
        calls.callRuntime(RuntimeCalls.CHECK_ARRAY_STORE, frame, 0);
        asm.bind(store);
        asm.pop(RDX);
        asm.pop(RCX);
        asm.pop(RAX);
        asm.mov(DWORD, RCX, RCX);
        asm.mov(QWORD, Memory.at(RAX, RCX, 8, ObjectHeader.ARRAY_BASE_OFFSET), RDX);
    }

    /**
     * Checks index {@code ecx} against the length of array {@code rax} (loading the length is the null check) and
     * zero-extends the index for addressing. {@code consumed} of the frame's stack entries are already popped.
     */
    private void boundsCheck(Frame<BasicValue> frame, int consumed) {
        Label inBounds = new Label();
        asm.mov(DWORD, RDX, Memory.at(RAX, ObjectHeader.ARRAY_LENGTH_OFFSET));
        asm.cmp(DWORD, RCX, RDX);
        asm.jcc(Condition.B, inBounds);
        asm.push(RCX);
        asm.push(RDX);
        calls.callRuntime(RuntimeCalls.ARRAY_INDEX_OUT_OF_BOUNDS, frame, consumed);
        asm.bind(inBounds);
        asm.mov(DWORD, RCX, RCX);
    }

    private static char elementType(int opcode) {
        return switch (opcode) {
            case Opcodes.IALOAD, Opcodes.IASTORE -> 'I';
            case Opcodes.LALOAD, Opcodes.LASTORE -> 'J';
            case Opcodes.FALOAD, Opcodes.FASTORE -> 'F';
            case Opcodes.DALOAD, Opcodes.DASTORE -> 'D';
            case Opcodes.BALOAD, Opcodes.BASTORE -> 'B';
            case Opcodes.CALOAD, Opcodes.CASTORE -> 'C';
            case Opcodes.SALOAD, Opcodes.SASTORE -> 'S';
            default -> 'L';
        };
    }

    /** The element at index {@code rcx} of array {@code rax}. */
    private static Memory element(int opcode) {
        int scale = switch (elementType(opcode)) {
            case 'B' -> 1;
            case 'C', 'S' -> 2;
            case 'I', 'F' -> 4;
            default -> 8;
        };
        return Memory.at(RAX, RCX, scale, ObjectHeader.ARRAY_BASE_OFFSET);
    }

    void checkCast(TypeInsnNode insn, Frame<BasicValue> frame) {
        asm.push(Memory.at(RSP));
        method.pushAddress(method.linker.hubAddress(insn.desc));
        calls.callRuntime(RuntimeCalls.CHECK_CAST, frame, 0);
    }

    void instanceOf(TypeInsnNode insn, Frame<BasicValue> frame) {
        method.pushAddress(method.linker.hubAddress(insn.desc));
        calls.callRuntime(RuntimeCalls.IS_INSTANCE, frame, 1);
        asm.push(RAX);
    }

    void athrow(Frame<BasicValue> frame) {
        calls.callRuntime(RuntimeCalls.RAISE, frame, 1);
    }

    /** {@code monitorenter}/{@code monitorexit}: the runtime counts entries (a null object faults there). */
    void monitor(int opcode, Frame<BasicValue> frame) {
        calls.callRuntime(opcode == Opcodes.MONITORENTER ? RuntimeCalls.MONITOR_ENTER : RuntimeCalls.MONITOR_EXIT,
                frame, 1);
    }
}
