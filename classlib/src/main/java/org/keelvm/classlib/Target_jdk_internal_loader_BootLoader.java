package org.keelvm.classlib;

import org.keelvm.vm.substitution.Alias;
import org.keelvm.vm.substitution.Substitute;
import org.keelvm.vm.substitution.TargetClass;

/**
 * The boot loader's natives. The image's classes are all defined already, so the boot loader's unnamed module needs
 * no registering with the VM, and no package of the boot loader comes from a file.
 */
@TargetClass(className = "jdk.internal.loader.BootLoader")
final class Target_jdk_internal_loader_BootLoader {
    /** The unnamed module of the boot loader. */
    @Alias
    public static Module getUnnamedModule() {
        return null;
    }

    @Substitute
    private static void setBootLoaderUnnamedModule0(Module module) {
    }

    /** The JDK's native libraries are compiled into the image, as Keel's substitutions: nothing to load. */
    @Substitute
    public static void loadLibrary(String name) {
    }

    @Substitute
    private static String getSystemPackageLocation(String name) {
        return null;
    }

    @Substitute
    private static String[] getSystemPackageNames() {
        return new String[0];
    }
}
