package org.keelvm.classlib;

import org.keelvm.vm.object.Hub;
import org.keelvm.vm.runtime.ClassRegistry;
import org.keelvm.vm.runtime.ImageFiles;
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

    /**
     * The image's resources (see {@code ImageFiles}): the application's class path and java.base, as the built-in
     * loaders would find them. A class loader of the application that overrides {@code getResource} is not asked.
     */
    @Substitute
    public java.io.InputStream getResourceAsStream(String name) {
        java.util.Objects.requireNonNull(name);
        byte[] contents = ImageFiles.resource(name);
        return contents == null ? null : new java.io.ByteArrayInputStream(contents);
    }

    @Substitute
    public static java.io.InputStream getSystemResourceAsStream(String name) {
        byte[] contents = ImageFiles.resource(name);
        return contents == null ? null : new java.io.ByteArrayInputStream(contents);
    }

    @Substitute
    private static Target_java_lang_AssertionStatusDirectives retrieveDirectives() {
        return Target_java_lang_AssertionStatusDirectives.none();
    }
}
