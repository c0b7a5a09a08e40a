package org.keelvm.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Keel's CPU benchmark: small compute-bound programs (benchmarks/src/programs/java) run on HotSpot with its JIT, on
 * HotSpot's interpreter ({@code -Xint}, the closer match for Keel's baseline compiler) and as Keel images under QEMU,
 * each timed from the outside as a whole process. Every run must print what HotSpot printed. {@link CpuRunner} runs
 * them, {@link CpuReport} writes the table; {@code README.md} explains it.
 */
public final class CpuBenchmark {
    private CpuBenchmark() {
    }

    /**
     * Runs the benchmark, prints the report and writes it to the output file. Exits with 0 on success, 1 when a
     * program failed or printed something else on Keel or {@code -Xint} (the report says which) or the benchmark
     * could not run, 2 on a usage error.
     *
     * @param args see {@link CpuOptions#USAGE}
     */
    public static void main(String[] args) {
        CpuOptions options;
        try {
            options = CpuOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("cpu-benchmark: " + e.getMessage());
            System.err.println(CpuOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options == null) {
            System.out.println(CpuOptions.USAGE);
            return;
        }
        String report;
        boolean failed;
        try {
            Outcome outcome = measure(options, System.err);
            failed = CpuReport.anyFailed(outcome.results());
            report = CpuReport.render(outcome.header(), outcome.results());
        } catch (BenchmarkException e) {
            System.err.println("cpu-benchmark: error: " + e.getMessage());
            System.exit(1);
            return;
        }
        System.out.print(report);
        try {
            Files.createDirectories(options.output().toAbsolutePath().getParent());
            Files.writeString(options.output(), report, StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("cpu-benchmark: error: cannot write " + options.output() + ": " + e.getMessage());
            System.exit(1);
            return;
        }
        System.out.println("(also written to " + options.output() + ")");
        if (failed) {
            System.exit(1);
        }
    }

    /** The report's lines about the machine and the conditions, and the results. */
    private record Outcome(String header, List<CpuResult> results) {
    }

    /** Measures everything in a scratch directory, removed afterwards. */
    private static Outcome measure(CpuOptions options, PrintStream progress) {
        long started = System.nanoTime();
        Workspace workspace = Workspace.locate(options.keelHome());
        Path jar = CpuRunner.toolJar(workspace);
        if (!Files.isRegularFile(jar)) {
            throw new BenchmarkException(jar + " is missing; build it with: mvn -q -B -o package -DskipTests");
        }
        List<CpuProgram> programs = CpuProgram.find(workspace.home().resolve(CpuProgram.SOURCE_DIRECTORY),
                options.only());
        Path scratch;
        try {
            scratch = Files.createTempDirectory("keel-cpu-benchmark");
        } catch (IOException e) {
            throw new BenchmarkException("cannot create a scratch directory: " + e.getMessage(), e);
        }
        try {
            TimedProcess processes = new TimedProcess(scratch, workspace.home(), options.timeout());
            Report context = BootReport.describeMachine("Keel CPU benchmark", workspace, processes);
            context.context("Keel tool: " + jar + ", built " + Instant.ofEpochMilli(jar.toFile().lastModified())
                    + "; guest memory " + options.memory() + "; accelerator: keel run's default");
            context.context("runs: " + options.runs() + " measured per command, after one unmeasured warm-up run");
            List<CpuResult> results = new CpuRunner(workspace, processes, scratch, progress, options.memory())
                    .run(programs, options.runs());
            context.context(String.format(Locale.ROOT, "benchmark wall time: %.1f s",
                    (System.nanoTime() - started) / 1e9));
            return new Outcome(context.render(), results);
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
