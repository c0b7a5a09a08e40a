package org.keelvm.jit.baseline;

import static org.keelvm.jit.asm.OperandSize.BYTE;
import static org.keelvm.jit.asm.OperandSize.DWORD;
import static org.keelvm.jit.asm.OperandSize.QWORD;
import static org.keelvm.jit.asm.OperandSize.WORD;
import static org.keelvm.jit.asm.Register.R8;
import static org.keelvm.jit.asm.Register.RAX;
import static org.keelvm.jit.asm.Register.RBP;
import static org.keelvm.jit.asm.Register.RCX;
import static org.keelvm.jit.asm.Register.RDX;
import static org.keelvm.jit.asm.Register.RSP;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.keelvm.jit.CallingConvention;
import org.keelvm.jit.CompilationException;
import org.keelvm.jit.CompiledMethod;
import org.keelvm.jit.Kind;
import org.keelvm.jit.Linker;
import org.keelvm.jit.MemberRef;
import org.keelvm.jit.RuntimeCalls;
import org.keelvm.jit.asm.Assembler;
import org.keelvm.jit.asm.Condition;
import org.keelvm.jit.asm.Label;
import org.keelvm.jit.asm.Memory;
import org.keelvm.jit.asm.OperandSize;
import org.keelvm.jit.asm.Register;
import org.keelvm.vm.runtime.TrapExceptions;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.IincInsnNode;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.JumpInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LineNumberNode;
import org.objectweb.asm.tree.LookupSwitchInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TableSwitchInsnNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.TypeInsnNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicInterpreter;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.Frame;

/**
 * The compilation of one method by the {@link BaselineCompiler}: the walk over its instructions, the frame, and the
 * templates for locals, the stack, arithmetic and control flow. Templates for objects and arrays live in
 * {@link ObjectTemplates}, those for calls in {@link CallTemplates}.
 */
final class MethodTranslation {
    final Linker linker;
    final String owner;
    private final MethodNode method;
    private final MemberRef self;
    private final Assembler asm = new Assembler();
    private final FloatingTemplates floating = new FloatingTemplates(asm);
    private final Map<LabelNode, Label> labels = new HashMap<>();
    private final ObjectTemplates objects;
    private final CallTemplates calls;
    private final CallSites callSites;
    private Frame<BasicValue>[] frames;
    private int line = -1;
    /**
     * Whether the code of {@code insn} may hold a call's return address or a faulting instruction: the only
     * addresses the runtime ever maps back to bytecodes (exception dispatch, stack traces). The others (locals,
     * constants, stack shuffles, arithmetic that cannot divide by zero, branches) keep no entry in the table.
     */
    private static boolean mayCallOrTrap(AbstractInsnNode insn) {
        int opcode = insn.getOpcode();
        boolean local = opcode >= Opcodes.ILOAD && opcode <= Opcodes.ALOAD
                || opcode >= Opcodes.ISTORE && opcode <= Opcodes.ASTORE || opcode == Opcodes.IINC;
        boolean constant = opcode >= Opcodes.ACONST_NULL && opcode <= Opcodes.SIPUSH;
        boolean stack = opcode >= Opcodes.POP && opcode <= Opcodes.SWAP;
        boolean arithmetic = opcode >= Opcodes.IADD && opcode <= Opcodes.LXOR && opcode != Opcodes.IDIV
                && opcode != Opcodes.LDIV && opcode != Opcodes.IREM && opcode != Opcodes.LREM
                && opcode != Opcodes.FREM && opcode != Opcodes.DREM;
        boolean branch = opcode >= Opcodes.IFEQ && opcode <= Opcodes.GOTO;
        return !(local || constant || stack || arithmetic || branch);
    }

    /** The position in the instruction list of the bytecode being translated. */
    private int index;

    MethodTranslation(Linker linker, String owner, MethodNode method) {
        this.linker = linker;
        this.owner = owner;
        this.method = method;
        this.self = new MemberRef(owner, method.name, method.desc);
        this.calls = new CallTemplates(this);
        this.objects = new ObjectTemplates(this, calls);
        // At least one stack slot: the unlock handler of a synchronized method holds the exception there.
        this.callSites = new CallSites(method.maxLocals, Math.max(1, method.maxStack));
    }

    CompiledMethod run() {
        if ((method.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_NATIVE)) != 0) {
            throw new CompilationException(self.symbolName() + " has no bytecode to compile");
        }
        try {
            frames = new Analyzer<>(new BasicInterpreter()).analyze(owner, method);
        } catch (AnalyzerException e) {
            throw new CompilationException("cannot analyze " + self.symbolName() + ": " + e.getMessage());
        }
        prologue();
        AbstractInsnNode[] insns = method.instructions.toArray();
        if (isSynchronized()) {
            pushLockObject();
            calls.callRuntime(RuntimeCalls.MONITOR_ENTER, frames[0], 0);
        }
        Label[] starts = new Label[insns.length];
        List<Integer> lines = new ArrayList<>();
        for (int i = 0; i < insns.length; i++) {
            AbstractInsnNode insn = insns[i];
            if (insn instanceof LabelNode label) {
                asm.bind(label(label));
            } else if (insn instanceof LineNumberNode number) {
                line = number.line;
                lines.add(i);
                lines.add(line);
            } else if (insn.getOpcode() >= 0 && frames[i] != null) {
                starts[i] = new Label();
                asm.bind(starts[i]);
                index = i;
                translate(insn, frames[i]);
            }
        }
        Label unlockHandler = isSynchronized() ? synchronizedExceptionExit(insns.length) : null;
        byte[] code = asm.finish();
        List<Integer> bytecodeStarts = new ArrayList<>();
        for (int i = 0; i < insns.length; i++) {
            if (starts[i] != null && mayCallOrTrap(insns[i])) {
                bytecodeStarts.add(starts[i].position());
                bytecodeStarts.add(i);
            }
        }
        if (unlockHandler != null) {
            bytecodeStarts.add(unlockHandler.position());
            bytecodeStarts.add(insns.length);
        }
        int blocks = method.tryCatchBlocks.size();
        int[] handlers = new int[(blocks + (unlockHandler != null ? 1 : 0)) * 4];
        String[] catchTypes = new String[handlers.length / 4];
        if (unlockHandler != null) {
            // Last, so that the method's own handlers come first: any exception leaving the method unlocks.
            handlers[4 * blocks] = 0;
            handlers[4 * blocks + 1] = insns.length;
            handlers[4 * blocks + 2] = insns.length;
            handlers[4 * blocks + 3] = unlockHandler.position();
        }
        for (int h = 0; h < blocks; h++) {
            TryCatchBlockNode block = method.tryCatchBlocks.get(h);
            handlers[4 * h] = method.instructions.indexOf(block.start);
            handlers[4 * h + 1] = method.instructions.indexOf(block.end);
            handlers[4 * h + 2] = method.instructions.indexOf(block.handler);
            handlers[4 * h + 3] = label(block.handler).position();
            catchTypes[h] = block.type;
        }
        return new CompiledMethod(self, code, method.maxLocals, toArray(bytecodeStarts), toArray(lines), handlers,
                catchTypes, callSites.finish());
    }

    private static int[] toArray(List<Integer> values) {
        int[] array = new int[values.size()];
        for (int i = 0; i < array.length; i++) {
            array[i] = values.get(i);
        }
        return array;
    }

    private boolean isSynchronized() {
        return (method.access & Opcodes.ACC_SYNCHRONIZED) != 0;
    }

    /** Pushes the object a synchronized method locks: {@code this}, or the class of a static method. */
    private void pushLockObject() {
        if ((method.access & Opcodes.ACC_STATIC) != 0) {
            pushAddress(linker.classConstant(owner));
        } else {
            asm.push(local(0));
        }
    }

    /** Before a return of a synchronized method: unlock, with the return value still on the stack. */
    private void unlockIfSynchronized(Frame<BasicValue> frame) {
        if (isSynchronized()) {
            pushLockObject();
            calls.callRuntime(RuntimeCalls.MONITOR_EXIT, frame, 0);
        }
    }

    /**
     * The handler, after the method's code, through which every exception leaves a synchronized method: it
     * unlocks and throws the exception on. Its bytecode index is one past the method's last.
     */
    private Label synchronizedExceptionExit(int index) {
        Label handler = new Label();
        asm.bind(handler);
        Frame<BasicValue> frame = new Frame<>(method.maxLocals, Math.max(1, method.maxStack));
        frame.push(BasicValue.REFERENCE_VALUE);
        pushLockObject();
        calls.callRuntime(RuntimeCalls.MONITOR_EXIT, frame, 0);
        calls.callRuntime(RuntimeCalls.RAISE, frame, 1);
        return handler;
    }

    /** The assembler of this method's code. */
    Assembler asm() {
        return asm;
    }

    /**
     * Records that a call instruction was just emitted while {@code frame} described the bytecode state, with
     * {@code argumentSlots} stack entries consumed as arguments: its return address gets a reference map.
     */
    void callSite(Frame<BasicValue> frame, int argumentSlots) {
        Label after = new Label();
        asm.bind(after);
        callSites.add(after, frame, argumentSlots);
    }

    private void prologue() {
        asm.push(RBP);
        asm.mov(QWORD, RBP, RSP);
        // The stack bang: touching the stack this far down faults on the guard page while enough stack remains
        // for throwing StackOverflowError (see Trap.handle). rax carries no argument.
        asm.mov(QWORD, RAX, Memory.at(RSP, -TrapExceptions.STACK_BANG_DISTANCE));
        if (method.maxLocals > 0) {
            asm.sub(QWORD, RSP, BaselineFrame.localsSize(method.maxLocals));
        }
        boolean isStatic = (method.access & Opcodes.ACC_STATIC) != 0;
        Type[] declared = Type.getArgumentTypes(method.desc);
        int count = declared.length + (isStatic ? 0 : 1);
        Kind[] kinds = new Kind[count];
        int[] localIndex = new int[count];
        int next = 0;
        for (int i = 0; i < count; i++) {
            Type type = isStatic ? declared[i] : (i == 0 ? Type.getObjectType(owner) : declared[i - 1]);
            kinds[i] = Kind.of(type);
            localIndex[i] = next;
            next += type.getSize();
        }
        int[] registers = CallingConvention.registerAssignment(kinds);
        for (int i = 0; i < count; i++) {
            Memory local = local(localIndex[i]);
            if (registers[i] < 0) {
                asm.mov(QWORD, RAX, Memory.at(RBP, CallingConvention.incomingSlotOffset(i, count)));
                asm.mov(QWORD, local, RAX);
            } else if (kinds[i].isFloating()) {
                asm.movsd(local, CallingConvention.FLOAT_ARGUMENTS[registers[i]]);
            } else {
                asm.mov(QWORD, local, CallingConvention.INTEGER_ARGUMENTS[registers[i]]);
            }
        }
    }

    private void translate(AbstractInsnNode insn, Frame<BasicValue> frame) {
        int opcode = insn.getOpcode();
        switch (opcode) {
            case Opcodes.NOP -> {
            }
            case Opcodes.ACONST_NULL -> asm.push(0);
            case Opcodes.ICONST_M1, Opcodes.ICONST_0, Opcodes.ICONST_1, Opcodes.ICONST_2, Opcodes.ICONST_3,
                 Opcodes.ICONST_4, Opcodes.ICONST_5 -> asm.push(opcode - Opcodes.ICONST_0);
            case Opcodes.LCONST_0, Opcodes.LCONST_1 -> asm.push(opcode - Opcodes.LCONST_0);
            case Opcodes.BIPUSH, Opcodes.SIPUSH -> asm.push(((IntInsnNode) insn).operand);
            case Opcodes.LDC -> constant(((LdcInsnNode) insn).cst);
            case Opcodes.ILOAD, Opcodes.LLOAD, Opcodes.FLOAD, Opcodes.DLOAD, Opcodes.ALOAD ->
                    asm.push(local(((VarInsnNode) insn).var));
            case Opcodes.ISTORE, Opcodes.LSTORE, Opcodes.FSTORE, Opcodes.DSTORE, Opcodes.ASTORE ->
                    asm.pop(local(((VarInsnNode) insn).var));
            case Opcodes.POP -> asm.add(QWORD, RSP, CallingConvention.SLOT_SIZE);
            case Opcodes.POP2 -> asm.add(QWORD, RSP, CallingConvention.SLOT_SIZE * slotsOfTop(frame, 2));
            case Opcodes.DUP -> asm.push(Memory.at(RSP));
            case Opcodes.DUP_X1 -> shuffle(2, 0, 1, 0);
            case Opcodes.DUP_X2 -> {
                if (category(frame, 1) == 2) {
                    shuffle(2, 0, 1, 0);
                } else {
                    shuffle(3, 0, 2, 1, 0);
                }
            }
            case Opcodes.DUP2 -> {
                if (category(frame, 0) == 2) {
                    asm.push(Memory.at(RSP));
                } else {
                    shuffle(2, 1, 0, 1, 0);
                }
            }
            case Opcodes.DUP2_X1 -> {
                if (category(frame, 0) == 2) {
                    shuffle(2, 0, 1, 0);
                } else {
                    shuffle(3, 1, 0, 2, 1, 0);
                }
            }
            case Opcodes.DUP2_X2 -> dup2x2(frame);
            case Opcodes.SWAP -> shuffle(2, 0, 1);
            case Opcodes.IADD -> popRcxThen(() -> asm.add(DWORD, top(), RCX));
            case Opcodes.LADD -> popRcxThen(() -> asm.add(QWORD, top(), RCX));
            case Opcodes.ISUB -> popRcxThen(() -> asm.sub(DWORD, top(), RCX));
            case Opcodes.LSUB -> popRcxThen(() -> asm.sub(QWORD, top(), RCX));
            case Opcodes.IMUL -> multiply(DWORD);
            case Opcodes.LMUL -> multiply(QWORD);
            case Opcodes.IDIV -> divide(DWORD, false);
            case Opcodes.LDIV -> divide(QWORD, false);
            case Opcodes.IREM -> divide(DWORD, true);
            case Opcodes.LREM -> divide(QWORD, true);
            case Opcodes.INEG -> asm.neg(DWORD, top());
            case Opcodes.LNEG -> asm.neg(QWORD, top());
            case Opcodes.ISHL -> popRcxThen(() -> asm.shlCl(DWORD, top()));
            case Opcodes.LSHL -> popRcxThen(() -> asm.shlCl(QWORD, top()));
            case Opcodes.ISHR -> popRcxThen(() -> asm.sarCl(DWORD, top()));
            case Opcodes.LSHR -> popRcxThen(() -> asm.sarCl(QWORD, top()));
            case Opcodes.IUSHR -> popRcxThen(() -> asm.shrCl(DWORD, top()));
            case Opcodes.LUSHR -> popRcxThen(() -> asm.shrCl(QWORD, top()));
            case Opcodes.IAND -> popRcxThen(() -> asm.and(DWORD, top(), RCX));
            case Opcodes.LAND -> popRcxThen(() -> asm.and(QWORD, top(), RCX));
            case Opcodes.IOR -> popRcxThen(() -> asm.or(DWORD, top(), RCX));
            case Opcodes.LOR -> popRcxThen(() -> asm.or(QWORD, top(), RCX));
            case Opcodes.IXOR -> popRcxThen(() -> asm.xor(DWORD, top(), RCX));
            case Opcodes.LXOR -> popRcxThen(() -> asm.xor(QWORD, top(), RCX));
            case Opcodes.IINC -> {
                IincInsnNode iinc = (IincInsnNode) insn;
                asm.add(DWORD, local(iinc.var), iinc.incr);
            }
            case Opcodes.I2L -> {
                asm.movsxd(RAX, top());
                asm.mov(QWORD, top(), RAX);
            }
            case Opcodes.L2I -> {
                // An int is the low half of its slot: nothing to do.
            }
            case Opcodes.I2B -> narrow(BYTE, true);
            case Opcodes.I2C -> narrow(WORD, false);
            case Opcodes.I2S -> narrow(WORD, true);
            case Opcodes.LCMP -> compareLongs();
            case Opcodes.FCONST_0, Opcodes.FCONST_1, Opcodes.FCONST_2, Opcodes.DCONST_0, Opcodes.DCONST_1,
                 Opcodes.FADD, Opcodes.FSUB, Opcodes.FMUL, Opcodes.FDIV, Opcodes.FREM, Opcodes.FNEG, Opcodes.DADD,
                 Opcodes.DSUB, Opcodes.DMUL, Opcodes.DDIV, Opcodes.DREM, Opcodes.DNEG, Opcodes.FCMPL, Opcodes.FCMPG,
                 Opcodes.DCMPL, Opcodes.DCMPG, Opcodes.I2F, Opcodes.I2D, Opcodes.L2F, Opcodes.L2D, Opcodes.F2I,
                 Opcodes.F2L, Opcodes.F2D, Opcodes.D2I, Opcodes.D2L, Opcodes.D2F -> floating.translate(opcode);
            case Opcodes.IFEQ, Opcodes.IFNE, Opcodes.IFLT, Opcodes.IFGE, Opcodes.IFGT, Opcodes.IFLE -> {
                asm.pop(RAX);
                asm.test(DWORD, RAX, RAX);
                asm.jcc(condition(opcode - Opcodes.IFEQ), target(insn));
            }
            case Opcodes.IF_ICMPEQ, Opcodes.IF_ICMPNE, Opcodes.IF_ICMPLT, Opcodes.IF_ICMPGE, Opcodes.IF_ICMPGT,
                 Opcodes.IF_ICMPLE -> compareAndBranch(DWORD, condition(opcode - Opcodes.IF_ICMPEQ), insn);
            case Opcodes.IF_ACMPEQ -> compareAndBranch(QWORD, Condition.E, insn);
            case Opcodes.IF_ACMPNE -> compareAndBranch(QWORD, Condition.NE, insn);
            case Opcodes.IFNULL, Opcodes.IFNONNULL -> {
                asm.pop(RAX);
                asm.test(QWORD, RAX, RAX);
                asm.jcc(opcode == Opcodes.IFNULL ? Condition.E : Condition.NE, target(insn));
            }
            case Opcodes.GOTO -> asm.jmp(target(insn));
            case Opcodes.TABLESWITCH -> tableSwitch((TableSwitchInsnNode) insn);
            case Opcodes.LOOKUPSWITCH -> lookupSwitch((LookupSwitchInsnNode) insn);
            case Opcodes.IRETURN, Opcodes.LRETURN, Opcodes.ARETURN -> {
                unlockIfSynchronized(frame);
                asm.pop(RAX);
                epilogue();
            }
            case Opcodes.FRETURN -> {
                unlockIfSynchronized(frame);
                asm.movss(CallingConvention.FLOAT_RESULT, top());
                epilogue();
            }
            case Opcodes.DRETURN -> {
                unlockIfSynchronized(frame);
                asm.movsd(CallingConvention.FLOAT_RESULT, top());
                epilogue();
            }
            case Opcodes.RETURN -> {
                unlockIfSynchronized(frame);
                epilogue();
            }
            case Opcodes.GETSTATIC -> {
                calls.initializationCheck(((FieldInsnNode) insn).owner, frame);
                getStatic((FieldInsnNode) insn);
            }
            case Opcodes.PUTSTATIC -> {
                calls.initializationCheck(((FieldInsnNode) insn).owner, frame);
                putStatic((FieldInsnNode) insn);
            }
            case Opcodes.INVOKESTATIC, Opcodes.INVOKEVIRTUAL, Opcodes.INVOKESPECIAL, Opcodes.INVOKEINTERFACE ->
                    calls.invoke((MethodInsnNode) insn, frame);
            case Opcodes.INVOKEDYNAMIC -> throw new CompilationException("invokedynamic in " + where()
                    + " was not desugared by the image builder");
            case Opcodes.GETFIELD -> objects.getField((FieldInsnNode) insn);
            case Opcodes.PUTFIELD -> objects.putField((FieldInsnNode) insn);
            case Opcodes.NEW -> objects.newInstance((TypeInsnNode) insn, frame);
            case Opcodes.NEWARRAY -> objects.newPrimitiveArray((IntInsnNode) insn, frame);
            case Opcodes.ANEWARRAY -> objects.newReferenceArray((TypeInsnNode) insn, frame);
            case Opcodes.MULTIANEWARRAY -> objects.newMultiArray((MultiANewArrayInsnNode) insn, frame);
            case Opcodes.ARRAYLENGTH -> objects.arrayLength();
            case Opcodes.IALOAD, Opcodes.LALOAD, Opcodes.FALOAD, Opcodes.DALOAD, Opcodes.AALOAD, Opcodes.BALOAD,
                 Opcodes.CALOAD, Opcodes.SALOAD -> objects.arrayLoad(opcode, frame);
            case Opcodes.IASTORE, Opcodes.LASTORE, Opcodes.FASTORE, Opcodes.DASTORE, Opcodes.BASTORE,
                 Opcodes.CASTORE, Opcodes.SASTORE -> objects.arrayStore(opcode, frame);
            case Opcodes.AASTORE -> objects.referenceArrayStore(frame);
            case Opcodes.CHECKCAST -> objects.checkCast((TypeInsnNode) insn, frame);
            case Opcodes.INSTANCEOF -> objects.instanceOf((TypeInsnNode) insn, frame);
            case Opcodes.ATHROW -> objects.athrow(frame);
            case Opcodes.MONITORENTER, Opcodes.MONITOREXIT -> objects.monitor(opcode, frame);
            default -> throw unsupported(insn);
        }
    }

    private void constant(Object value) {
        if (value instanceof Integer i) {
            asm.push(i);
        } else if (value instanceof Long l) {
            pushLong(l);
        } else if (value instanceof Float f) {
            asm.push(Float.floatToRawIntBits(f));
        } else if (value instanceof Double d) {
            pushLong(Double.doubleToRawLongBits(d));
        } else if (value instanceof String string) {
            pushAddress(linker.stringConstant(string));
        } else if (value instanceof Type type && (type.getSort() == Type.OBJECT || type.getSort() == Type.ARRAY)) {
            pushAddress(linker.classConstant(type.getInternalName()));
        } else {
            throw new CompilationException("unsupported constant " + value.getClass().getSimpleName() + " in "
                    + where());
        }
    }

    /** Pushes an absolute address of the image (below 2 GiB, so a sign-extended 32-bit immediate holds it). */
    void pushAddress(long address) {
        asm.push((int) checkedAddress(address));
    }

    private void pushLong(long value) {
        if (value == (int) value) {
            asm.push((int) value);
        } else {
            asm.mov(QWORD, RAX, value);
            asm.push(RAX);
        }
    }

    /** Pops the right operand into {@code rcx}, then combines it into the left operand in place at [rsp]. */
    private void popRcxThen(Runnable operation) {
        asm.pop(RCX);
        operation.run();
    }

    private void multiply(OperandSize size) {
        asm.pop(RCX);
        asm.pop(RAX);
        asm.imul(size, RAX, RCX);
        asm.push(RAX);
    }

    /**
     * Java division truncates like {@code idiv}, but {@code MIN_VALUE / -1} must give {@code MIN_VALUE} (and the
     * remainder 0) where {@code idiv} faults, so a divisor of -1 takes the negation path. A zero divisor raises
     * {@code #DE}.
     */
    private void divide(OperandSize size, boolean remainder) {
        Label general = new Label();
        Label done = new Label();
        asm.pop(RCX);
        asm.pop(RAX);
        asm.cmp(size, RCX, -1);
        asm.jcc(Condition.NE, general);
        if (remainder) {
            asm.xor(DWORD, RAX, RAX);
        } else {
            asm.neg(size, RAX);
        }
        asm.jmp(done);
        asm.bind(general);
        if (size == QWORD) {
            asm.cqo();
        } else {
            asm.cdq();
        }
        asm.idiv(size, RCX);
        if (remainder) {
            asm.mov(QWORD, RAX, RDX);
        }
        asm.bind(done);
        asm.push(RAX);
    }

    private void narrow(OperandSize from, boolean signed) {
        if (signed) {
            asm.movsx(DWORD, RAX, from, top());
        } else {
            asm.movzx(DWORD, RAX, from, top());
        }
        asm.mov(DWORD, top(), RAX);
    }

    /** {@code lcmp}: pushes -1, 0 or 1 as {@code (a > b) - (a < b)}. */
    private void compareLongs() {
        asm.pop(RCX);
        asm.pop(RAX);
        asm.cmp(QWORD, RAX, RCX);
        asm.setcc(Condition.G, RAX);
        asm.setcc(Condition.L, RCX);
        asm.sub(BYTE, RAX, RCX);
        asm.movsx(DWORD, RAX, BYTE, RAX);
        asm.push(RAX);
    }

    private void compareAndBranch(OperandSize size, Condition condition, AbstractInsnNode insn) {
        asm.pop(RCX);
        asm.pop(RAX);
        asm.cmp(size, RAX, RCX);
        asm.jcc(condition, target(insn));
    }

    /** Conditions in the order of {@code ifeq, ifne, iflt, ifge, ifgt, ifle} (and the {@code if_icmp} forms). */
    private Condition condition(int index) {
        return switch (index) {
            case 0 -> Condition.E;
            case 1 -> Condition.NE;
            case 2 -> Condition.L;
            case 3 -> Condition.GE;
            case 4 -> Condition.G;
            default -> Condition.LE;
        };
    }

    /**
     * Indexes a table of 32-bit offsets relative to the table itself, placed right after the jump, so the code
     * stays position-independent.
     */
    private void tableSwitch(TableSwitchInsnNode insn) {
        Label table = new Label();
        asm.pop(RAX);
        // A 32-bit operation on eax clears the upper half of rax, which then indexes the table; the int came
        // from an 8-byte slot whose upper half is unspecified.
        if (insn.min != 0) {
            asm.sub(DWORD, RAX, insn.min);
        } else {
            asm.mov(DWORD, RAX, RAX);
        }
        asm.cmp(DWORD, RAX, insn.max - insn.min);
        asm.jcc(Condition.A, label(insn.dflt));
        asm.lea(QWORD, RCX, Memory.rip(table));
        asm.movsxd(RAX, Memory.at(RCX, RAX, 4, 0));
        asm.add(QWORD, RAX, RCX);
        asm.jmp(RAX);
        asm.align(4);
        asm.bind(table);
        for (LabelNode target : insn.labels) {
            asm.emitLabelOffset32(label(target), table);
        }
    }

    private void lookupSwitch(LookupSwitchInsnNode insn) {
        asm.pop(RAX);
        for (int i = 0; i < insn.keys.size(); i++) {
            asm.cmp(DWORD, RAX, insn.keys.get(i));
            asm.jcc(Condition.E, label(insn.labels.get(i)));
        }
        asm.jmp(label(insn.dflt));
    }

    private void epilogue() {
        asm.leave();
        asm.ret();
    }

    private void getStatic(FieldInsnNode insn) {
        FieldValues.load(asm, insn.desc.charAt(0), staticSlot(insn));
        asm.push(RAX);
    }

    private void putStatic(FieldInsnNode insn) {
        asm.pop(RAX);
        FieldValues.store(asm, insn.desc.charAt(0), staticSlot(insn), RAX);
    }

    private Memory staticSlot(FieldInsnNode insn) {
        return absolute(linker.staticFieldAddress(new MemberRef(insn.owner, insn.name, insn.desc)));
    }

    /**
     * Pops {@code popCount} values into scratch registers (top first: register 0 holds the top) and pushes them
     * back in the order given, bottom first: the stack-manipulating bytecodes are all such permutations.
     */
    private void shuffle(int popCount, int... pushOrder) {
        Register[] scratch = {RAX, RCX, RDX, R8};
        for (int i = 0; i < popCount; i++) {
            asm.pop(scratch[i]);
        }
        for (int index : pushOrder) {
            asm.push(scratch[index]);
        }
    }

    /** The four forms of {@code dup2_x2} (JVMS §6.5), by the categories of the top values. */
    private void dup2x2(Frame<BasicValue> frame) {
        boolean topWide = category(frame, 0) == 2;
        if (topWide) {
            if (category(frame, 1) == 2) {
                shuffle(2, 0, 1, 0);
            } else {
                shuffle(3, 0, 2, 1, 0);
            }
        } else if (category(frame, 2) == 2) {
            shuffle(3, 1, 0, 2, 1, 0);
        } else {
            shuffle(4, 1, 0, 3, 2, 1, 0);
        }
    }

    /** The computational category (1 or 2) of the value {@code depth} values below the top of the stack. */
    private int category(Frame<BasicValue> frame, int depth) {
        return frame.getStack(frame.getStackSize() - 1 - depth).getSize();
    }

    /** Machine slots that {@code pop2} or a {@code dup2} form covers: 1 for a long or double, else 2. */
    private int slotsOfTop(Frame<BasicValue> frame, int jvmSlots) {
        return category(frame, 0) == jvmSlots ? 1 : 2;
    }

    private Memory local(int index) {
        return Memory.at(RBP, BaselineFrame.localOffset(index));
    }

    Memory top() {
        return Memory.at(RSP);
    }

    /** A memory operand at an absolute address of the image. */
    Memory absolute(long address) {
        return Memory.absolute((int) checkedAddress(address));
    }

    private long checkedAddress(long address) {
        if (address < 0 || address > Integer.MAX_VALUE) {
            throw new CompilationException("address 0x" + Long.toHexString(address)
                    + " is outside the 2 GiB the compiler addresses absolutely, in " + where());
        }
        return address;
    }

    private Label target(AbstractInsnNode insn) {
        return label(((JumpInsnNode) insn).label);
    }

    private Label label(LabelNode node) {
        return labels.computeIfAbsent(node, n -> new Label());
    }

    CompilationException unsupported(AbstractInsnNode insn) {
        String what = insn instanceof MethodInsnNode call
                ? "call to " + new MemberRef(call.owner, call.name, call.desc).symbolName()
                : insn instanceof FieldInsnNode field ? "access to field " + field.owner + "." + field.name
                : "bytecode " + insn.getOpcode();
        return new CompilationException("unsupported " + what + " in " + where()
                + " (not supported by the baseline compiler yet)");
    }

    /** The method and source line being compiled, for messages. */
    String where() {
        return self.symbolName() + (line >= 0 ? " at line " + line : "");
    }
}
