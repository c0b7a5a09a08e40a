package org.keelvm.boot.universe;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.keelvm.boot.BuildException;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Links the signature-polymorphic access methods of {@code VarHandle} ({@code get}, {@code set},
 * {@code compareAndSet}, ...) at build time. Each concrete VarHandle class of java.base (field, static-field, array and
 * byte-array-view handles of every primitive kind and of references) implements every access mode as a static method
 * taking the handle first and the coordinates and values erased to {@code Object} or their primitive type; the JDK's
 * own linkage reaches those methods through lambda forms. Keel instead rewrites a call site
 * {@code invokevirtual VarHandle.mode(desc)} into {@code invokestatic} of a bridge generated here for that access mode
 * and erased descriptor, which tests the handle against each implementation class that has such a method (subclasses
 * first) and calls it, adapting arguments and result as {@code invoke} does (primitive widening, a result dropped). A
 * handle whose class has the access mode but not for those types throws {@code WrongMethodTypeException}; one
 * without the access mode (a read-only handle asked to write) throws {@code UnsupportedOperationException}.
 */
final class VarHandleCalls {
    /** The class whose calls are linked here. */
    static final String VAR_HANDLE = "java/lang/invoke/VarHandle";
    private static final String VAR_HANDLE_DESCRIPTOR = "L" + VAR_HANDLE + ";";
    private static final String BRIDGE_PREFIX = "org/keelvm/vm/invoke/VarHandle$";
    private static final String PACKAGE = "java/lang/invoke";
    /** The implementation families: a handle class is {@code VarHandle<Family>$<Kind>}. */
    private static final List<String> FAMILIES = List.of("Booleans", "Bytes", "Chars", "Shorts", "Ints", "Longs",
            "Floats", "Doubles", "References", "ByteArrayAsChars", "ByteArrayAsShorts", "ByteArrayAsInts",
            "ByteArrayAsLongs", "ByteArrayAsFloats", "ByteArrayAsDoubles");
    /** The handle kinds linked: on fields, static fields, arrays and byte arrays (not on byte buffers yet). */
    private static final List<String> KINDS = List.of("FieldInstanceReadOnly", "FieldInstanceReadWrite",
            "FieldStaticReadOnly", "FieldStaticReadWrite", "Array", "ArrayHandle");

    private final ClassUniverse universe;
    private List<ClassNode> implementations;
    private final Map<String, String> bridges = new HashMap<>();

    VarHandleCalls(ClassUniverse universe) {
        this.universe = universe;
    }

    /** The erased descriptor of the bridge for a call site's descriptor: the handle first, references as Object. */
    static String bridgeDescriptor(String callDescriptor) {
        Type[] arguments = Type.getArgumentTypes(callDescriptor);
        StringBuilder descriptor = new StringBuilder("(").append(VAR_HANDLE_DESCRIPTOR);
        for (Type argument : arguments) {
            descriptor.append(erased(argument).getDescriptor());
        }
        return descriptor.append(')').append(erased(Type.getReturnType(callDescriptor)).getDescriptor()).toString();
    }

    private static Type erased(Type type) {
        return type.getSort() == Type.OBJECT || type.getSort() == Type.ARRAY ? Type.getType(Object.class) : type;
    }

    /**
     * The internal name of the bridge class for access mode {@code mode} called with {@code callDescriptor}; its one
     * method is {@code call} with {@link #bridgeDescriptor}. Generated on first request.
     */
    String bridge(String mode, String callDescriptor) throws BuildException {
        String descriptor = bridgeDescriptor(callDescriptor);
        String key = mode + descriptor;
        String known = bridges.get(key);
        if (known != null) {
            return known;
        }
        String name = BRIDGE_PREFIX + mode + "$" + mangle(descriptor);
        universe.addGenerated(name, generate(name, mode, descriptor));
        bridges.put(key, name);
        return name;
    }

    /** A class-name-safe spelling of an erased descriptor: {@code (VarHandle, Object, int, int)boolean} → LII$Z. */
    private static String mangle(String descriptor) {
        StringBuilder mangled = new StringBuilder();
        for (Type argument : Type.getArgumentTypes(descriptor)) {
            mangled.append(argument.getSort() == Type.OBJECT ? "L" : argument.getDescriptor());
        }
        Type result = Type.getReturnType(descriptor);
        return mangled.substring(1) + "$" + (result.getSort() == Type.OBJECT ? "L" : result.getDescriptor());
    }

    private byte[] generate(String name, String mode, String descriptor) throws BuildException {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        writer.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL | Opcodes.ACC_SUPER, name, null,
                "java/lang/Object", null);
        MethodVisitor code = writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "call", descriptor, null,
                null);
        code.visitCode();
        Type[] arguments = Type.getArgumentTypes(descriptor);
        Type result = Type.getReturnType(descriptor);
        for (ClassNode implementation : implementations()) {
            MethodNode target = compatibleMethod(implementation, mode, descriptor);
            if (target == null) {
                continue;
            }
            Type[] parameters = Type.getArgumentTypes(target.desc);
            org.objectweb.asm.Label next = new org.objectweb.asm.Label();
            code.visitVarInsn(Opcodes.ALOAD, 0);
            code.visitTypeInsn(Opcodes.INSTANCEOF, implementation.name);
            code.visitJumpInsn(Opcodes.IFEQ, next);
            int slot = 0;
            for (int i = 0; i < arguments.length; i++) {
                code.visitVarInsn(arguments[i].getOpcode(Opcodes.ILOAD), slot);
                widen(code, arguments[i], parameters[i]);
                slot += arguments[i].getSize();
            }
            code.visitMethodInsn(Opcodes.INVOKESTATIC, implementation.name, mode, target.desc, false);
            Type returned = Type.getReturnType(target.desc);
            if (result.getSort() == Type.VOID) {
                code.visitInsn(returned.getSize() == 2 ? Opcodes.POP2 : returned.getSize() == 1 ? Opcodes.POP
                        : Opcodes.NOP);
            } else {
                widen(code, returned, result);
            }
            code.visitInsn(result.getOpcode(Opcodes.IRETURN));
            code.visitLabel(next);
        }
        // A handle that has the access mode, but not for the call's types: the JDK's WrongMethodTypeException.
        for (ClassNode implementation : implementations()) {
            if (!declaresMode(implementation, mode)) {
                continue;
            }
            org.objectweb.asm.Label next = new org.objectweb.asm.Label();
            code.visitVarInsn(Opcodes.ALOAD, 0);
            code.visitTypeInsn(Opcodes.INSTANCEOF, implementation.name);
            code.visitJumpInsn(Opcodes.IFEQ, next);
            throwNew(code, "java/lang/invoke/WrongMethodTypeException", "VarHandle." + mode
                    + " cannot be called with " + descriptor.replace(VAR_HANDLE_DESCRIPTOR, ""));
            code.visitLabel(next);
        }
        throwNew(code, "java/lang/UnsupportedOperationException", "VarHandle." + mode
                + " is not supported by this handle for " + descriptor.replace(VAR_HANDLE_DESCRIPTOR, ""));
        code.visitMaxs(0, 0);
        code.visitEnd();
        writer.visitEnd();
        return writer.toByteArray();
    }

    /**
     * The static method of {@code implementation} for access mode {@code mode} that a call with erased descriptor
     * {@code descriptor} can reach as {@code VarHandle.invoke} would adapt it: each argument the same type or
     * widened to it (JLS §5.1.2), the result the same, widened, or dropped when the call site wants none.
     */
    private static MethodNode compatibleMethod(ClassNode implementation, String mode, String descriptor) {
        Type[] arguments = Type.getArgumentTypes(descriptor);
        Type result = Type.getReturnType(descriptor);
        for (MethodNode method : implementation.methods) {
            if (!method.name.equals(mode) || (method.access & Opcodes.ACC_STATIC) == 0) {
                continue;
            }
            Type[] parameters = Type.getArgumentTypes(method.desc);
            if (parameters.length != arguments.length) {
                continue;
            }
            boolean fits = result.getSort() == Type.VOID || widens(Type.getReturnType(method.desc), result);
            for (int i = 0; i < parameters.length && fits; i++) {
                fits = widens(arguments[i], parameters[i]);
            }
            if (fits) {
                return method;
            }
        }
        return null;
    }

    /** Emits {@code throw new <exception>(message)}. */
    private static void throwNew(MethodVisitor code, String exception, String message) {
        code.visitTypeInsn(Opcodes.NEW, exception);
        code.visitInsn(Opcodes.DUP);
        code.visitLdcInsn(message);
        code.visitMethodInsn(Opcodes.INVOKESPECIAL, exception, "<init>", "(Ljava/lang/String;)V", false);
        code.visitInsn(Opcodes.ATHROW);
    }

    private static boolean declaresMode(ClassNode implementation, String mode) {
        for (MethodNode method : implementation.methods) {
            if (method.name.equals(mode) && (method.access & Opcodes.ACC_STATIC) != 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether a value of erased type {@code from} is passed as {@code to} unchanged or by primitive widening. */
    private static boolean widens(Type from, Type to) {
        if (from.equals(to)) {
            return true;
        }
        String order = switch (from.getSort()) {
            case Type.BYTE -> "SIJFD";
            case Type.SHORT, Type.CHAR -> "IJFD";
            case Type.INT -> "JFD";
            case Type.LONG -> "FD";
            case Type.FLOAT -> "D";
            default -> "";
        };
        return to.getDescriptor().length() == 1 && order.contains(to.getDescriptor());
    }

    /** Emits the conversion of the value on the stack from primitive {@code from} to the wider {@code to}. */
    private static void widen(MethodVisitor code, Type from, Type to) {
        int source = from.getSort() == Type.LONG ? 1 : from.getSort() == Type.FLOAT ? 2
                : from.getSort() == Type.DOUBLE ? 3 : 0;
        int target = to.getSort() == Type.LONG ? 1 : to.getSort() == Type.FLOAT ? 2
                : to.getSort() == Type.DOUBLE ? 3 : 0;
        if (from.getSort() == Type.OBJECT || source == target) {
            return;
        }
        int[][] conversions = {
            {Opcodes.NOP, Opcodes.I2L, Opcodes.I2F, Opcodes.I2D},
            {Opcodes.NOP, Opcodes.NOP, Opcodes.L2F, Opcodes.L2D},
            {Opcodes.NOP, Opcodes.NOP, Opcodes.NOP, Opcodes.F2D},
        };
        code.visitInsn(conversions[source][target]);
    }

    /** The handle classes linked, each subclass before its superclass, in a stable order. */
    private List<ClassNode> implementations() throws BuildException {
        if (implementations == null) {
            List<ClassNode> found = new ArrayList<>();
            for (String family : FAMILIES) {
                for (String kind : KINDS) {
                    ClassNode node = universe.find(PACKAGE + "/VarHandle" + family + "$" + kind);
                    if (node != null) {
                        found.add(node);
                    }
                }
            }
            Map<String, Integer> depth = new HashMap<>();
            for (ClassNode node : found) {
                int d = 0;
                for (ClassNode at = node; at != null && at.superName != null; at = universe.find(at.superName)) {
                    d++;
                }
                depth.put(node.name, d);
            }
            found.sort(Comparator.comparing((ClassNode node) -> -depth.get(node.name))
                    .thenComparing(node -> node.name));
            implementations = found;
        }
        return implementations;
    }
}
