package org.keelvm.tools;

/**
 * A failure the user can act on: it is reported as one line, {@code keel: error: <message>}, without a stack trace,
 * and the command exits with {@link #exitCode()}.
 */
final class CliException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The status for errors in the user's input or environment. */
    static final int FAILURE = 1;
    /** The status for a command line that does not make sense, as picocli uses it. */
    static final int USAGE = 2;

    private final int exitCode;

    /** A failure that exits with status 1. */
    CliException(String message) {
        this(message, FAILURE);
    }

    /** A failure that exits with {@code exitCode}. */
    CliException(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    /** The process exit status to report this failure with. */
    int exitCode() {
        return exitCode;
    }
}
