package org.keelvm.benchmarks;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one process to completion under a time limit and measures its wall-clock time from the outside.
 *
 * <p>The clock ({@link System#nanoTime()}) starts just before {@link ProcessBuilder#start()} and stops as soon as
 * {@link Process#waitFor} returns, so the figure covers fork, exec, the program's whole life and its exit, the same
 * way for every program measured. Standard input is {@code /dev/null}, so that QEMU's serial console never takes
 * over the terminal the benchmark was started from; standard output and error go to files in a scratch directory
 * rather than pipes, so that no reader thread competes with the measured process and a chatty process can never
 * block on a full pipe.
 */
final class TimedProcess {
    /** How long any one process may run before the benchmark gives up on it. */
    static final Duration TIMEOUT = Duration.ofSeconds(60);

    /** How long a killed process tree gets to disappear before the harness moves on anyway. */
    private static final long KILL_WAIT_SECONDS = 5;

    private final Path scratch;
    private final Path workingDirectory;
    private final Duration timeout;

    /**
     * Processes limited to {@link #TIMEOUT}.
     *
     * @param scratch          a directory for the captured output of each run, overwritten by the next run
     * @param workingDirectory the directory the processes run in
     */
    TimedProcess(Path scratch, Path workingDirectory) {
        this(scratch, workingDirectory, TIMEOUT);
    }

    /** Processes limited to {@code timeout}. */
    TimedProcess(Path scratch, Path workingDirectory, Duration timeout) {
        this.scratch = scratch;
        this.workingDirectory = workingDirectory;
        this.timeout = timeout;
    }

    /**
     * Runs {@code command} and waits for it, for at most the timeout.
     *
     * @throws BenchmarkException if it cannot be started or does not finish in time (it is then killed, with any
     *                            processes it started)
     */
    ProcessResult run(List<String> command) {
        Path out = scratch.resolve("stdout.txt");
        Path err = scratch.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workingDirectory.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        long start = System.nanoTime();
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new BenchmarkException("cannot start " + command.get(0) + ": " + e.getMessage(), e);
        }
        boolean finished;
        try {
            finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            killTree(process);
            throw new BenchmarkException("interrupted while waiting for " + String.join(" ", command), e);
        }
        long wallNanos = System.nanoTime() - start;
        if (!finished) {
            killTree(process);
            throw new BenchmarkException(String.join(" ", command) + " did not finish within "
                    + timeout.toMillis() / 1000.0 + " s; it was stopped");
        }
        return new ProcessResult(List.copyOf(command), process.exitValue(), read(out), read(err), wallNanos);
    }

    /**
     * Kills a process and everything it started. The descendants are listed before the parent dies, because once it
     * is gone they are re-parented and can no longer be found through it (the keel launcher's QEMU, for one).
     */
    private static void killTree(Process process) {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
        try {
            process.waitFor(KILL_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String read(Path file) {
        try {
            // Decoded leniently: a guest that prints a stray byte should fail the output check, not the harness.
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BenchmarkException("cannot read the captured output " + file + ": " + e.getMessage(), e);
        }
    }
}
