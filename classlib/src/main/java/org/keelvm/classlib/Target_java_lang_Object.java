package org.keelvm.classlib;

import org.keelvm.vm.object.Hub;
import org.keelvm.vm.object.IdentityHash;
import org.keelvm.vm.object.ObjectAccess;
import org.keelvm.vm.runtime.Allocation;
import org.keelvm.vm.substitution.Substitute;
import org.keelvm.vm.substitution.TargetClass;

/**
 * {@code Object}'s native methods that a subclass may declare. The final ones cannot be written here: the compiler
 * expands {@code getClass} in place ({@code JdkIntrinsics}) and sends {@code notify}, {@code notifyAll} and
 * {@code wait} to the runtime's {@code Monitors}.
 */
@TargetClass(Object.class)
final class Target_java_lang_Object {
    @Substitute
    public int hashCode() {
        return IdentityHash.of(this);
    }

    @Substitute
    protected Object clone() throws CloneNotSupportedException {
        Hub hub = ObjectAccess.hubOf(this);
        if (hub.kind != Hub.ARRAY && !isCloneable(hub)) {
            throw new CloneNotSupportedException(hub.name);
        }
        return Allocation.copy(this);
    }

    private static boolean isCloneable(Hub hub) {
        Hub[] interfaces = hub.interfaces;
        for (int i = 0; i < interfaces.length; i++) {
            if (interfaces[i].name.equals("java.lang.Cloneable")) {
                return true;
            }
        }
        return false;
    }

}
