package org.keelvm.vm.runtime;

import org.keelvm.vm.object.Hub;
import org.keelvm.vm.object.ObjectAccess;

/** The lookup behind {@code invokeinterface}: the receiver's method table for one interface. */
public final class InterfaceDispatch {
    private InterfaceDispatch() {
    }

    /**
     * The method table of {@code receiver}'s class for interface {@code type} (see {@link Hub#itables}); throws
     * {@code IncompatibleClassChangeError} if the class does not implement it. Faults on a null receiver, which
     * becomes the {@code NullPointerException} of the call.
     */
    public static long[] itable(Object receiver, Hub type) {
        Hub hub = ObjectAccess.hubOf(receiver);
        Object[] itables = hub.itables;
        for (int i = 0; i < itables.length; i += 2) {
            if (itables[i] == type) {
                return (long[]) itables[i + 1];
            }
        }
        throw new IncompatibleClassChangeError("Class " + hub.name + " does not implement the requested interface "
                + type.name);
    }
}
