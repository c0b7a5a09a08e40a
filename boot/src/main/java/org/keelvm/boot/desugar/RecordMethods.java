package org.keelvm.boot.desugar;

import java.util.List;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.MethodNode;

/**
 * A {@code java.lang.runtime.ObjectMethods.bootstrap} call site (a record's {@code toString}, {@code equals} or
 * {@code hashCode}) as a static method of the host class with the call site's type, behaving as JDK 17's method
 * handle combinators do:
 *
 * <ul>
 * <li>{@code toString}: {@code Simple[a=v, b=w]}, each component through {@code String.valueOf} of its type, in
 *     component order;</li>
 * <li>{@code equals}: {@code true} for the same object, {@code false} if the other is not an instance of the record
 *     class, else every component equal, tested from the last component to the first (the order the nested
 *     {@code guardWithTest}s run): {@code ==} for integral types and {@code boolean}, {@code Float.compare} and
 *     {@code Double.compare == 0} for floating point, {@code Objects.equals} for references;</li>
 * <li>{@code hashCode}: {@code h = 0; h = h * 31 + hash(c)} over the components in order, with the wrappers' static
 *     {@code hashCode} for primitives and {@code Objects.hashCode} for references.</li>
 * </ul>
 */
final class RecordMethods {
    private final String recordName;
    private final String simpleName;
    private final List<String> names;
    private final List<Handle> getters;

    /**
     * @param recordName internal name of the record class
     * @param simpleName its simple name, as {@code Class.getSimpleName} gives it
     * @param names      the component names (the bootstrap's {@code "a;b"} string, split)
     * @param getters    the component getters from the bootstrap arguments
     */
    RecordMethods(String recordName, String simpleName, List<String> names, List<Handle> getters) {
        this.recordName = recordName;
        this.simpleName = simpleName;
        this.names = names;
        this.getters = getters;
    }

    /** The method for the call site named {@code which}, or {@code null} if it is none of the three. */
    MethodNode method(String which, String name, int access, String descriptor) {
        MethodNode mv = new MethodNode(access | Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC, name, descriptor, null,
                null);
        mv.visitCode();
        switch (which) {
            case "toString":
                toString(mv);
                break;
            case "equals":
                equals(mv);
                break;
            case "hashCode":
                hashCode(mv);
                break;
            default:
                return null;
        }
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        return mv;
    }

    /** Loads component {@code index} of the record in local 0 ({@code other == false}) or local 1. */
    private Type component(MethodNode mv, int index, boolean other) {
        Handle getter = getters.get(index);
        mv.visitVarInsn(Opcodes.ALOAD, other ? 1 : 0);
        if (other) {
            mv.visitTypeInsn(Opcodes.CHECKCAST, recordName);
        }
        switch (getter.getTag()) {
            case Opcodes.H_GETFIELD:
                mv.visitFieldInsn(Opcodes.GETFIELD, getter.getOwner(), getter.getName(), getter.getDesc());
                return Type.getType(getter.getDesc());
            case Opcodes.H_INVOKEVIRTUAL:
            case Opcodes.H_INVOKEINTERFACE:
                mv.visitMethodInsn(getter.isInterface() ? Opcodes.INVOKEINTERFACE : Opcodes.INVOKEVIRTUAL,
                        getter.getOwner(), getter.getName(), getter.getDesc(), getter.isInterface());
                return Type.getReturnType(getter.getDesc());
            default:
                throw new IllegalArgumentException("record component getter of kind " + getter.getTag());
        }
    }

    private void toString(MethodNode mv) {
        String builder = "java/lang/StringBuilder";
        String append = "(Ljava/lang/String;)Ljava/lang/StringBuilder;";
        mv.visitTypeInsn(Opcodes.NEW, builder);
        mv.visitInsn(Opcodes.DUP);
        mv.visitLdcInsn(simpleName + "[");
        mv.visitMethodInsn(Opcodes.INVOKESPECIAL, builder, "<init>", "(Ljava/lang/String;)V", false);
        for (int i = 0; i < getters.size(); i++) {
            mv.visitLdcInsn((i == 0 ? "" : ", ") + names.get(i) + "=");
            mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, builder, "append", append, false);
            Type type = component(mv, i, false);
            mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/String", "valueOf",
                    "(" + StringConcatenation.conversionParameter(type) + ")Ljava/lang/String;", false);
            mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, builder, "append", append, false);
        }
        mv.visitLdcInsn("]");
        mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, builder, "append", append, false);
        mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, builder, "toString", "()Ljava/lang/String;", false);
        mv.visitInsn(Opcodes.ARETURN);
    }


    /**
     * Both branch targets have the method's initial frame (the record and the other object, empty stack), so the
     * stack map frames are written here rather than computed, which would need the class hierarchy.
     */
    private void equals(MethodNode mv) {
        Label notSame = new Label();
        Label unequal = new Label();
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        mv.visitVarInsn(Opcodes.ALOAD, 1);
        mv.visitJumpInsn(Opcodes.IF_ACMPNE, notSame);
        mv.visitInsn(Opcodes.ICONST_1);
        mv.visitInsn(Opcodes.IRETURN);
        mv.visitLabel(notSame);
        mv.visitFrame(Opcodes.F_SAME, 0, null, 0, null);
        mv.visitVarInsn(Opcodes.ALOAD, 1);
        mv.visitTypeInsn(Opcodes.INSTANCEOF, recordName);
        mv.visitJumpInsn(Opcodes.IFEQ, unequal);
        for (int i = getters.size() - 1; i >= 0; i--) {
            Type type = component(mv, i, false);
            component(mv, i, true);
            switch (type.getSort()) {
                case Type.LONG:
                    mv.visitInsn(Opcodes.LCMP);
                    mv.visitJumpInsn(Opcodes.IFNE, unequal);
                    break;
                case Type.FLOAT:
                    mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/Float", "compare", "(FF)I", false);
                    mv.visitJumpInsn(Opcodes.IFNE, unequal);
                    break;
                case Type.DOUBLE:
                    mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/Double", "compare", "(DD)I", false);
                    mv.visitJumpInsn(Opcodes.IFNE, unequal);
                    break;
                case Type.OBJECT:
                case Type.ARRAY:
                    mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/util/Objects", "equals",
                            "(Ljava/lang/Object;Ljava/lang/Object;)Z", false);
                    mv.visitJumpInsn(Opcodes.IFEQ, unequal);
                    break;
                default:
                    mv.visitJumpInsn(Opcodes.IF_ICMPNE, unequal);
                    break;
            }
        }
        mv.visitInsn(Opcodes.ICONST_1);
        mv.visitInsn(Opcodes.IRETURN);
        mv.visitLabel(unequal);
        mv.visitFrame(Opcodes.F_SAME, 0, null, 0, null);
        mv.visitInsn(Opcodes.ICONST_0);
        mv.visitInsn(Opcodes.IRETURN);
    }

    private void hashCode(MethodNode mv) {
        mv.visitInsn(Opcodes.ICONST_0);
        for (int i = 0; i < getters.size(); i++) {
            mv.visitIntInsn(Opcodes.BIPUSH, 31);
            mv.visitInsn(Opcodes.IMUL);
            Type type = component(mv, i, false);
            if (TypeAdaptation.isPrimitive(type)) {
                mv.visitMethodInsn(Opcodes.INVOKESTATIC, TypeAdaptation.wrapperOf(type).getInternalName(), "hashCode",
                        "(" + type.getDescriptor() + ")I", false);
            } else {
                mv.visitMethodInsn(Opcodes.INVOKESTATIC, "java/util/Objects", "hashCode", "(Ljava/lang/Object;)I",
                        false);
            }
            mv.visitInsn(Opcodes.IADD);
        }
        mv.visitInsn(Opcodes.IRETURN);
    }
}
