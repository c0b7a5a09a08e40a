package org.keelvm.benchmarks;

/**
 * A reason the benchmark cannot give trustworthy figures: a missing tool, a process that failed, timed out or
 * printed something else than expected. The harness stops on it and prints the message, rather than reporting
 * numbers about a run that did not do what it should.
 */
final class BenchmarkException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BenchmarkException(String message) {
        super(message);
    }

    BenchmarkException(String message, Throwable cause) {
        super(message, cause);
    }
}
