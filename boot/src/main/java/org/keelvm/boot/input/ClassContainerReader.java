package org.keelvm.boot.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.keelvm.boot.BuildException;

/**
 * Reads a jar or a directory of class files completely into memory, closing every file before it returns.
 */
final class ClassContainerReader {
    private static final String CLASS_SUFFIX = ".class";

    /**
     * Classes are resolved as a Java 17 runtime would see them, so a multi-release jar contributes its
     * {@code META-INF/versions/9..17} variants in place of the base ones, and never those for later releases.
     */
    private static final Runtime.Version TARGET_RELEASE = Runtime.Version.parse("17");

    private ClassContainerReader() {
    }

    /**
     * Reads the jar or directory at {@code path}.
     *
     * @throws NoSuchFileException if nothing exists at {@code path}, so that callers can choose between an error and
     *                             a warning
     * @throws BuildException      if the entry exists but is not a readable jar or directory
     */
    static ClassContainer read(Path path) throws NoSuchFileException, BuildException {
        if (Files.isDirectory(path)) {
            return readDirectory(path);
        }
        if (Files.isRegularFile(path)) {
            return readJar(path);
        }
        if (!Files.exists(path)) {
            throw new NoSuchFileException(path.toString());
        }
        throw new BuildException(path + " is not a jar file or a directory of class files");
    }

    private static ClassContainer readJar(Path path) throws BuildException {
        Map<String, byte[]> classes = new TreeMap<>();
        Map<String, byte[]> resources = new TreeMap<>();
        Manifest manifest;
        try (JarFile jar = new JarFile(path.toFile(), false, ZipFile.OPEN_READ, TARGET_RELEASE)) {
            manifest = jar.getManifest();
            // versionedStream() names every entry by its base name and hides the variants for other releases.
            Iterator<JarEntry> entries = jar.versionedStream().iterator();
            while (entries.hasNext()) {
                JarEntry entry = entries.next();
                if (entry.isDirectory()) {
                    continue;
                }
                String internalName = internalName(entry.getName());
                try (InputStream in = jar.getInputStream(entry)) {
                    byte[] bytes = in.readAllBytes();
                    if (internalName != null) {
                        classes.put(internalName, bytes);
                    } else if (isResource(entry.getName())) {
                        resources.put(entry.getName(), bytes);
                    }
                } catch (ZipException e) {
                    throw new BuildException(path + " is a corrupt jar: " + e.getMessage() + " in "
                            + entry.getRealName(), e);
                }
            }
        } catch (ZipException e) {
            if (looksLikeZip(path)) {
                throw new BuildException(path + " is a corrupt jar: " + e.getMessage(), e);
            }
            throw new BuildException(path + " is not a jar file or a directory of class files", e);
        } catch (IOException | SecurityException e) {
            throw new BuildException("cannot read " + path + ": " + reason(e), e);
        }
        return new ClassContainer(path, true, classes, resources, manifest);
    }

    private static ClassContainer readDirectory(Path root) throws BuildException {
        Map<String, byte[]> classes = new TreeMap<>();
        Map<String, byte[]> resources = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            Iterator<Path> it = files.iterator();
            while (it.hasNext()) {
                Path file = it.next();
                String name = relativeName(root, file);
                String internalName = internalName(name);
                if (!Files.isRegularFile(file) || (internalName == null && !isResource(name))) {
                    continue;
                }
                try {
                    if (internalName != null) {
                        classes.put(internalName, Files.readAllBytes(file));
                    } else {
                        resources.put(name, Files.readAllBytes(file));
                    }
                } catch (IOException e) {
                    throw new BuildException("cannot read " + file + ": " + reason(e), e);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new BuildException("cannot read " + root + ": " + reason(e), e);
        }
        return new ClassContainer(root, false, classes, resources, null);
    }

    /** The entry's path inside the container with '/' separators, whatever the platform's separator. */
    private static String relativeName(Path root, Path file) {
        StringBuilder name = new StringBuilder();
        for (Path part : root.relativize(file)) {
            if (name.length() > 0) {
                name.append('/');
            }
            name.append(part);
        }
        return name.toString();
    }

    /**
     * The internal class name stored at {@code entryName}, or {@code null} for anything that is not a loadable class:
     * resources, module descriptors, and files under {@code META-INF/} (which a class loader never defines).
     */
    private static String internalName(String entryName) {
        if (!entryName.endsWith(CLASS_SUFFIX) || entryName.startsWith("META-INF/")
                || entryName.equals("module-info.class")) {
            return null;
        }
        String name = entryName.substring(0, entryName.length() - CLASS_SUFFIX.length());
        return name.isEmpty() ? null : name;
    }

    /** Whether entry {@code name} is a resource a class loader can find: not a class file, not the manifest. */
    private static boolean isResource(String name) {
        return !name.endsWith(CLASS_SUFFIX) && !name.equals("META-INF/MANIFEST.MF");
    }

    /** Whether the file starts with a zip signature, to tell a damaged jar from some other kind of file. */
    private static boolean looksLikeZip(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K'
                    && ((head[2] == 3 && head[3] == 4) || (head[2] == 5 && head[3] == 6));
        } catch (IOException e) {
            return false;
        }
    }

    /** A short reason for an I/O failure; file-system exceptions carry only the path in their message. */
    private static String reason(Exception e) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        if (cause instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (cause instanceof NoSuchFileException) {
            return "no such file";
        }
        String message = cause.getMessage();
        return message == null ? cause.getClass().getSimpleName() : message;
    }
}
