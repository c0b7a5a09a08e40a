package org.keelvm.boot.input;

import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import org.keelvm.boot.BuildException;

/**
 * The classes of an application as {@code keel build} sees them: its jar or directory of class files, then its class
 * path, all read into memory when opened.
 *
 * <p>The search order is the one the JDK's application class loader uses: the input first, then each
 * {@code --cp} entry, where every jar is followed directly by the entries of its manifest's {@code Class-Path}
 * (and those by theirs). An entry reached twice is read once. The first class found under a name wins; later
 * ones are reported by {@link #warnings()}.
 */
public final class ApplicationInput {
    private final ClassContainer input;
    private final Map<String, LocatedClass> classes;
    private final boolean hasClassPath;
    private final List<String> warnings;
    private final Map<String, byte[]> resources;

    private ApplicationInput(ClassContainer input, Map<String, LocatedClass> classes,
                             Map<String, byte[]> resources, boolean hasClassPath, List<String> warnings) {
        this.input = input;
        this.classes = classes;
        this.resources = resources;
        this.hasClassPath = hasClassPath;
        this.warnings = List.copyOf(warnings);
    }

    /**
     * Reads an application and its class path.
     *
     * @param input     a jar, or a directory holding class files in package directories
     * @param classPath further jars or directories, searched after {@code input} in this order
     * @return the application, with every file already read and closed
     * @throws BuildException if {@code input} or a {@code classPath} entry is missing or unreadable; a missing entry
     *                        of a manifest {@code Class-Path} is only a warning, since the JDK ignores those too
     */
    public static ApplicationInput open(Path input, List<Path> classPath) throws BuildException {
        List<String> warnings = new ArrayList<>();
        Map<String, LocatedClass> classes = new HashMap<>();
        Map<String, byte[]> resources = new java.util.TreeMap<>();
        Set<Path> seen = new HashSet<>();
        Deque<Pending> pending = new ArrayDeque<>();
        pending.add(new Pending(input, null));
        for (Path entry : classPath) {
            pending.add(new Pending(entry, null));
        }
        ClassContainer first = null;
        boolean hasClassPath = false;
        while (!pending.isEmpty()) {
            Pending next = pending.removeFirst();
            if (!seen.add(next.path().toAbsolutePath().normalize())) {
                continue;
            }
            ClassContainer container = read(next, warnings);
            if (container == null) {
                continue;
            }
            if (first == null) {
                first = container;
            } else {
                hasClassPath = true;
            }
            addClasses(container, classes, warnings);
            for (Map.Entry<String, byte[]> resource : container.resources().entrySet()) {
                resources.putIfAbsent(resource.getKey(), resource.getValue());
            }
            String manifestClassPath = container.manifestAttribute("Class-Path");
            if (manifestClassPath != null) {
                List<Path> entries = ManifestClassPath.resolve(container.path(), manifestClassPath, warnings::add);
                // Pushed in reverse so that they come next, in the manifest's order, ahead of later --cp entries.
                for (int i = entries.size() - 1; i >= 0; i--) {
                    pending.addFirst(new Pending(entries.get(i), container.path()));
                }
            }
        }
        return new ApplicationInput(first, classes, resources, hasClassPath, warnings);
    }

    /**
     * The application's entry class, checked to be startable.
     *
     * @param override the class given with {@code --main} as a binary name ({@code com.example.Main}; slashes are
     *                 accepted too), or {@code null} to use the {@code Main-Class} of the input jar's manifest
     * @return the entry class as a binary name
     * @throws BuildException if there is no entry class, it is not on the class path, its class-file version is
     *                        newer than Java 17, or it does not declare {@code public static void main(String[])}
     */
    public String mainClass(String override) throws BuildException {
        return EntryPoint.resolve(override, input, classes::get, hasClassPath);
    }

    /**
     * The class file for {@code internalName} ({@code com/example/Main}) from the first class-path entry that has
     * one, or {@code null} if none has.
     *
     * @return a fresh copy, which the caller may change
     */
    public byte[] classBytes(String internalName) {
        LocatedClass found = classes.get(internalName);
        return found == null ? null : found.bytes().clone();
    }

    /**
     * The files of the class path that are not classes, by resource name ({@code com/example/app.properties}), the
     * first entry's where several have one, in name order.
     */
    public Map<String, byte[]> resources() {
        return Collections.unmodifiableMap(resources);
    }

    /** The internal names of all classes on the class path, each once. */
    public SortedSet<String> classNames() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(classes.keySet()));
    }

    /**
     * Complete warning lines, each starting with {@code keel: warning: }, for the caller to print on standard error:
     * classes found in more than one entry and manifest {@code Class-Path} entries that were skipped.
     */
    public List<String> warnings() {
        return warnings;
    }

    private static ClassContainer read(Pending entry, List<String> warnings) throws BuildException {
        try {
            return ClassContainerReader.read(entry.path());
        } catch (NoSuchFileException e) {
            if (entry.listedBy() == null) {
                throw new BuildException("no such file: " + entry.path(), e);
            }
            warnings.add("keel: warning: " + entry.path() + ", named by the Class-Path of " + entry.listedBy()
                    + ", does not exist; ignoring it");
            return null;
        }
    }

    private static void addClasses(ClassContainer container, Map<String, LocatedClass> classes,
                                   List<String> warnings) {
        for (Map.Entry<String, byte[]> entry : container.classes().entrySet()) {
            LocatedClass earlier = classes.putIfAbsent(entry.getKey(),
                    new LocatedClass(entry.getValue(), container.path()));
            if (earlier != null) {
                warnings.add("keel: warning: duplicate class " + entry.getKey() + " in " + earlier.container()
                        + " and " + container.path() + "; using " + earlier.container());
            }
        }
    }

    /**
     * A class-path entry still to be read.
     *
     * @param path     where it is
     * @param listedBy the jar whose manifest named it, or {@code null} if the user named it
     */
    private record Pending(Path path, Path listedBy) {
    }
}
