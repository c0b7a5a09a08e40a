package org.keelvm.tools.it;

import java.nio.file.Files;
import java.nio.file.Path;

/** Paths of the built repository that the integration tests use. Tests run with the tools module as directory. */
final class Repository {
    /** The repository root. */
    static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    /** The launcher script. */
    static final Path KEEL = ROOT.resolve("keel");
    /** The tool jar the script runs. */
    static final Path KEEL_JAR = ROOT.resolve("tools/target/keel.jar");
    /** The hal/ classes, which programs written against hal/ need on HotSpot too. */
    static final Path HAL_CLASSES = ROOT.resolve("hal/target/classes");
    /** The bundled example's jar. */
    static final Path EXAMPLES_JAR = ROOT.resolve("examples/target/keel-examples-0.1.0-SNAPSHOT.jar");
    /** The conformance programs, one self-contained source file each. */
    static final Path CONFORMANCE_PROGRAMS = ROOT.resolve("tools/src/conformance/programs");
    /** Where the integration tests put what they build. */
    static final Path WORK = ROOT.resolve("tools/target/it");
    /** The {@code java} of the JDK running the tests: HotSpot, the oracle. */
    static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

    private Repository() {
    }

    /** Fails unless {@code path} exists, naming the build step that makes it. */
    static Path require(Path path, String madeBy) {
        if (!Files.exists(path)) {
            throw new AssertionError(path + " is missing; " + madeBy);
        }
        return path;
    }
}
