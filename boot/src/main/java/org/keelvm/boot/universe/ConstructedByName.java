package org.keelvm.boot.universe;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.keelvm.boot.BuildException;

/**
 * The JDK classes that java.base instantiates by a name it computes at run time, listed by Keel's class library in
 * {@value #RESOURCE}: reachability cannot see those uses, so the builder makes the classes constructible by
 * reflection ({@link Reachability#addConstructedByName}).
 */
public final class ConstructedByName {
    /** Where the class library lists them. */
    public static final String RESOURCE = "org/keelvm/classlib/constructed-by-name.txt";

    private ConstructedByName() {
    }

    /** The internal names of the listed classes, package wildcards expanded, in list order. */
    public static List<String> types(ClassUniverse universe, ClassLoader loader) throws BuildException {
        List<String> types = new ArrayList<>();
        try (InputStream in = loader.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new BuildException("the class library has no " + RESOURCE);
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                line = line.strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String name = line.replace('.', '/');
                if (name.endsWith("/*")) {
                    types.addAll(universe.jdkClassesIn(name.substring(0, name.length() - 2)));
                } else if (universe.find(name) != null) {
                    types.add(name);
                } else {
                    throw new BuildException(RESOURCE + " names " + line + ", which the JDK does not have");
                }
            }
        } catch (IOException e) {
            throw new BuildException("cannot read " + RESOURCE + ": " + e.getMessage());
        }
        return types;
    }
}
