package org.keelvm.classlib;

import org.keelvm.vm.object.Hub;
import org.keelvm.vm.runtime.ClassRegistry;
import org.keelvm.vm.substitution.Substitute;
import org.keelvm.vm.substitution.TargetClass;

/** The class loaders' lookups go to the image's classes (loading new ones comes with the JIT in the guest). */
@TargetClass(ClassLoader.class)
final class Target_java_lang_ClassLoader {
    @Substitute
    private static void registerNatives() {
    }

    @Substitute
    private static Class<?> findBootstrapClass(String name) {
        Hub found = ClassRegistry.lookup(name);
        return found == null || found.module == null ? null : (Class<?>) found.mirror;
    }

    @Substitute
    private Class<?> findLoadedClass0(String name) {
        Hub found = ClassRegistry.lookup(name);
        return found == null ? null : (Class<?>) found.mirror;
    }
}
