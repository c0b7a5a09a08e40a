package org.keelvm.classlib;

import org.keelvm.vm.object.Hub;
import org.keelvm.vm.object.MethodDeclaration;
import org.keelvm.vm.substitution.Alias;
import org.keelvm.vm.substitution.TargetClass;

/** Makes {@code Method} objects for {@code Class.getDeclaredMethods0}, through the JDK's own constructor. */
@TargetClass(java.lang.reflect.Method.class)
final class Target_java_lang_reflect_Method {
    @Alias
    private Class<?> clazz;
    @Alias
    private int slot;

    /** Stands for the JDK's package-private constructor of the same signature, which calls of it reach. */
    Target_java_lang_reflect_Method(Class<?> declaringClass, String name, Class<?>[] parameterTypes,
                                    Class<?> returnType, Class<?>[] checkedExceptions, int modifiers, int slot,
                                    String signature, byte[] annotations, byte[] parameterAnnotations,
                                    byte[] annotationDefault) {
    }

    /** The methods of {@code declaringClass}, whose hub is {@code hub}, the public ones only if asked. */
    static java.lang.reflect.Method[] declared(Class<?> declaringClass, Hub hub, boolean publicOnly) {
        int[] slots = ExecutableMembers.declared(hub, false, publicOnly);
        java.lang.reflect.Method[] methods = new java.lang.reflect.Method[slots.length];
        for (int i = 0; i < slots.length; i++) {
            MethodDeclaration method = hub.declaration.methods[slots[i]];
            methods[i] = (java.lang.reflect.Method) (Object) new Target_java_lang_reflect_Method(declaringClass,
                    method.name, ExecutableMembers.parameterTypes(method), ExecutableMembers.returnType(method),
                    ExecutableMembers.exceptionTypes(method), ExecutableMembers.modifiers(method), slots[i],
                    method.genericSignature, null, null, null);
        }
        return methods;
    }

    /** {@code Method.invoke} at the bottom. */
    Object invokeCompiled(Object receiver, Object[] arguments) throws java.lang.reflect.InvocationTargetException {
        return ExecutableMembers.invoke(Target_java_lang_Class.hubOf(clazz), slot, receiver, arguments);
    }
}
