package org.keelvm.boot;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@code keel build} was asked to do.
 *
 * @param input      the application: a jar file or a directory of class files
 * @param classPath  further jars or directories the application needs (besides the manifest's {@code Class-Path})
 * @param mainClasses the entry class as a binary name ({@code com.example.Main}), or none to take the manifest's
 *                   {@code Main-Class}; with several, the image runs the one its first program argument names (and
 *                   passes it the other arguments), so that one image serves many programs
 * @param output     where to write the image
 * @param verbose    whether to report the phases of the build on standard error
 * @param jdkStartup whether the image starts the JDK class library before {@code main}, as every JVM does
 *                   ({@code System.initPhase1}: system properties, standard streams); images of programs that
 *                   use only {@code org.keelvm.hal} may leave it out
 */
public record BuildRequest(Path input, List<Path> classPath, List<String> mainClasses, Path output,
                           boolean verbose, boolean jdkStartup) {
    public BuildRequest {
        classPath = List.copyOf(classPath);
        mainClasses = List.copyOf(mainClasses);
    }
}
