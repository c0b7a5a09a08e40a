package org.keelvm.boot.substitution;

import org.keelvm.vm.substitution.Substitute;
import org.keelvm.vm.substitution.TargetClass;

/** A substitution of a real JDK 17 native method, applied to the class read from jrt:/ without defining it. */
@TargetClass(Runtime.class)
final class Target_java_lang_Runtime {
    @Substitute
    public int availableProcessors() {
        return processors();
    }

    private static int processors() {
        return 1;
    }
}
