package org.keelvm.boot.desugar;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;

/**
 * The class generated for one lambda call site, in the host's package:
 *
 * <pre>
 * final synthetic class Host$$Lambda$N implements I, Markers... [, Serializable]
 *     private final T1 arg$1; ... private final Tn arg$n     captured arguments
 *     static final I INSTANCE                                only when nothing is captured
 *     private &lt;init&gt;(T1..Tn)                                stores the captured arguments
 *     static I create(T1..Tn)                               only when something is captured
 *     public R m(P1..Pk)                                     interface method, then one per bridge type:
 *         [new C; dup]  arg$1..arg$n, p1..pk adapted  invoke target  adapt result  return
 *     private final Object writeReplace()                   only when serializable
 * </pre>
 *
 * The call site becomes {@code getstatic INSTANCE} or {@code invokestatic create}: both consume and produce exactly
 * what the {@code invokedynamic} did, so the host method's stack map frames stay valid.
 */
final class LambdaClass {
    private static final String OBJECT = "java/lang/Object";
    private static final String FACTORY = "create";
    private static final String INSTANCE = "INSTANCE";
    private static final String SERIALIZED_LAMBDA = "java/lang/invoke/SerializedLambda";

    private final String name;
    private final String hostName;
    private final LambdaSite site;
    private final Handle target;

    /**
     * @param name     internal name of the class to generate
     * @param hostName internal name of the class holding the call site
     * @param site     the decoded call site
     * @param target   the method to call: the site's implementation, or an accessible stand-in for a private one
     */
    LambdaClass(String name, String hostName, LambdaSite site, Handle target) {
        this.name = name;
        this.hostName = hostName;
        this.site = site;
        this.target = target;
    }

    /** The instruction that replaces the {@code invokedynamic}. */
    AbstractInsnNode creation() {
        String interfaceDesc = Type.getObjectType(site.interfaceName()).getDescriptor();
        if (site.capturedTypes().length == 0) {
            return new FieldInsnNode(Opcodes.GETSTATIC, name, INSTANCE, interfaceDesc);
        }
        return new MethodInsnNode(Opcodes.INVOKESTATIC, name, FACTORY, factoryDescriptor(), false);
    }

    private String factoryDescriptor() {
        return Type.getMethodDescriptor(Type.getObjectType(site.interfaceName()), site.capturedTypes());
    }

    /** The class file; fails with {@link IllegalArgumentException} when the types cannot be adapted. */
    byte[] generate(int version) {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(Math.max(version, Opcodes.V1_8), Opcodes.ACC_FINAL | Opcodes.ACC_SUPER | Opcodes.ACC_SYNTHETIC, name,
                null, OBJECT, interfaces());
        Type[] captured = site.capturedTypes();
        for (int i = 0; i < captured.length; i++) {
            cw.visitField(Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL, field(i), captured[i].getDescriptor(), null, null)
                    .visitEnd();
        }
        constructor(cw);
        if (captured.length == 0) {
            singleton(cw);
        } else {
            factory(cw);
        }
        Set<String> implemented = new LinkedHashSet<>();
        implemented.add(site.methodType().getDescriptor());
        for (Type bridge : site.bridges()) {
            implemented.add(bridge.getDescriptor());
        }
        for (String descriptor : implemented) {
            forwarder(cw, Type.getMethodType(descriptor));
        }
        if (site.serializable()) {
            writeReplace(cw);
        }
        cw.visitEnd();
        return cw.toByteArray();
    }

    private String[] interfaces() {
        Set<String> all = new LinkedHashSet<>();
        all.add(site.interfaceName());
        all.addAll(site.markers());
        if (site.serializable()) {
            all.add("java/io/Serializable");
        }
        return all.toArray(new String[0]);
    }

    private static String field(int index) {
        return "arg$" + (index + 1);
    }

    private void constructor(ClassWriter cw) {
        Type[] captured = site.capturedTypes();
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PRIVATE, "<init>",
                Type.getMethodDescriptor(Type.VOID_TYPE, captured), null, null);
        mv.visitCode();
        mv.visitVarInsn(Opcodes.ALOAD, 0);
        mv.visitMethodInsn(Opcodes.INVOKESPECIAL, OBJECT, "<init>", "()V", false);
        int slot = 1;
        for (int i = 0; i < captured.length; i++) {
            mv.visitVarInsn(Opcodes.ALOAD, 0);
            mv.visitVarInsn(captured[i].getOpcode(Opcodes.ILOAD), slot);
            mv.visitFieldInsn(Opcodes.PUTFIELD, name, field(i), captured[i].getDescriptor());
            slot += captured[i].getSize();
        }
        mv.visitInsn(Opcodes.RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private void singleton(ClassWriter cw) {
        String interfaceDesc = Type.getObjectType(site.interfaceName()).getDescriptor();
        cw.visitField(Opcodes.ACC_STATIC | Opcodes.ACC_FINAL, INSTANCE, interfaceDesc, null, null).visitEnd();
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_STATIC, "<clinit>", "()V", null, null);
        mv.visitCode();
        mv.visitTypeInsn(Opcodes.NEW, name);
        mv.visitInsn(Opcodes.DUP);
        mv.visitMethodInsn(Opcodes.INVOKESPECIAL, name, "<init>", "()V", false);
        mv.visitFieldInsn(Opcodes.PUTSTATIC, name, INSTANCE, interfaceDesc);
        mv.visitInsn(Opcodes.RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    private void factory(ClassWriter cw) {
        Type[] captured = site.capturedTypes();
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_STATIC, FACTORY, factoryDescriptor(), null, null);
        mv.visitCode();
        mv.visitTypeInsn(Opcodes.NEW, name);
        mv.visitInsn(Opcodes.DUP);
        int slot = 0;
        for (Type type : captured) {
            mv.visitVarInsn(type.getOpcode(Opcodes.ILOAD), slot);
            slot += type.getSize();
        }
        mv.visitMethodInsn(Opcodes.INVOKESPECIAL, name, "<init>", Type.getMethodDescriptor(Type.VOID_TYPE, captured),
                false);
        mv.visitInsn(Opcodes.ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /** The target's parameters as the call passes them: the receiver first for instance methods. */
    private List<Type> targetParameters() {
        List<Type> parameters = new ArrayList<>();
        int kind = target.getTag();
        if (kind != Opcodes.H_INVOKESTATIC && kind != Opcodes.H_NEWINVOKESPECIAL) {
            parameters.add(Type.getObjectType(target.getOwner()));
        }
        parameters.addAll(List.of(Type.getArgumentTypes(target.getDesc())));
        return parameters;
    }

    private void forwarder(ClassWriter cw, Type method) {
        Type[] captured = site.capturedTypes();
        Type[] parameters = method.getArgumentTypes();
        Type[] instantiated = site.instantiatedType().getArgumentTypes();
        List<Type> targetParameters = targetParameters();
        if (captured.length + parameters.length != targetParameters.size() || parameters.length != instantiated.length) {
            throw new IllegalArgumentException("arity of " + site.methodName() + method + " does not match "
                    + site.implementation().getOwner() + "." + site.implementation().getName()
                    + site.implementation().getDesc());
        }
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC, site.methodName(), method.getDescriptor(), null, null);
        mv.visitCode();
        if (target.getTag() == Opcodes.H_NEWINVOKESPECIAL) {
            mv.visitTypeInsn(Opcodes.NEW, target.getOwner());
            mv.visitInsn(Opcodes.DUP);
        }
        for (int i = 0; i < captured.length; i++) {
            mv.visitVarInsn(Opcodes.ALOAD, 0);
            mv.visitFieldInsn(Opcodes.GETFIELD, name, field(i), captured[i].getDescriptor());
            TypeAdaptation.convert(mv, captured[i], targetParameters.get(i), captured[i]);
        }
        int slot = 1;
        for (int j = 0; j < parameters.length; j++) {
            mv.visitVarInsn(parameters[j].getOpcode(Opcodes.ILOAD), slot);
            slot += parameters[j].getSize();
            TypeAdaptation.convert(mv, parameters[j], targetParameters.get(captured.length + j), instantiated[j]);
        }
        Type result = invoke(mv);
        Type returned = method.getReturnType();
        if (returned.getSort() == Type.VOID) {
            TypeAdaptation.pop(mv, result);
        } else if (result.getSort() == Type.VOID) {
            throw new IllegalArgumentException("void implementation " + site.implementation().getName()
                    + " for " + site.methodName() + method);
        } else {
            TypeAdaptation.convert(mv, result, returned, returned);
        }
        mv.visitInsn(returned.getOpcode(Opcodes.IRETURN));
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }

    /** Emits the call of the target and returns the type it leaves on the stack. */
    private Type invoke(MethodVisitor mv) {
        String owner = target.getOwner();
        switch (target.getTag()) {
            case Opcodes.H_INVOKESTATIC:
                mv.visitMethodInsn(Opcodes.INVOKESTATIC, owner, target.getName(), target.getDesc(),
                        target.isInterface());
                break;
            case Opcodes.H_INVOKEVIRTUAL:
                mv.visitMethodInsn(target.isInterface() ? Opcodes.INVOKEINTERFACE : Opcodes.INVOKEVIRTUAL, owner,
                        target.getName(), target.getDesc(), target.isInterface());
                break;
            case Opcodes.H_INVOKEINTERFACE:
                mv.visitMethodInsn(Opcodes.INVOKEINTERFACE, owner, target.getName(), target.getDesc(), true);
                break;
            case Opcodes.H_NEWINVOKESPECIAL:
                mv.visitMethodInsn(Opcodes.INVOKESPECIAL, owner, "<init>", target.getDesc(), false);
                return Type.getObjectType(owner);
            default:
                throw new IllegalArgumentException("method handle kind " + target.getTag() + " for "
                        + owner + "." + target.getName() + " cannot be called from a lambda class");
        }
        return Type.getReturnType(target.getDesc());
    }

    /**
     * The serialized form the JDK's own lambda classes write: a {@code SerializedLambda} naming the implementation as
     * the compiler wrote it, so that the host's {@code $deserializeLambda$} recognizes it when read back.
     */
    private void writeReplace(ClassWriter cw) {
        Handle implementation = site.implementation();
        Type[] captured = site.capturedTypes();
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PRIVATE | Opcodes.ACC_FINAL, "writeReplace",
                "()Ljava/lang/Object;", null, null);
        mv.visitCode();
        mv.visitTypeInsn(Opcodes.NEW, SERIALIZED_LAMBDA);
        mv.visitInsn(Opcodes.DUP);
        mv.visitLdcInsn(Type.getObjectType(hostName));
        mv.visitLdcInsn(site.interfaceName());
        mv.visitLdcInsn(site.methodName());
        mv.visitLdcInsn(site.methodType().getDescriptor());
        mv.visitLdcInsn(implementation.getTag());
        mv.visitLdcInsn(implementation.getOwner());
        mv.visitLdcInsn(implementation.getName());
        mv.visitLdcInsn(implementation.getDesc());
        mv.visitLdcInsn(site.instantiatedType().getDescriptor());
        mv.visitLdcInsn(captured.length);
        mv.visitTypeInsn(Opcodes.ANEWARRAY, OBJECT);
        for (int i = 0; i < captured.length; i++) {
            mv.visitInsn(Opcodes.DUP);
            mv.visitLdcInsn(i);
            mv.visitVarInsn(Opcodes.ALOAD, 0);
            mv.visitFieldInsn(Opcodes.GETFIELD, name, field(i), captured[i].getDescriptor());
            if (TypeAdaptation.isPrimitive(captured[i])) {
                TypeAdaptation.box(mv, captured[i]);
            }
            mv.visitInsn(Opcodes.AASTORE);
        }
        mv.visitMethodInsn(Opcodes.INVOKESPECIAL, SERIALIZED_LAMBDA, "<init>",
                "(Ljava/lang/Class;Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;ILjava/lang/String;"
                        + "Ljava/lang/String;Ljava/lang/String;Ljava/lang/String;[Ljava/lang/Object;)V", false);
        mv.visitInsn(Opcodes.ARETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
    }
}
