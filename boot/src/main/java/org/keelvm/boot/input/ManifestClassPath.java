package org.keelvm.boot.input;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The {@code Class-Path} attribute of a jar's manifest, resolved to file-system paths.
 *
 * <p>The attribute is a space-separated list of URLs, normally relative ones, which the JDK resolves against the
 * jar's own location; an entry like {@code lib/my%20util.jar} next to {@code build/app.jar} therefore names
 * {@code build/lib/my util.jar}. Entries that cannot name a local file are skipped with a warning, as the JDK skips
 * them silently.
 */
final class ManifestClassPath {
    private ManifestClassPath() {
    }

    /**
     * Resolves the entries of {@code attribute}, the {@code Class-Path} of the jar at {@code jar}.
     *
     * @param warn receives one complete warning line for every entry that is skipped
     * @return the entries in the order the manifest lists them
     */
    static List<Path> resolve(Path jar, String attribute, Consumer<String> warn) {
        List<Path> paths = new ArrayList<>();
        Path base = jar.getParent() == null ? Path.of("") : jar.getParent();
        for (String entry : attribute.trim().split("\\s+")) {
            if (entry.isEmpty()) {
                continue;
            }
            try {
                URI uri = new URI(entry);
                if (uri.isAbsolute() && !"file".equalsIgnoreCase(uri.getScheme())) {
                    warn.accept(skipped(jar, entry, "it is not a local file"));
                } else if (uri.isAbsolute()) {
                    paths.add(Path.of(uri));
                } else if (uri.getPath() != null && !uri.getPath().isEmpty()) {
                    paths.add(base.resolve(uri.getPath()));
                }
            } catch (URISyntaxException | IllegalArgumentException e) {
                warn.accept(skipped(jar, entry, "it is not a valid URL"));
            }
        }
        return paths;
    }

    private static String skipped(Path jar, String entry, String why) {
        return "keel: warning: ignoring Class-Path entry " + entry + " in the manifest of " + jar + ": " + why;
    }
}
