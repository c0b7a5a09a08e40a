package org.keelvm.boot.desugar;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.TypeReference;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.ParameterNode;
import org.objectweb.asm.tree.TypeAnnotationNode;

/**
 * Makes the implementation methods of a host's lambdas callable from the lambda classes, which are separate classes
 * of the same package (see the package documentation):
 *
 * <ul>
 * <li>a private synthetic {@code lambda$} body of the host loses {@code private} (becomes {@code public} in an
 *     interface, where package access does not exist) and, if it is an instance method, becomes static with the
 *     receiver as an explicit first parameter; its code is unchanged, since the receiver stays in local 0;</li>
 * <li>any other private member of the host, and any {@code invokespecial} handle, is reached through a generated
 *     static accessor {@code access$lambda$N} in the host that makes the original call.</li>
 * </ul>
 */
final class ImplementationAccess {
    private final ClassNode host;
    private final Function<String, String> freshName;
    private final int openAccess;
    private final Map<String, Handle> targets = new HashMap<>();
    private final Map<MethodNode, Handle> opened = new HashMap<>();
    private final Set<MethodNode> openedInstanceBodies = new LinkedHashSet<>();
    private final List<MethodNode> accessors = new ArrayList<>();

    /**
     * @param host      the class holding the call sites
     * @param freshName gives a method name, from a prefix, that the host does not use yet
     */
    ImplementationAccess(ClassNode host, Function<String, String> freshName) {
        this.host = host;
        this.freshName = freshName;
        this.openAccess = (host.access & Opcodes.ACC_INTERFACE) != 0 ? Opcodes.ACC_PUBLIC : 0;
    }

    /** The method a lambda class calls for {@code implementation}: itself when accessible, else a stand-in. */
    Handle target(Handle implementation) {
        String key = implementation.getTag() + " " + implementation.getOwner() + "." + implementation.getName()
                + implementation.getDesc();
        Handle known = targets.get(key);
        if (known == null) {
            known = choose(implementation);
            targets.put(key, known);
        }
        return known;
    }

    private Handle choose(Handle implementation) {
        boolean special = implementation.getTag() == Opcodes.H_INVOKESPECIAL;
        if (!implementation.getOwner().equals(host.name)) {
            return special ? accessor(implementation) : implementation;
        }
        MethodNode method = find(implementation.getName(), implementation.getDesc());
        if (opened.containsKey(method)) {
            return opened.get(method);
        }
        boolean isPrivate = method != null && (method.access & Opcodes.ACC_PRIVATE) != 0;
        if (!isPrivate && !special) {
            return implementation;
        }
        if (isPrivate && (method.access & Opcodes.ACC_SYNTHETIC) != 0 && method.name.startsWith("lambda$")) {
            Handle target = open(method);
            opened.put(method, target);
            return target;
        }
        return accessor(implementation);
    }

    private MethodNode find(String name, String descriptor) {
        for (MethodNode method : host.methods) {
            if (method.name.equals(name) && method.desc.equals(descriptor)) {
                return method;
            }
        }
        return null;
    }

    private boolean hostIsInterface() {
        return openAccess == Opcodes.ACC_PUBLIC;
    }

    private Handle open(MethodNode body) {
        String descriptor = body.desc;
        if ((body.access & Opcodes.ACC_STATIC) == 0) {
            openedInstanceBodies.add(body);
            descriptor = receiverFirst(body.desc);
        }
        body.access = (body.access & ~Opcodes.ACC_PRIVATE) | openAccess;
        return new Handle(Opcodes.H_INVOKESTATIC, host.name, body.name, descriptor, hostIsInterface());
    }

    private String receiverFirst(String descriptor) {
        return "(" + Type.getObjectType(host.name).getDescriptor() + descriptor.substring(1);
    }

    private Handle accessor(Handle implementation) {
        int kind = implementation.getTag();
        Type owner = Type.getObjectType(implementation.getOwner());
        String descriptor;
        if (kind == Opcodes.H_INVOKESTATIC) {
            descriptor = implementation.getDesc();
        } else if (kind == Opcodes.H_NEWINVOKESPECIAL) {
            descriptor = Type.getMethodDescriptor(owner, Type.getArgumentTypes(implementation.getDesc()));
        } else {
            descriptor = "(" + Type.getObjectType(host.name).getDescriptor() + implementation.getDesc().substring(1);
        }
        MethodNode mv = new MethodNode(openAccess | Opcodes.ACC_STATIC | Opcodes.ACC_SYNTHETIC,
                freshName.apply("access$lambda$"), descriptor, null, null);
        mv.visitCode();
        if (kind == Opcodes.H_NEWINVOKESPECIAL) {
            mv.visitTypeInsn(Opcodes.NEW, owner.getInternalName());
            mv.visitInsn(Opcodes.DUP);
        }
        int slot = 0;
        for (Type parameter : Type.getArgumentTypes(descriptor)) {
            mv.visitVarInsn(parameter.getOpcode(Opcodes.ILOAD), slot);
            slot += parameter.getSize();
        }
        int opcode = kind == Opcodes.H_INVOKESTATIC ? Opcodes.INVOKESTATIC : Opcodes.INVOKESPECIAL;
        mv.visitMethodInsn(opcode, owner.getInternalName(), implementation.getName(), implementation.getDesc(),
                implementation.isInterface());
        Type returned = Type.getReturnType(descriptor);
        mv.visitInsn(returned.getOpcode(Opcodes.IRETURN));
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        accessors.add(mv);
        return new Handle(Opcodes.H_INVOKESTATIC, host.name, mv.name, descriptor, hostIsInterface());
    }

    /** Applies the changes to the host: instance bodies become static, accessors are added. */
    void apply() {
        for (MethodNode body : openedInstanceBodies) {
            String oldDescriptor = body.desc;
            body.access |= Opcodes.ACC_STATIC;
            body.desc = receiverFirst(oldDescriptor);
            shiftParameters(body);
            redirectCalls(body.name, oldDescriptor, body.desc);
        }
        host.methods.addAll(accessors);
    }

    /** The compiler never calls a lambda body directly, but a call that does must follow it to its new form. */
    private void redirectCalls(String name, String oldDescriptor, String newDescriptor) {
        for (MethodNode method : host.methods) {
            for (AbstractInsnNode insn : method.instructions) {
                if (insn instanceof MethodInsnNode call && call.owner.equals(host.name) && call.name.equals(name)
                        && call.desc.equals(oldDescriptor) && call.getOpcode() != Opcodes.INVOKESTATIC) {
                    call.setOpcode(Opcodes.INVOKESTATIC);
                    call.desc = newDescriptor;
                }
            }
        }
    }

    /** The explicit receiver is parameter 0 now: attributes indexed by parameter move up by one. */
    private static void shiftParameters(MethodNode body) {
        if (body.parameters != null) {
            body.parameters.add(0, new ParameterNode("this", Opcodes.ACC_SYNTHETIC));
        }
        if (body.visibleParameterAnnotations != null) {
            body.visibleParameterAnnotations = prependNull(body.visibleParameterAnnotations);
            body.visibleAnnotableParameterCount = 0;
        }
        if (body.invisibleParameterAnnotations != null) {
            body.invisibleParameterAnnotations = prependNull(body.invisibleParameterAnnotations);
            body.invisibleAnnotableParameterCount = 0;
        }
        shiftTypeAnnotations(body.visibleTypeAnnotations);
        shiftTypeAnnotations(body.invisibleTypeAnnotations);
    }

    @SuppressWarnings("unchecked")
    private static List<AnnotationNode>[] prependNull(List<AnnotationNode>[] annotations) {
        List<AnnotationNode>[] shifted = new List[annotations.length + 1];
        System.arraycopy(annotations, 0, shifted, 1, annotations.length);
        return shifted;
    }

    private static void shiftTypeAnnotations(List<TypeAnnotationNode> annotations) {
        if (annotations == null) {
            return;
        }
        for (TypeAnnotationNode annotation : annotations) {
            TypeReference reference = new TypeReference(annotation.typeRef);
            if (reference.getSort() == TypeReference.METHOD_FORMAL_PARAMETER) {
                annotation.typeRef = TypeReference.newFormalParameterReference(
                        reference.getFormalParameterIndex() + 1).getValue();
            }
        }
    }
}
