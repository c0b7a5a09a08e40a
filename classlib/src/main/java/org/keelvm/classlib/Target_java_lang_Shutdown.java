package org.keelvm.classlib;

import org.keelvm.hal.Machine;
import org.keelvm.vm.substitution.Substitute;
import org.keelvm.vm.substitution.TargetClass;

/** The end of {@code System.exit} and {@code Runtime.halt}: the guest leaves the machine with the status. */
@TargetClass(className = "java.lang.Shutdown")
final class Target_java_lang_Shutdown {
    @Substitute
    static void beforeHalt() {
    }

    @Substitute
    static void halt0(int status) {
        Machine.exit(status);
    }
}
