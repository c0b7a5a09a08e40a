package org.keelvm.boot.universe;

import org.keelvm.jit.MemberRef;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.InsnList;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * A reference that does not resolve at build time: a missing class, method or field, or a call that needs
 * {@code java.lang.invoke}. Keel is an open-world JVM, so like HotSpot it fails where such a reference is first
 * executed, not when the program is built: the instruction is replaced by code that throws the error HotSpot would
 * ({@code NoClassDefFoundError}, {@code NoSuchMethodError}, {@code NoSuchFieldError}), or
 * {@code UnsupportedOperationException} for what Keel does not implement yet. A handler whose catch type is missing
 * is entered first by that error.
 *
 * @param kind    one of the {@code TrapExceptions.LINKAGE_*} kinds
 * @param message the error's message
 */
record LinkageFailure(int kind, String message) {
    /** The runtime method the replacement code calls. */
    static final MemberRef RUNTIME_METHOD = new MemberRef("org/keelvm/vm/runtime/TrapExceptions", "linkageError",
            "(ILjava/lang/String;)V");
    private static final int NO_CLASS = 0;
    private static final int NO_METHOD = 1;
    private static final int NO_FIELD = 2;
    private static final int UNSUPPORTED = 3;

    /** The failure of {@code insn}; {@code unsupported} when it calls a signature polymorphic method. */
    static LinkageFailure of(AbstractInsnNode insn, String buildMessage, boolean unsupported) {
        if (unsupported) {
            return new LinkageFailure(UNSUPPORTED, buildMessage);
        }
        if (buildMessage.startsWith("method ") && insn instanceof MethodInsnNode call) {
            return new LinkageFailure(NO_METHOD, NativeMethods.describe(call.owner, call.name, call.desc));
        }
        if (buildMessage.startsWith("field ") && insn instanceof FieldInsnNode field) {
            return new LinkageFailure(NO_FIELD, field.name);
        }
        return new LinkageFailure(NO_CLASS, missingClass(buildMessage));
    }

    /** HotSpot names a missing class by its internal name: {@code com/example/Gone}. */
    private static String missingClass(String buildMessage) {
        String prefix = "class ";
        int end = buildMessage.indexOf(" not found");
        if (buildMessage.startsWith(prefix) && end > prefix.length()) {
            return buildMessage.substring(prefix.length(), end).replace('.', '/');
        }
        return buildMessage;
    }

    /** Replaces {@code insn} in {@code method} (or, for a label, inserts after it) with code that throws. */
    void replace(MethodNode method, AbstractInsnNode insn) {
        InsnList thrower = new InsnList();
        thrower.add(new IntInsnNode(Opcodes.BIPUSH, kind));
        thrower.add(new LdcInsnNode(message));
        thrower.add(new MethodInsnNode(Opcodes.INVOKESTATIC, RUNTIME_METHOD.owner(), RUNTIME_METHOD.name(),
                RUNTIME_METHOD.descriptor(), false));
        thrower.add(new InsnNode(Opcodes.ACONST_NULL));
        thrower.add(new InsnNode(Opcodes.ATHROW));
        if (insn instanceof LabelNode) {
            method.instructions.insert(insn, thrower);
        } else {
            method.instructions.insert(insn, thrower);
            method.instructions.remove(insn);
        }
        method.maxStack += 3;
    }
}
