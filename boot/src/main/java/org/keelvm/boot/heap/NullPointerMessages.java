package org.keelvm.boot.heap;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.LocalVariableNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceInterpreter;
import org.objectweb.asm.tree.analysis.SourceValue;

/**
 * JDK 17's helpful {@code NullPointerException} messages (JEP 358), worked out at build time for every instruction
 * of a method that can dereference null: what failed ({@code Cannot invoke "String.length()"}) and, where the null
 * came from one instruction, why ({@code because "s" is null}, {@code because the return value of "A.m()" is
 * null}). The text follows HotSpot's: names from the local variable table, else {@code <localN>}; {@code String}
 * and {@code Object} without their package; a constructor call never blamed (so an explicit
 * {@code new NullPointerException()} keeps its null message). Instructions are numbered as the compiler numbers
 * bytecodes: by position in the method's instruction list.
 */
public final class NullPointerMessages {
    /** How deep a cause is described ({@code a.b.c[i]}) before giving up, as HotSpot limits it. */
    private static final int MAX_DEPTH = 5;

    private final MethodNode method;
    private final String owner;
    private final Frame<SourceValue>[] frames;

    private NullPointerMessages(String owner, MethodNode method, Frame<SourceValue>[] frames) {
        this.owner = owner;
        this.method = method;
        this.frames = frames;
    }

    /**
     * The messages of {@code method} of class {@code owner} as pairs: instruction indices ascending in
     * {@code indices}, their messages at the same positions in {@code messages}. Empty if the method's code cannot
     * be analysed.
     */
    public static Table of(String owner, MethodNode method) {
        if (method.instructions.size() == 0) {
            return new Table(new int[0], new String[0]);
        }
        Frame<SourceValue>[] frames;
        try {
            frames = new Analyzer<>(new SourceInterpreter()).analyze(owner, method);
        } catch (AnalyzerException | RuntimeException e) {
            return new Table(new int[0], new String[0]);
        }
        return new NullPointerMessages(owner, method, frames).table();
    }

    /** Instruction indices and their messages. */
    public record Table(int[] indices, String[] messages) {
    }

    private Table table() {
        List<Integer> indices = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        InsnList instructions = method.instructions;
        for (int i = 0; i < instructions.size(); i++) {
            AbstractInsnNode insn = instructions.get(i);
            Frame<SourceValue> frame = frames[i];
            if (frame == null) {
                continue;
            }
            String action = failedAction(insn);
            int slot = nullSlot(insn, frame);
            if (action == null || slot < 0) {
                continue;
            }
            StringBuilder message = new StringBuilder(action);
            String cause = cause(frame.getStack(slot), i, 0);
            if (cause != null) {
                message.append(" because ").append(cause).append(" is null");
            }
            indices.add(i);
            messages.add(message.toString());
        }
        return new Table(indices.stream().mapToInt(Integer::intValue).toArray(), messages.toArray(new String[0]));
    }

    /** What the instruction was doing when the reference it uses was null, or null if it cannot throw for that. */
    private static String failedAction(AbstractInsnNode insn) {
        return switch (insn.getOpcode()) {
            case Opcodes.AALOAD -> "Cannot load from object array";
            case Opcodes.BALOAD -> "Cannot load from byte/boolean array";
            case Opcodes.CALOAD -> "Cannot load from char array";
            case Opcodes.SALOAD -> "Cannot load from short array";
            case Opcodes.IALOAD -> "Cannot load from int array";
            case Opcodes.LALOAD -> "Cannot load from long array";
            case Opcodes.FALOAD -> "Cannot load from float array";
            case Opcodes.DALOAD -> "Cannot load from double array";
            case Opcodes.AASTORE -> "Cannot store to object array";
            case Opcodes.BASTORE -> "Cannot store to byte/boolean array";
            case Opcodes.CASTORE -> "Cannot store to char array";
            case Opcodes.SASTORE -> "Cannot store to short array";
            case Opcodes.IASTORE -> "Cannot store to int array";
            case Opcodes.LASTORE -> "Cannot store to long array";
            case Opcodes.FASTORE -> "Cannot store to float array";
            case Opcodes.DASTORE -> "Cannot store to double array";
            case Opcodes.ARRAYLENGTH -> "Cannot read the array length";
            case Opcodes.ATHROW -> "Cannot throw exception";
            case Opcodes.MONITORENTER -> "Cannot enter synchronized block";
            case Opcodes.MONITOREXIT -> "Cannot exit synchronized block";
            case Opcodes.GETFIELD -> "Cannot read field \"" + ((FieldInsnNode) insn).name + "\"";
            case Opcodes.PUTFIELD -> "Cannot assign field \"" + ((FieldInsnNode) insn).name + "\"";
            case Opcodes.INVOKEVIRTUAL, Opcodes.INVOKEINTERFACE, Opcodes.INVOKESPECIAL -> {
                MethodInsnNode call = (MethodInsnNode) insn;
                // A constructor call is taken never to fail this way, so an explicitly made NPE keeps no message.
                yield call.name.equals("<init>") ? null : "Cannot invoke \"" + methodName(call) + "\"";
            }
            default -> null;
        };
    }

    /** The stack slot (from the bottom) of the reference that the instruction dereferences, or -1. */
    private static int nullSlot(AbstractInsnNode insn, Frame<SourceValue> frame) {
        int top = frame.getStackSize() - 1;
        return switch (insn.getOpcode()) {
            case Opcodes.AALOAD, Opcodes.BALOAD, Opcodes.CALOAD, Opcodes.SALOAD, Opcodes.IALOAD, Opcodes.LALOAD,
                 Opcodes.FALOAD, Opcodes.DALOAD -> top - 1;
            case Opcodes.AASTORE, Opcodes.BASTORE, Opcodes.CASTORE, Opcodes.SASTORE, Opcodes.IASTORE,
                 Opcodes.LASTORE, Opcodes.FASTORE, Opcodes.DASTORE -> top - 2;
            case Opcodes.ARRAYLENGTH, Opcodes.ATHROW, Opcodes.MONITORENTER, Opcodes.MONITOREXIT,
                 Opcodes.GETFIELD -> top;
            case Opcodes.PUTFIELD -> top - 1;
            case Opcodes.INVOKEVIRTUAL, Opcodes.INVOKEINTERFACE, Opcodes.INVOKESPECIAL ->
                top - Type.getArgumentTypes(((MethodInsnNode) insn).desc).length;
            default -> -1;
        };
    }

    /**
     * Why the value was null, as HotSpot words it: a quoted description of where it came from, or "the return value
     * of ..." for a call; null when it came from more than one place or from something not described.
     */
    private String cause(SourceValue value, int at, int depth) {
        AbstractInsnNode source = single(value);
        // A copy (dup, as javac makes for synchronized) or a cast passes its operand on: blame where that came from.
        while (source != null && (source.getOpcode() == Opcodes.DUP || source.getOpcode() == Opcodes.CHECKCAST)) {
            Frame<SourceValue> frame = frames[method.instructions.indexOf(source)];
            source = single(frame.getStack(frame.getStackSize() - 1));
        }
        if (source == null) {
            return null;
        }
        if (source instanceof MethodInsnNode call) {
            return "the return value of \"" + methodName(call) + "\"";
        }
        String description = describe(source, depth);
        return description == null ? null : "\"" + description + "\"";
    }

    private static AbstractInsnNode single(SourceValue value) {
        Set<AbstractInsnNode> sources = value.insns;
        return sources.size() == 1 ? sources.iterator().next() : null;
    }

    /** A description of the value {@code source} pushed, such as {@code n.next} or {@code arr[2]}; null if none. */
    private String describe(AbstractInsnNode source, int depth) {
        if (depth > MAX_DEPTH) {
            return null;
        }
        int index = method.instructions.indexOf(source);
        Frame<SourceValue> frame = frames[index];
        switch (source.getOpcode()) {
            case Opcodes.ACONST_NULL:
                return "null";
            case Opcodes.ALOAD:
            case Opcodes.ILOAD:
                return localName(((VarInsnNode) source).var, index);
            case Opcodes.ICONST_M1, Opcodes.ICONST_0, Opcodes.ICONST_1, Opcodes.ICONST_2, Opcodes.ICONST_3,
                 Opcodes.ICONST_4, Opcodes.ICONST_5:
                return Integer.toString(source.getOpcode() - Opcodes.ICONST_0);
            case Opcodes.BIPUSH, Opcodes.SIPUSH:
                return Integer.toString(((IntInsnNode) source).operand);
            case Opcodes.LDC:
                return ((LdcInsnNode) source).cst instanceof Integer value ? value.toString() : null;
            case Opcodes.GETSTATIC: {
                FieldInsnNode field = (FieldInsnNode) source;
                return className(field.owner) + "." + field.name;
            }
            case Opcodes.GETFIELD: {
                FieldInsnNode field = (FieldInsnNode) source;
                AbstractInsnNode object = single(frame.getStack(frame.getStackSize() - 1));
                String base = object == null || object instanceof MethodInsnNode ? null : describe(object, depth + 1);
                return base == null ? field.name : base + "." + field.name;
            }
            case Opcodes.AALOAD: {
                AbstractInsnNode array = single(frame.getStack(frame.getStackSize() - 2));
                AbstractInsnNode element = single(frame.getStack(frame.getStackSize() - 1));
                String arrayText = array == null || array instanceof MethodInsnNode ? null
                        : describe(array, depth + 1);
                String indexText = element == null || element instanceof MethodInsnNode ? null
                        : describe(element, depth + 1);
                return arrayText == null ? null : arrayText + "[" + (indexText == null ? "..." : indexText) + "]";
            }
            case Opcodes.CHECKCAST: {
                AbstractInsnNode operand = single(frame.getStack(frame.getStackSize() - 1));
                return operand == null || operand instanceof MethodInsnNode ? null : describe(operand, depth);
            }
            default:
                return null;
        }
    }

    /** A local's name from the local variable table where it covers {@code index}, else {@code this}/<localN>. */
    private String localName(int slot, int index) {
        if (method.localVariables != null) {
            for (LocalVariableNode local : method.localVariables) {
                int start = method.instructions.indexOf(local.start);
                int end = method.instructions.indexOf(local.end);
                if (local.index == slot && start <= index + 1 && index < end) {
                    return local.name;
                }
            }
        }
        boolean isStatic = (method.access & Opcodes.ACC_STATIC) != 0;
        if (!isStatic && slot == 0) {
            return "this";
        }
        int parameterSlots = isStatic ? 0 : 1;
        Type[] parameters = Type.getArgumentTypes(method.desc);
        for (int i = 0; i < parameters.length; i++) {
            if (slot == parameterSlots) {
                return "<parameter" + (i + 1) + ">";
            }
            parameterSlots += parameters[i].getSize();
        }
        return "<local" + slot + ">";
    }

    /** {@code Class.method(parameter types)} as HotSpot prints a method in these messages. */
    private static String methodName(MethodInsnNode call) {
        StringBuilder name = new StringBuilder(className(call.owner)).append('.').append(call.name).append('(');
        Type[] parameters = Type.getArgumentTypes(call.desc);
        for (int i = 0; i < parameters.length; i++) {
            name.append(i == 0 ? "" : ", ").append(typeName(parameters[i]));
        }
        return name.append(')').toString();
    }

    private static String typeName(Type type) {
        if (type.getSort() == Type.ARRAY) {
            return typeName(type.getElementType()) + "[]".repeat(type.getDimensions());
        }
        return type.getSort() == Type.OBJECT ? className(type.getInternalName()) : type.getClassName();
    }

    /** A class's name in these messages: {@code String} and {@code Object} short, every other one in full. */
    private static String className(String internalName) {
        if (internalName.equals("java/lang/String") || internalName.equals("java/lang/Object")) {
            return internalName.substring("java/lang/".length());
        }
        return internalName.replace('/', '.');
    }
}
