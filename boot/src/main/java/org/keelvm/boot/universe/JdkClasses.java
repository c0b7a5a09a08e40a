package org.keelvm.boot.universe;

import java.io.IOException;
import java.net.URI;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.keelvm.boot.BuildException;

/**
 * The class files of the build JDK's modules, read as bytes from its {@code jrt:/} file system (never loaded as
 * host classes). {@code /packages/<package>/<module>} says which module holds a package.
 */
final class JdkClasses {
    private final FileSystem jrt = FileSystems.getFileSystem(URI.create("jrt:/"));
    private final Map<String, String> moduleByPackage = new HashMap<>();

    /** The bytes of JDK class {@code internalName}, or {@code null} if no JDK module has it. */
    byte[] classBytes(String internalName) throws BuildException {
        String module = moduleOf(internalName);
        if (module == null) {
            return null;
        }
        Path file = jrt.getPath("/modules", module, internalName + ".class");
        if (!Files.exists(file)) {
            return null;
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BuildException("cannot read JDK class " + internalName + ": " + e.getMessage());
        }
    }

    /** The internal names of the classes of JDK package {@code packageName} ({@code sun/text/resources}), sorted. */
    java.util.List<String> classesIn(String packageName) throws BuildException {
        String module = moduleOf(packageName + "/X");
        java.util.List<String> names = new java.util.ArrayList<>();
        if (module == null) {
            return names;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(jrt.getPath("/modules", module, packageName))) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (name.endsWith(".class") && !Files.isDirectory(file)) {
                    names.add(packageName + "/" + name.substring(0, name.length() - ".class".length()));
                }
            }
        } catch (IOException e) {
            throw new BuildException("cannot list JDK package " + packageName + ": " + e.getMessage());
        }
        java.util.Collections.sort(names);
        return names;
    }

    /** The module that holds the package of {@code internalName}, or {@code null}. */
    String moduleOf(String internalName) {
        int slash = internalName.lastIndexOf('/');
        if (slash < 0 || internalName.startsWith("[")) {
            return null;
        }
        String packageName = internalName.substring(0, slash).replace('/', '.');
        return moduleByPackage.computeIfAbsent(packageName, this::findModule);
    }

    private String findModule(String packageName) {
        Path packageDirectory = jrt.getPath("/packages", packageName);
        if (!Files.isDirectory(packageDirectory)) {
            return null;
        }
        try (DirectoryStream<Path> modules = Files.newDirectoryStream(packageDirectory)) {
            for (Path module : modules) {
                return module.getFileName().toString();
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }
}
