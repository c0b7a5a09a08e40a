package org.keelvm.benchmarks;

/**
 * What a correct run of a program prints and exits with, taken from HotSpot and demanded of every Keel run, so
 * that no figure is reported for a run that computed something else.
 *
 * @param output   the exact standard output
 * @param exitCode the exit status
 */
record Expectation(String output, int exitCode) {
    /**
     * Fails unless {@code run} exited with the expected status and printed the expected output.
     *
     * @param what          which run this is, for the message
     * @param programOutput what the program printed, with anything the harness knows to be Keel's own removed
     * @throws BenchmarkException if either differs
     */
    void check(String what, String programOutput, ProcessResult run) {
        if (run.exitCode() != exitCode) {
            throw new BenchmarkException(what + " exited with status " + run.exitCode() + ", expected " + exitCode
                    + "\n" + run.transcript());
        }
        if (!programOutput.equals(output)) {
            throw new BenchmarkException(what + " printed something else than HotSpot; expected:\n" + output
                    + (output.endsWith("\n") ? "" : "\n") + "got:\n" + run.transcript());
        }
    }
}
