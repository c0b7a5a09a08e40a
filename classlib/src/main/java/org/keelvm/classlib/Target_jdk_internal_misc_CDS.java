package org.keelvm.classlib;

import org.keelvm.vm.substitution.Substitute;
import org.keelvm.vm.substitution.TargetClass;

/**
 * {@code jdk.internal.misc.CDS}'s native methods. Keel has no class-data-sharing archive: nothing is dumped, nothing
 * is shared, and classes that ask for archived static fields ({@code Integer$IntegerCache}, {@code ModuleLayer})
 * find none and compute them.
 */
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

    /** Leaves the class's archived fields as they are: null, so the class builds their values itself. */
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
