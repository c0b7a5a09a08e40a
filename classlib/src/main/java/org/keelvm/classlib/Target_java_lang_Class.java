package org.keelvm.classlib;

import org.keelvm.vm.object.Hub;
import org.keelvm.vm.object.ObjectAccess;
import org.keelvm.vm.runtime.PrimitiveTypes;
import org.keelvm.vm.runtime.TypeCheck;
import org.keelvm.vm.substitution.Inject;
import org.keelvm.vm.substitution.Substitute;
import org.keelvm.vm.substitution.TargetClass;

/** {@code Class}'s native methods, answered from the {@link Hub} each mirror carries. */
@TargetClass(Class.class)
final class Target_java_lang_Class {
    /** The hub this mirror stands for, written by the image builder. */
    @Inject
    Hub hub;

    @Substitute
    private static void registerNatives() {
    }

    @Substitute
    private String initClassName() {
        return hub.name;
    }

    @Substitute
    static Class<?> getPrimitiveClass(String name) {
        return (Class<?>) PrimitiveTypes.hub(name).mirror;
    }

    @Substitute
    public boolean isArray() {
        return hub.kind == Hub.ARRAY;
    }

    @Substitute
    public boolean isPrimitive() {
        return hub.kind == Hub.PRIMITIVE;
    }

    @Substitute
    public boolean isInterface() {
        return hub.kind == Hub.INTERFACE;
    }

    @Substitute
    public boolean isHidden() {
        return false;
    }

    @Substitute
    public int getModifiers() {
        return hub.modifiers & 0xFFFF & ~0x20;
    }

    @Substitute
    public Class<?> getSuperclass() {
        Hub superHub = hub.superHub;
        return superHub == null ? null : (Class<?>) superHub.mirror;
    }

    @Substitute
    public boolean isInstance(Object obj) {
        return TypeCheck.isInstance(obj, hub);
    }

    @Substitute
    public boolean isAssignableFrom(Class<?> cls) {
        Target_java_lang_Class other = (Target_java_lang_Class) (Object) cls;
        return TypeCheck.isSubtype(other.hub, hub);
    }

    @Substitute
    private static boolean desiredAssertionStatus0(Class<?> clazz) {
        return false;
    }
}
