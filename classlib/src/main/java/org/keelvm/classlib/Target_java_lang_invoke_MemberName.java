package org.keelvm.classlib;

import org.keelvm.vm.substitution.Alias;
import org.keelvm.vm.substitution.TargetClass;

/** The fields of {@code MemberName} that resolution fills in ({@link Target_java_lang_invoke_MethodHandleNatives}). */
@TargetClass(className = "java.lang.invoke.MemberName")
final class Target_java_lang_invoke_MemberName {
    @Alias
    private Class<?> clazz;
    @Alias
    private String name;
    @Alias
    private Object type;
    @Alias
    private int flags;

    /** The class named before resolution, the declaring class after. */
    Class<?> owner() {
        return clazz;
    }

    /** The member's name. */
    String memberName() {
        return name;
    }

    /** The member's type: a {@code Class} for a field. */
    Object memberType() {
        return type;
    }

    /** The kind bits and, once resolved, the access flags. */
    int memberFlags() {
        return flags;
    }

    /** Records the resolution: the declaring class and the flags with the member's access flags added. */
    void resolved(Class<?> declaringClass, int resolvedFlags) {
        clazz = declaringClass;
        flags = resolvedFlags;
    }
}
