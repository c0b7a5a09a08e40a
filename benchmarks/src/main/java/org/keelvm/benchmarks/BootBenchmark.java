package org.keelvm.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Keel's boot benchmark: how long the bundled example takes from QEMU start to exit, against the same program on
 * HotSpot; how long the guest takes from its PVH entry point to main; and how big the image is.
 *
 * <p>Everything is measured from the outside, by running {@code ./keel}, QEMU (through the launcher) and
 * {@code java} as processes, so the figures are what a user of the repository sees. {@link BootRunner} runs them,
 * {@link BootReport} writes the report; {@code README.md} next to this module's {@code pom.xml} explains how to read
 * it.
 */
public final class BootBenchmark {
    private final BenchmarkOptions options;
    private final PrintStream progress;

    private BootBenchmark(BenchmarkOptions options, PrintStream progress) {
        this.options = options;
        this.progress = progress;
    }

    /**
     * Runs the benchmark, prints the report and writes it to the output file. Exits with 0 on success, 1 when the
     * benchmark cannot give trustworthy figures (the reason is printed), 2 on a usage error.
     *
     * @param args see {@link BenchmarkOptions#USAGE}
     */
    public static void main(String[] args) {
        BenchmarkOptions options;
        try {
            options = BenchmarkOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("boot-benchmark: " + e.getMessage());
            System.err.println(BenchmarkOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options == null) {
            System.out.println(BenchmarkOptions.USAGE);
            return;
        }
        String report;
        try {
            report = new BootBenchmark(options, System.err).measure();
        } catch (BenchmarkException e) {
            System.err.println("boot-benchmark: error: " + e.getMessage());
            System.exit(1);
            return;
        }
        System.out.print(report);
        try {
            Files.createDirectories(options.output().toAbsolutePath().getParent());
            Files.writeString(options.output(), report, StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("boot-benchmark: error: cannot write " + options.output() + ": " + e.getMessage());
            System.exit(1);
            return;
        }
        System.out.println("(also written to " + options.output() + ")");
    }

    /** Measures everything in a scratch directory, removed afterwards, and returns the report's text. */
    private String measure() {
        long started = System.nanoTime();
        Workspace workspace = Workspace.locate(options.keelHome());
        Path scratch;
        try {
            scratch = Files.createTempDirectory("keel-boot-benchmark");
        } catch (IOException e) {
            throw new BenchmarkException("cannot create a scratch directory: " + e.getMessage(), e);
        }
        try {
            TimedProcess processes = new TimedProcess(scratch, workspace.home());
            Report report = BootReport.describeMachine(workspace, processes);
            Measurements measurements = new BootRunner(workspace, processes, scratch, progress)
                    .run(options.runs(), options.kvm());
            BootReport.addFigures(report, measurements, TscFrequency.detect(processes), options.runs());
            report.context(String.format(Locale.ROOT, "benchmark wall time: %.1f s",
                    (System.nanoTime() - started) / 1e9));
            return report.render();
        } finally {
            deleteRecursively(scratch);
        }
    }

    /** Removes the scratch directory, which holds only what this run created. */
    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // A leftover temporary directory is harmless; the report matters more than the clean-up.
        }
    }
}
