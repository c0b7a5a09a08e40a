package org.keelvm.benchmarks;

import java.util.List;

/**
 * What one finished process did: its status, what it printed, and how long it took from just before it was started
 * to just after the harness saw it exit.
 *
 * @param command   the program and its arguments
 * @param exitCode  the process's exit status
 * @param stdout    everything it wrote to standard output, as UTF-8
 * @param stderr    everything it wrote to standard error, as UTF-8
 * @param wallNanos the elapsed wall-clock time, in nanoseconds
 */
record ProcessResult(List<String> command, int exitCode, String stdout, String stderr, long wallNanos) {
    /** The elapsed time in milliseconds. */
    double wallMillis() {
        return wallNanos / 1e6;
    }

    /** The command as one line, for messages. */
    String commandLine() {
        return String.join(" ", command);
    }

    /** The process's output, with both streams labelled, for an error message that must show what went wrong. */
    String transcript() {
        return "--- command: " + commandLine() + "\n--- exit status: " + exitCode + "\n--- standard output:\n"
                + stdout + (stdout.endsWith("\n") || stdout.isEmpty() ? "" : "\n") + "--- standard error:\n"
                + stderr + (stderr.endsWith("\n") || stderr.isEmpty() ? "" : "\n") + "---";
    }
}
