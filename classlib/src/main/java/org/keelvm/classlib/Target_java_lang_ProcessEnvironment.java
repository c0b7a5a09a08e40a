package org.keelvm.classlib;

import org.keelvm.vm.substitution.Substitute;
import org.keelvm.vm.substitution.TargetClass;

/** A guest has no process environment: {@code System.getenv()} is empty. */
@TargetClass(className = "java.lang.ProcessEnvironment")
final class Target_java_lang_ProcessEnvironment {
    @Substitute
    private static byte[][] environ() {
        return new byte[0][];
    }
}
