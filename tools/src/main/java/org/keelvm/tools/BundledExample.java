package org.keelvm.tools;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The example application that {@code keel run} boots when it is given no image: the jar the {@code examples} module
 * builds, found through the {@code keel.home} system property that the {@code keel} script sets to the repository.
 */
final class BundledExample {
    /** The system property that names the Keel repository. */
    static final String HOME_PROPERTY = "keel.home";

    private BundledExample() {
    }

    /**
     * The example's jar.
     *
     * @param home the repository, or {@code null} when {@code keel.home} is not set
     * @throws CliException if the repository is unknown or the example has not been built
     */
    static Path jar(String home) throws CliException {
        if (home == null || home.isBlank()) {
            throw new CliException("no image given, and " + HOME_PROPERTY + " is not set to find the bundled example;"
                    + " name an image, or start keel through the keel script");
        }
        Path jar = Path.of(home, "examples", "target", "keel-examples-" + Version.current() + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new CliException("the bundled example " + jar + " has not been built; build it with:"
                    + " (cd " + home + " && mvn -q -B -DskipTests install)");
        }
        return jar;
    }
}
