package org.keelvm.classlib;

import org.keelvm.vm.substitution.Substitute;
import org.keelvm.vm.substitution.TargetClass;

/** x86-64 is little-endian. */
@TargetClass(className = "java.lang.StringUTF16")
final class Target_java_lang_StringUTF16 {
    @Substitute
    private static boolean isBigEndian() {
        return false;
    }
}
