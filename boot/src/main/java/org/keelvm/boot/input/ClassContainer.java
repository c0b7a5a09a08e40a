package org.keelvm.boot.input;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.jar.Manifest;

/**
 * One class-path entry read into memory: a jar or a directory, with the class files it holds.
 *
 * @param path     the entry as it is named to the user
 * @param jar      whether the entry is a jar rather than a directory of class files
 * @param classes  class-file bytes by internal name ({@code com/example/Main}), in a stable order
 * @param resources the other files, by their path inside the entry ({@code com/example/app.properties}), the
 *                  manifest left out
 * @param manifest the jar's manifest, or {@code null} for a directory or a jar without one
 */
record ClassContainer(Path path, boolean jar, Map<String, byte[]> classes, Map<String, byte[]> resources,
                      Manifest manifest) {
    ClassContainer {
        classes = Collections.unmodifiableMap(classes);
        resources = Collections.unmodifiableMap(resources);
    }

    /** The value of a main attribute of the manifest, or {@code null} when there is no manifest or no such value. */
    String manifestAttribute(String name) {
        if (manifest == null) {
            return null;
        }
        String value = manifest.getMainAttributes().getValue(name);
        return value == null || value.isBlank() ? null : value.trim();
    }
}
