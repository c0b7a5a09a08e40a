package org.keelvm.classlib;

import org.keelvm.vm.substitution.TargetClass;

/** Makes the system and main thread groups the way the VM does at start-up. */
@TargetClass(ThreadGroup.class)
final class Target_java_lang_ThreadGroup {
    /** The main thread group, child of a new system group (through the JDK's own private constructor). */
    static ThreadGroup createMainGroup() {
        ThreadGroup system = (ThreadGroup) (Object) new Target_java_lang_ThreadGroup();
        return new ThreadGroup(system, "main");
    }
}
