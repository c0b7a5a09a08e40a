package org.keelvm.boot.universe;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.keelvm.boot.BuildException;

/**
 * The JDK's data files an image carries: every resource of {@code java.base} that is not a class (Unicode and
 * normalization data, break-iterator rules, currency data), by resource name, and the files of {@code java.home}
 * that the JDK opens by path, by their path in the guest, whose {@code java.home} is {@code /}.
 */
public final class JdkFiles {
    /** The {@code java.home} files the JDK reads, relative to it: the time-zone rules and the security settings. */
    static final List<String> HOME_FILES = List.of("lib/tzdb.dat", "conf/security/java.security");

    private JdkFiles() {
    }

    /** {@code java.base}'s resources by name ({@code java/util/currency.data}), in name order. */
    public static Map<String, byte[]> resources() throws BuildException {
        Map<String, byte[]> resources = new TreeMap<>();
        FileSystem jrt = FileSystems.getFileSystem(URI.create("jrt:/"));
        Path base = jrt.getPath("/modules/java.base");
        try (Stream<Path> files = Files.walk(base)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = base.relativize(file).toString();
                if (Files.isRegularFile(file) && !name.endsWith(".class") && !name.startsWith("META-INF/")) {
                    resources.put(name, Files.readAllBytes(file));
                }
            }
        } catch (IOException e) {
            throw new BuildException("cannot read the resources of java.base: " + e.getMessage());
        }
        return resources;
    }

    /** The {@code java.home} files by their absolute path in the guest, in name order. */
    public static Map<String, byte[]> homeFiles() throws BuildException {
        Map<String, byte[]> files = new TreeMap<>();
        Path home = Path.of(System.getProperty("java.home"));
        for (String name : HOME_FILES) {
            try {
                files.put("/" + name, Files.readAllBytes(home.resolve(name)));
            } catch (IOException e) {
                throw new BuildException("cannot read " + home.resolve(name) + " of the build JDK: " + e.getMessage());
            }
        }
        return files;
    }
}
