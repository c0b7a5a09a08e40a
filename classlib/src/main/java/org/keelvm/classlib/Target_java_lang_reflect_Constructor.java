package org.keelvm.classlib;

import org.keelvm.vm.object.Hub;
import org.keelvm.vm.object.MethodDeclaration;
import org.keelvm.vm.substitution.Alias;
import org.keelvm.vm.substitution.TargetClass;

/** Makes {@code Constructor} objects for {@code Class.getDeclaredConstructors0}, through the JDK's own constructor. */
@TargetClass(java.lang.reflect.Constructor.class)
final class Target_java_lang_reflect_Constructor {
    @Alias
    private Class<?> clazz;
    @Alias
    private int slot;

    /** Stands for the JDK's package-private constructor of the same signature, which calls of it reach. */
    Target_java_lang_reflect_Constructor(Class<?> declaringClass, Class<?>[] parameterTypes,
                                         Class<?>[] checkedExceptions, int modifiers, int slot, String signature,
                                         byte[] annotations, byte[] parameterAnnotations) {
    }

    /** The constructors of {@code declaringClass}, whose hub is {@code hub}, the public ones only if asked. */
    static java.lang.reflect.Constructor<?>[] declared(Class<?> declaringClass, Hub hub, boolean publicOnly) {
        int[] slots = ExecutableMembers.declared(hub, true, publicOnly);
        java.lang.reflect.Constructor<?>[] constructors = new java.lang.reflect.Constructor<?>[slots.length];
        for (int i = 0; i < slots.length; i++) {
            MethodDeclaration method = hub.declaration.methods[slots[i]];
            constructors[i] = (java.lang.reflect.Constructor<?>) (Object) new Target_java_lang_reflect_Constructor(
                    declaringClass, ExecutableMembers.parameterTypes(method), ExecutableMembers.exceptionTypes(method),
                    ExecutableMembers.modifiers(method), slots[i], method.genericSignature, null, null);
        }
        return constructors;
    }

    /** {@code Constructor.newInstance} at the bottom. */
    Object construct(Object[] arguments) throws java.lang.reflect.InvocationTargetException {
        return ExecutableMembers.newInstance(Target_java_lang_Class.hubOf(clazz), slot, arguments);
    }
}
