package org.keelvm.boot.substitution;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/** Class files of the test sources and the JDK, read as resources, and a loader that defines chosen bytes only. */
final class ClassFiles {
    private ClassFiles() {
    }

    /** The class file of {@code internalName} on the test class path (JDK classes included), or null. */
    static byte[] find(String internalName) {
        try (InputStream in = ClassFiles.class.getClassLoader().getResourceAsStream(internalName + ".class")) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The class file of a class of the test sources. */
    static byte[] of(Class<?> type) {
        byte[] bytes = find(type.getName().replace('.', '/'));
        if (bytes == null) {
            throw new IllegalStateException("no class file for " + type);
        }
        return bytes;
    }

    /**
     * A loader that defines exactly the given classes (internal name to bytes) and delegates everything else to the
     * platform loader, so that the test class path's copies of those classes are invisible to it.
     */
    static final class IsolatedLoader extends ClassLoader {
        private final Map<String, byte[]> classes;

        IsolatedLoader(Map<String, byte[]> classes) {
            super("substituted", ClassLoader.getPlatformClassLoader());
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name.replace('.', '/'));
            if (bytes == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
        }
    }
}
