package org.keelvm.jit.baseline;

import static org.keelvm.jit.asm.OperandSize.DWORD;
import static org.keelvm.jit.asm.OperandSize.QWORD;
import static org.keelvm.jit.asm.Register.RAX;
import static org.keelvm.jit.asm.Register.RSP;

import org.keelvm.jit.CallingConvention;
import org.keelvm.jit.Kind;
import org.keelvm.jit.MemberRef;
import org.keelvm.jit.RuntimeCalls;
import org.keelvm.jit.VirtualCall;
import org.keelvm.jit.asm.Assembler;
import org.keelvm.jit.asm.Condition;
import org.keelvm.jit.asm.Label;
import org.keelvm.jit.asm.Memory;
import org.keelvm.jit.asm.Register;
import org.keelvm.vm.object.Hub;
import org.keelvm.vm.object.ObjectHeader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;

/**
 * Templates for the four invoke bytecodes, for calls into the runtime, and for class-initialization checks.
 *
 * <p>Arguments are on the expression stack in call order, which is the {@link CallingConvention}'s layout of
 * argument slots; a call loads the register arguments from their slots, calls, pops the slots and pushes the
 * result. How each invoke finds its target:
 * <pre>
 *  invokestatic       [init check]  call [statics entry]
 *  invokespecial      null check    call [statics entry]
 *  invokevirtual      mov rax, [receiver] (hub); mov rax, [rax + Hub.vtable]; call [rax + base + 8 * index]
 *  invokeinterface    rax = InterfaceDispatch.itable(receiver, interface hub); call [rax + base + 8 * index]
 * </pre>
 * A load through a null receiver faults, which becomes the {@code NullPointerException} of the call.
 */
final class CallTemplates {
    private final MethodTranslation method;
    private final Assembler asm;

    CallTemplates(MethodTranslation method) {
        this.method = method;
        this.asm = method.asm();
    }

    void invoke(MethodInsnNode insn, Frame<BasicValue> frame) {
        MemberRef target = new MemberRef(insn.owner, insn.name, insn.desc);
        MemberRef monitorCall = objectMonitorCall(insn);
        if (monitorCall != null) {
            callRuntime(monitorCall, frame, Type.getArgumentTypes(monitorCall.descriptor()).length);
            return;
        }
        if (method.linker.isIntrinsic(target)) {
            Intrinsics.emit(asm, target, method.linker);
            return;
        }
        boolean hasReceiver = insn.getOpcode() != Opcodes.INVOKESTATIC;
        Kind[] kinds = argumentKinds(insn.desc, hasReceiver);
        switch (insn.getOpcode()) {
            case Opcodes.INVOKESTATIC -> {
                initializationCheck(insn.owner, frame);
                loadArguments(kinds);
                asm.call(method.absolute(method.linker.staticMethodEntry(target)));
            }
            case Opcodes.INVOKESPECIAL -> directCall(target, kinds);
            default -> {
                VirtualCall dispatch = method.linker.virtualCall(target,
                        insn.getOpcode() == Opcodes.INVOKEINTERFACE);
                if (dispatch.direct() != null) {
                    directCall(dispatch.direct(), kinds);
                } else if (dispatch.vtableIndex() >= 0) {
                    loadArguments(kinds);
                    asm.mov(QWORD, RAX, Memory.at(CallingConvention.INTEGER_ARGUMENTS[0], ObjectHeader.HUB_OFFSET));
                    asm.mov(QWORD, RAX, Memory.at(RAX, method.linker.instanceFieldOffset(RuntimeCalls.HUB_VTABLE)));
                    asm.call(Memory.at(RAX, ObjectHeader.ARRAY_BASE_OFFSET + 8 * dispatch.vtableIndex()));
                } else {
                    asm.push(Memory.at(RSP, CallingConvention.outgoingSlotOffset(0, kinds.length)));
                    method.pushAddress(method.linker.hubAddress(dispatch.interfaceType()));
                    callRuntime(RuntimeCalls.ITABLE, frame, 0);
                    loadArguments(kinds);
                    asm.call(Memory.at(RAX, ObjectHeader.ARRAY_BASE_OFFSET + 8 * dispatch.itableIndex()));
                }
            }
        }
        method.callSite(frame, kinds.length);
        popArgumentsPushResult(kinds.length, Type.getReturnType(insn.desc));
    }

    /**
     * {@code Object.notify}, {@code notifyAll} and {@code wait(long)} (final and native: named on any class) go
     * to the runtime's monitors, whose arguments are the call's own.
     */
    private static MemberRef objectMonitorCall(MethodInsnNode insn) {
        if (insn.getOpcode() != Opcodes.INVOKEVIRTUAL) {
            return null;
        }
        return switch (insn.name + insn.desc) {
            case "notify()V", "notifyAll()V" -> RuntimeCalls.MONITOR_NOTIFY;
            case "wait(J)V" -> RuntimeCalls.MONITOR_WAIT;
            default -> null;
        };
    }

    /** A call to a statically known instance method: null-check the receiver, call through its statics entry. */
    private void directCall(MemberRef target, Kind[] kinds) {
        loadArguments(kinds);
        asm.test(QWORD, Memory.at(CallingConvention.INTEGER_ARGUMENTS[0], ObjectHeader.HUB_OFFSET), RAX);
        asm.call(method.absolute(method.linker.staticMethodEntry(target)));
    }

    /**
     * Calls runtime method {@code target} whose arguments are the top stack slots; leaves its result in
     * {@code rax} (or {@code xmm0}) without pushing it. {@code argumentsInFrame} of those slots are values of the
     * bytecode's own frame; the others were pushed by the template.
     */
    void callRuntime(MemberRef target, Frame<BasicValue> frame, int argumentsInFrame) {
        Kind[] kinds = argumentKinds(target.descriptor(), false);
        loadArguments(kinds);
        asm.call(method.absolute(method.linker.staticMethodEntry(target)));
        method.callSite(frame, argumentsInFrame);
        if (kinds.length > 0) {
            asm.add(QWORD, RSP, CallingConvention.SLOT_SIZE * kinds.length);
        }
    }

    /**
     * Before a static access, static call or {@code new} of {@code type}: unless the linker knows it is not needed,
     * checks the hub's initialization state and calls the runtime to initialize the class if it is not done.
     */
    void initializationCheck(String type, Frame<BasicValue> frame) {
        if (!method.linker.needsInitializationCheck(type, method.owner)) {
            return;
        }
        long hub = method.linker.hubAddress(type);
        Label done = new Label();
        asm.cmp(DWORD, method.absolute(hub + method.linker.instanceFieldOffset(RuntimeCalls.HUB_INIT_STATE)),
                Hub.INITIALIZED);
        asm.jcc(Condition.E, done);
        method.pushAddress(hub);
        callRuntime(RuntimeCalls.INITIALIZE, frame, 0);
        asm.bind(done);
    }

    private static Kind[] argumentKinds(String descriptor, boolean hasReceiver) {
        Type[] arguments = Type.getArgumentTypes(descriptor);
        int offset = hasReceiver ? 1 : 0;
        Kind[] kinds = new Kind[arguments.length + offset];
        if (hasReceiver) {
            kinds[0] = Kind.REFERENCE;
        }
        for (int i = 0; i < arguments.length; i++) {
            kinds[i + offset] = Kind.of(arguments[i]);
        }
        return kinds;
    }

    /** Loads the register arguments from their stack slots; stack arguments stay where they are. */
    private void loadArguments(Kind[] kinds) {
        int count = kinds.length;
        int[] registers = CallingConvention.registerAssignment(kinds);
        for (int i = 0; i < count; i++) {
            if (registers[i] < 0) {
                continue;
            }
            Memory slot = Memory.at(RSP, CallingConvention.outgoingSlotOffset(i, count));
            if (kinds[i].isFloating()) {
                asm.movsd(CallingConvention.FLOAT_ARGUMENTS[registers[i]], slot);
            } else {
                Register register = CallingConvention.INTEGER_ARGUMENTS[registers[i]];
                asm.mov(QWORD, register, slot);
            }
        }
    }

    private void popArgumentsPushResult(int count, Type returnType) {
        if (count > 0) {
            asm.add(QWORD, RSP, CallingConvention.SLOT_SIZE * count);
        }
        Kind result = Kind.of(returnType);
        if (result.isFloating()) {
            asm.sub(QWORD, RSP, CallingConvention.SLOT_SIZE);
            asm.movsd(Memory.at(RSP), CallingConvention.FLOAT_RESULT);
        } else if (result != Kind.VOID) {
            asm.push(CallingConvention.INTEGER_RESULT);
        }
    }
}
