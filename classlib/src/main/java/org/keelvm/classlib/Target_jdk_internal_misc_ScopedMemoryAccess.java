package org.keelvm.classlib;

import org.keelvm.vm.substitution.Substitute;
import org.keelvm.vm.substitution.TargetClass;

/** Access to memory that a scope may close: nothing to register (closing shared scopes comes with threads). */
@TargetClass(className = "jdk.internal.misc.ScopedMemoryAccess")
final class Target_jdk_internal_misc_ScopedMemoryAccess {
    @Substitute
    private static void registerNatives() {
    }

}
