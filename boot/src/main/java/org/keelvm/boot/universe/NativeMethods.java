package org.keelvm.boot.universe;

import org.keelvm.boot.BuildException;
import org.keelvm.vm.substitution.SubstitutedNative;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.InsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Native methods that no substitution implements. HotSpot links a native method when it is first called and throws
 * {@code UnsatisfiedLinkError} if it finds no implementation; Keel gives such a method a body that throws the same
 * error with the same message ({@code 'int Foo.bar(long)'}), so that the image builds and a program fails exactly
 * where it would on a JVM that lacks the library.
 */
final class NativeMethods {
    /** The runtime method the generated bodies call. */
    static final String UNSATISFIED_LINK_OWNER = "org/keelvm/vm/runtime/TrapExceptions";

    private final ClassUniverse universe;

    NativeMethods(ClassUniverse universe) {
        this.universe = universe;
    }

    /** Replaces native {@code method}'s missing body with one that throws {@code UnsatisfiedLinkError}. */
    ResolvedMethod stub(ResolvedMethod method) throws BuildException {
        MethodNode original = method.method();
        MethodNode body = new MethodNode(original.access & ~Opcodes.ACC_NATIVE, original.name, original.desc,
                original.signature, original.exceptions == null ? null : original.exceptions.toArray(new String[0]));
        body.visitAnnotation(Type.getDescriptor(SubstitutedNative.class), false);
        body.instructions.add(new LdcInsnNode(describe(method)));
        body.instructions.add(new MethodInsnNode(Opcodes.INVOKESTATIC, UNSATISFIED_LINK_OWNER, "unsatisfiedLink",
                "(Ljava/lang/String;)V", false));
        body.instructions.add(new InsnNode(Opcodes.ACONST_NULL));
        body.instructions.add(new InsnNode(Opcodes.ATHROW));
        body.maxStack = 1;
        body.maxLocals = Type.getArgumentsAndReturnSizes(original.desc) >> 2;
        universe.replaceMethod(method.owner().name, body);
        return new ResolvedMethod(method.owner(), body);
    }

    /** HotSpot's spelling of a method in linkage errors: {@code 'int java.lang.Foo.bar(long, int)'}. */
    private static String describe(ResolvedMethod method) {
        return describe(method.owner().name, method.method().name, method.method().desc);
    }

    /** HotSpot's spelling of a method in linkage errors: {@code 'int java.lang.Foo.bar(long, int)'}. */
    static String describe(String owner, String name, String descriptor) {
        StringBuilder text = new StringBuilder("'");
        text.append(Type.getReturnType(descriptor).getClassName()).append(' ');
        text.append(owner.replace('/', '.')).append('.').append(name).append('(');
        Type[] arguments = Type.getArgumentTypes(descriptor);
        for (int i = 0; i < arguments.length; i++) {
            text.append(i > 0 ? ", " : "").append(arguments[i].getClassName());
        }
        return text.append(")'").toString();
    }
}
