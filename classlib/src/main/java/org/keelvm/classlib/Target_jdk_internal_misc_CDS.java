package org.keelvm.classlib;

import org.keelvm.vm.substitution.Substitute;
import org.keelvm.vm.substitution.TargetClass;

/** Class-data sharing: Keel's image is its own snapshot, so there is no CDS archive to dump or map. */
@TargetClass(className = "jdk.internal.misc.CDS")
final class Target_jdk_internal_misc_CDS {
    @Substitute
    private static boolean isDumpingClassList0() {
        return false;
    }

    @Substitute
    private static boolean isDumpingArchive0() {
        return false;
    }

    @Substitute
    private static boolean isSharingEnabled0() {
        return false;
    }

    @Substitute
    private static void logLambdaFormInvoker(String line) {
    }

    @Substitute
    public static void initializeFromArchive(Class<?> c) {
    }

    @Substitute
    public static void defineArchivedModules(ClassLoader platformLoader, ClassLoader systemLoader) {
    }

    @Substitute
    public static long getRandomSeedForDumping() {
        return 0;
    }
}
