package org.keelvm.classlib;

import org.keelvm.vm.substitution.Alias;
import org.keelvm.vm.substitution.TargetClass;

/** Names the JDK's built-in application class loader for substitutions (the package is not exported). */
@TargetClass(className = "jdk.internal.loader.ClassLoaders")
final class Target_jdk_internal_loader_ClassLoaders {
    /** The built-in application class loader. */
    @Alias
    public static ClassLoader appClassLoader() {
        return null;
    }
}
