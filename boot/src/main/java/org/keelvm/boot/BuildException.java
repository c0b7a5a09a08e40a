package org.keelvm.boot;

/**
 * A build that cannot go on because of its input. The message is one line that names the problem and is shown to the
 * user as it is, without a stack trace.
 */
public final class BuildException extends Exception {
    public BuildException(String message) {
        super(message);
    }

    public BuildException(String message, Throwable cause) {
        super(message, cause);
    }
}
