package org.keelvm.boot.substitution;

import org.keelvm.vm.substitution.Substitute;
import org.keelvm.vm.substitution.TargetClass;

/** A substitution of a non-public JDK 17 class, named by string. */
@TargetClass(className = "jdk.internal.misc.CDS")
final class Target_jdk_internal_misc_CDS {
    @Substitute
    private static boolean isDumpingClassList0() {
        return false;
    }
}
