package org.keelvm.boot.universe;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.keelvm.boot.BuildException;

/**
 * Finds Keel's JDK substitutions: every class file of package {@code org.keelvm.classlib} on the builder's class
 * path, in a directory or in a jar, in name order.
 */
final class ClassLibrary {
    static final String PACKAGE = "org/keelvm/classlib/";

    private ClassLibrary() {
    }

    /** The class files of the substitution package, as bytes. */
    static List<byte[]> substitutionCandidates(ClassLoader loader) throws BuildException {
        TreeSet<String> names = new TreeSet<>();
        try {
            Enumeration<URL> roots = loader.getResources(PACKAGE);
            while (roots.hasMoreElements()) {
                URL root = roots.nextElement();
                if (root.getProtocol().equals("jar")) {
                    JarFile jar = ((JarURLConnection) root.openConnection()).getJarFile();
                    for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                        String name = entries.nextElement().getName();
                        if (name.startsWith(PACKAGE) && name.endsWith(".class") && name.indexOf('/',
                                PACKAGE.length()) < 0) {
                            names.add(name);
                        }
                    }
                } else {
                    try (Stream<Path> files = Files.list(Path.of(root.toURI()))) {
                        files.map(f -> PACKAGE + f.getFileName()).filter(n -> n.endsWith(".class"))
                                .forEach(names::add);
                    }
                }
            }
            List<byte[]> classes = new ArrayList<>();
            for (String name : names) {
                try (InputStream in = loader.getResourceAsStream(name)) {
                    classes.add(in.readAllBytes());
                }
            }
            return classes;
        } catch (IOException | URISyntaxException e) {
            throw new BuildException("cannot read Keel's class library substitutions: " + e.getMessage());
        }
    }
}
