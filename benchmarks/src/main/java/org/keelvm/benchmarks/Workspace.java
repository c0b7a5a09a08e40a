package org.keelvm.benchmarks;

import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files and programs the benchmark needs, found and checked before anything is measured, so that a missing
 * piece is reported plainly instead of as a failed run halfway through.
 *
 * @param home         the repository
 * @param keelScript   the {@code keel} launcher script
 * @param halJar       {@code hal/target/keel-hal-*.jar}, which the example needs on HotSpot
 * @param examplesJar  {@code examples/target/keel-examples-*.jar}, the bundled example
 * @param guestClasses {@code benchmarks/target/guest-classes}, the boot-only program
 * @param qemu         the QEMU program the launcher runs
 * @param java         the {@code java} of the JDK running this harness, which runs the HotSpot side
 */
record Workspace(Path home, Path keelScript, Path halJar, Path examplesJar, Path guestClasses, Path qemu,
                 Path java) {
    /** The program {@code keel run} starts. */
    static final String QEMU_PROGRAM = "qemu-system-x86_64";

    /** The entry class of the bundled example. */
    static final String PRIMES_MAIN = "org.keelvm.examples.Primes";

    /** The entry class of the boot-only program. */
    static final String EMPTY_MAIN = "org.keelvm.benchmarks.guest.EmptyMain";

    private static final String BUILD_HINT = "; benchmarks/run builds it (mvn -q -B -o -DskipTests install)";

    /**
     * Finds everything under {@code home}.
     *
     * @throws BenchmarkException naming the first thing that is missing, and how to get it
     */
    static Workspace locate(Path home) {
        Path script = home.resolve("keel");
        if (!Files.isRegularFile(script) || !Files.isExecutable(script)) {
            throw new BenchmarkException("the keel launcher " + script + " is missing or not executable; is "
                    + home + " the Keel repository? (give it with --keel-home)");
        }
        Path qemu = onPath(QEMU_PROGRAM);
        if (qemu == null) {
            // Checked here because the launcher would otherwise try to install QEMU itself in the middle of a run.
            throw new BenchmarkException(QEMU_PROGRAM + " not found on the PATH; install it with: sudo apt-get"
                    + " install qemu-system-x86");
        }
        Path guestClasses = home.resolve("benchmarks/target/guest-classes");
        if (!Files.isRegularFile(guestClasses.resolve(EMPTY_MAIN.replace('.', '/') + ".class"))) {
            throw new BenchmarkException("the boot-only program is not compiled in " + guestClasses + BUILD_HINT);
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        return new Workspace(home, script, moduleJar(home, "hal", "keel-hal"),
                moduleJar(home, "examples", "keel-examples"), guestClasses, qemu, java);
    }

    /** The class path that runs the example on HotSpot. */
    String exampleClassPath() {
        return halJar + File.pathSeparator + examplesJar;
    }

    /** The one {@code <artifact>-<version>.jar} in a module's target directory. */
    private static Path moduleJar(Path home, String module, String artifact) {
        Path target = home.resolve(module).resolve("target");
        List<Path> jars = new ArrayList<>();
        if (Files.isDirectory(target)) {
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(target, artifact + "-*.jar")) {
                for (Path jar : stream) {
                    String name = jar.getFileName().toString();
                    if (!name.endsWith("-sources.jar") && !name.endsWith("-javadoc.jar")) {
                        jars.add(jar);
                    }
                }
            } catch (IOException e) {
                throw new BenchmarkException("cannot list " + target + ": " + e.getMessage(), e);
            }
        }
        if (jars.size() != 1) {
            throw new BenchmarkException((jars.isEmpty() ? "no " : "more than one ") + artifact + "-*.jar in "
                    + target + BUILD_HINT);
        }
        return jars.get(0);
    }

    /** The executable called {@code program} in a directory of the PATH, or {@code null}. */
    private static Path onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, program);
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
