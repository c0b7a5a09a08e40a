package org.keelvm.boot;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code keel build} was asked to do.
 *
 * @param input      the application: a jar file or a directory of class files
 * @param classPath  further jars or directories the application needs (besides the manifest's {@code Class-Path})
 * @param mainClass  the entry class as a binary name ({@code com.example.Main}), or {@code null} to take the manifest's
 *                   {@code Main-Class}
 * @param output     where to write the image
 * @param verbose    whether to report the phases of the build on standard error
 */
public record BuildRequest(Path input, List<Path> classPath, String mainClass, Path output, boolean verbose) {
    public BuildRequest {
        classPath = List.copyOf(classPath);
    }
}
