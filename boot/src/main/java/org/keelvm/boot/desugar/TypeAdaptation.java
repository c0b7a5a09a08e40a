package org.keelvm.boot.desugar;

import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * The conversions {@code LambdaMetafactory} applies between the functional interface's method type and the
 * implementation method: primitive widening, boxing, unboxing and reference casts. Each method emits code that turns
 * the value on top of the operand stack from one type into another.
 */
final class TypeAdaptation {
    private TypeAdaptation() {
    }

    /**
     * Converts the value on the stack from {@code from} to {@code to}. {@code dynamic} is the type the call site
     * promised (the instantiated method type): when unboxing a reference that is not itself a wrapper, it names the
     * wrapper to cast to, as the JDK's lambda classes do.
     */
    static void convert(MethodVisitor mv, Type from, Type to, Type dynamic) {
        if (from.equals(to) || to.getSort() == Type.VOID) {
            return;
        }
        boolean fromPrimitive = isPrimitive(from);
        boolean toPrimitive = isPrimitive(to);
        if (fromPrimitive && toPrimitive) {
            widen(mv, from, to);
        } else if (fromPrimitive) {
            Type wrapper = box(mv, from);
            if (!to.equals(wrapper) && !isObject(to)) {
                mv.visitTypeInsn(Opcodes.CHECKCAST, to.getInternalName());
            }
        } else if (toPrimitive) {
            Type wrapper;
            if (isWrapper(from)) {
                wrapper = from;
            } else if (isPrimitive(dynamic)) {
                wrapper = wrapperOf(dynamic);
            } else if (isWrapper(dynamic)) {
                wrapper = dynamic;
            } else {
                wrapper = wrapperOf(to);
            }
            if (!from.equals(wrapper)) {
                mv.visitTypeInsn(Opcodes.CHECKCAST, wrapper.getInternalName());
            }
            Type primitive = primitiveOf(wrapper);
            mv.visitMethodInsn(Opcodes.INVOKEVIRTUAL, wrapper.getInternalName(),
                    primitive.getClassName() + "Value", "()" + primitive.getDescriptor(), false);
            widen(mv, primitive, to);
        } else if (!isObject(to)) {
            mv.visitTypeInsn(Opcodes.CHECKCAST, to.getInternalName());
        }
    }

    /** Boxes the primitive on the stack with {@code Wrapper.valueOf}, as autoboxing does, and returns the wrapper. */
    static Type box(MethodVisitor mv, Type primitive) {
        Type wrapper = wrapperOf(primitive);
        mv.visitMethodInsn(Opcodes.INVOKESTATIC, wrapper.getInternalName(), "valueOf",
                Type.getMethodDescriptor(wrapper, primitive), false);
        return wrapper;
    }

    /** Discards a value of type {@code type} (nothing for void). */
    static void pop(MethodVisitor mv, Type type) {
        if (type.getSize() == 2) {
            mv.visitInsn(Opcodes.POP2);
        } else if (type.getSize() == 1) {
            mv.visitInsn(Opcodes.POP);
        }
    }

    static boolean isPrimitive(Type type) {
        return type.getSort() >= Type.BOOLEAN && type.getSort() <= Type.DOUBLE;
    }

    private static boolean isObject(Type type) {
        return type.getSort() == Type.OBJECT && type.getInternalName().equals("java/lang/Object");
    }

    private static boolean isWrapper(Type type) {
        return type.getSort() == Type.OBJECT && primitiveOf(type) != null;
    }

    static Type wrapperOf(Type primitive) {
        switch (primitive.getSort()) {
            case Type.BOOLEAN: return Type.getObjectType("java/lang/Boolean");
            case Type.CHAR: return Type.getObjectType("java/lang/Character");
            case Type.BYTE: return Type.getObjectType("java/lang/Byte");
            case Type.SHORT: return Type.getObjectType("java/lang/Short");
            case Type.INT: return Type.getObjectType("java/lang/Integer");
            case Type.FLOAT: return Type.getObjectType("java/lang/Float");
            case Type.LONG: return Type.getObjectType("java/lang/Long");
            case Type.DOUBLE: return Type.getObjectType("java/lang/Double");
            default: throw new IllegalArgumentException("not a primitive type: " + primitive);
        }
    }

    private static Type primitiveOf(Type wrapper) {
        switch (wrapper.getInternalName()) {
            case "java/lang/Boolean": return Type.BOOLEAN_TYPE;
            case "java/lang/Character": return Type.CHAR_TYPE;
            case "java/lang/Byte": return Type.BYTE_TYPE;
            case "java/lang/Short": return Type.SHORT_TYPE;
            case "java/lang/Integer": return Type.INT_TYPE;
            case "java/lang/Float": return Type.FLOAT_TYPE;
            case "java/lang/Long": return Type.LONG_TYPE;
            case "java/lang/Double": return Type.DOUBLE_TYPE;
            default: return null;
        }
    }

    /** Widening primitive conversion (JLS 5.1.2); int-like types share one stack representation. */
    private static void widen(MethodVisitor mv, Type from, Type to) {
        int f = stackSort(from);
        int t = stackSort(to);
        if (f == t) {
            return;
        }
        if (f == Type.INT) {
            mv.visitInsn(t == Type.LONG ? Opcodes.I2L : t == Type.FLOAT ? Opcodes.I2F : Opcodes.I2D);
        } else if (f == Type.LONG) {
            mv.visitInsn(t == Type.FLOAT ? Opcodes.L2F : Opcodes.L2D);
        } else if (f == Type.FLOAT && t == Type.DOUBLE) {
            mv.visitInsn(Opcodes.F2D);
        } else {
            throw new IllegalArgumentException("no widening conversion from " + from + " to " + to);
        }
    }

    private static int stackSort(Type type) {
        int sort = type.getSort();
        return sort == Type.BOOLEAN || sort == Type.CHAR || sort == Type.BYTE || sort == Type.SHORT ? Type.INT : sort;
    }
}
