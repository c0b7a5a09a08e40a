package org.keelvm.classlib;

import org.keelvm.vm.substitution.Substitute;
import org.keelvm.vm.substitution.TargetClass;

/** A guest receives no POSIX signals, so there are no HUP/INT/TERM handlers to install. */
@TargetClass(className = "java.lang.Terminator")
final class Target_java_lang_Terminator {
    @Substitute
    static void setup() {
    }
}
