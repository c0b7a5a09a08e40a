package org.keelvm.classlib;

import org.keelvm.vm.substitution.TargetClass;

/** Makes {@code Field} objects for {@code Class.getDeclaredFields0}, through the JDK's own constructor. */
@TargetClass(java.lang.reflect.Field.class)
final class Target_java_lang_reflect_Field {
    /** Stands for the JDK's package-private constructor of the same signature, which calls of it reach. */
    Target_java_lang_reflect_Field(Class<?> declaringClass, String name, Class<?> type, int modifiers,
                                   boolean trustedFinal, int slot, String signature, byte[] annotations) {
    }

    /** A field of {@code declaringClass}: its name, type and modifiers, its index among the declared fields. */
    static java.lang.reflect.Field create(Class<?> declaringClass, String name, Class<?> type, int modifiers,
                                          int slot) {
        boolean trustedFinal = (modifiers & java.lang.reflect.Modifier.FINAL) != 0
                && ((modifiers & java.lang.reflect.Modifier.STATIC) != 0 || declaringClass.isRecord()
                || declaringClass.isHidden());
        return (java.lang.reflect.Field) (Object) new Target_java_lang_reflect_Field(declaringClass, name, type,
                modifiers, trustedFinal, slot, null, null);
    }
}
