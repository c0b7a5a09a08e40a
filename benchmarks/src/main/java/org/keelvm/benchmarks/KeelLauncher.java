package org.keelvm.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code ./keel} launcher of the repository, run as a process: {@code keel build} once per image, and
 * {@code keel run} for every measured boot.
 *
 * <p>The launcher rebuilds the tool with Maven whenever a source of the repository is newer than the tool's jar,
 * and says so on standard error. Other people edit the same tree while the benchmark runs, so that can happen in the
 * middle of a measured run; such a run measured Maven, not Keel, and is run again (up to {@link #MAX_ATTEMPTS}
 * times). How often that happened is counted, so that the report can say so.
 */
final class KeelLauncher {
    /** How many times one run is tried when the launcher keeps rebuilding the tool during it. */
    static final int MAX_ATTEMPTS = 3;

    /** Matches the launcher's "building the tool (first use)" and "rebuilding the tool (sources changed)". */
    private static final String BUILDING_THE_TOOL = "building the tool";

    private final List<String> launcher;
    private final TimedProcess processes;
    private int repeatedRuns;

    /**
     * @param script    the {@code keel} script
     * @param processes how to run and time processes
     */
    KeelLauncher(Path script, TimedProcess processes) {
        this(List.of(script.toString()), processes);
    }

    /**
     * @param launcher  the command that starts the tool, such as {@code java -jar tools/target/keel.jar}, which
     *                  skips the script's check for changed sources
     * @param processes how to run and time processes
     */
    KeelLauncher(List<String> launcher, TimedProcess processes) {
        this.launcher = List.copyOf(launcher);
        this.processes = processes;
    }

    /**
     * Builds an image with {@code keel build}.
     *
     * @param input     the application jar or class directory
     * @param mainClass the entry class, or {@code null} for the jar manifest's
     * @param image     where to write the image
     * @throws BenchmarkException if the build fails
     */
    void build(Path input, String mainClass, Path image) {
        List<String> command = new ArrayList<>(launcher);
        command.addAll(List.of("build", input.toString()));
        if (mainClass != null) {
            command.add("--main=" + mainClass);
        }
        command.add("-o");
        command.add(image.toString());
        ProcessResult result = processes.run(command);
        if (result.exitCode() != 0) {
            throw new BenchmarkException("keel build failed\n" + result.transcript());
        }
    }

    /**
     * Boots {@code image} with {@code keel run}, the options first, and returns the run that did not include a
     * rebuild of the tool.
     *
     * @throws BenchmarkException if every attempt included a rebuild, or the launcher failed to start
     */
    ProcessResult run(Path image, String... options) {
        List<String> command = new ArrayList<>(launcher);
        command.add("run");
        command.addAll(List.of(options));
        command.add(image.toString());
        ProcessResult result = null;
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            result = processes.run(command);
            if (!result.stderr().contains(BUILDING_THE_TOOL)) {
                return result;
            }
            repeatedRuns++;
        }
        throw new BenchmarkException("the launcher rebuilt the tool in each of " + MAX_ATTEMPTS
                + " attempts (is someone editing sources continuously?)\n" + result.transcript());
    }

    /** How many runs were repeated because the launcher rebuilt the tool during them. */
    int repeatedRuns() {
        return repeatedRuns;
    }
}
