package org.keelvm.classlib;

import java.security.AccessControlContext;
import java.security.ProtectionDomain;
import org.keelvm.vm.substitution.Substitute;
import org.keelvm.vm.substitution.TargetClass;

/**
 * Access control without a security manager, which Keel does not support: every frame is fully privileged, which
 * HotSpot reports as a null context too.
 */
@TargetClass(java.security.AccessController.class)
final class Target_java_security_AccessController {
    @Substitute
    private static ProtectionDomain getProtectionDomain(Class<?> caller) {
        return null;
    }

    @Substitute
    private static void ensureMaterializedForStackWalk(Object o) {
    }

    @Substitute
    private static AccessControlContext getStackAccessControlContext() {
        return null;
    }

    @Substitute
    static AccessControlContext getInheritedAccessControlContext() {
        return null;
    }
}
