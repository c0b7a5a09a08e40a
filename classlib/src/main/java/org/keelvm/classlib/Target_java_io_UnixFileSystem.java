package org.keelvm.classlib;

import org.keelvm.vm.substitution.Substitute;
import org.keelvm.vm.substitution.TargetClass;

/** A guest has no file system yet; the class may still be initialized (by {@code java.io.File}). */
@TargetClass(className = "java.io.UnixFileSystem")
final class Target_java_io_UnixFileSystem {
    @Substitute
    private static void initIDs() {
    }
}
