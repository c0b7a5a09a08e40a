package org.keelvm.tools;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

import org.keelvm.boot.BuildException;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The entry point of the {@code keel} tool. Every failure the user can do something about is one line on standard
 * error, {@code keel: error: <what and what to do>}; only unexpected internal errors print a stack trace.
 *
 * <p>Exit statuses: 0 success; 1 an error in the input or environment; 2 a usage error; 70 an internal error, or a
 * guest that stopped without reporting a status; {@code keel run} otherwise exits with the guest's status.
 */
public final class Main {
    /** The status for a bug in Keel itself: EX_SOFTWARE. */
    static final int INTERNAL_ERROR = 70;

    private Main() {
    }

    /** Runs {@code keel} with the process's standard streams and exits with its status. */
    public static void main(String[] args) {
        // Unbuffered on purpose: keel's messages interleave with QEMU's output on the same terminal.
        Charset charset = Charset.defaultCharset();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), charset),
                true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), charset),
                true);
        int status = execute(args, out, err);
        out.flush();
        err.flush();
        System.exit(status);
    }

    /**
     * Runs {@code keel} in this process, writing its own output and messages to the given streams (a guest's console
     * still goes to the process's standard output).
     *
     * @return the exit status
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new KeelCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler(Main::usageError);
        cli.setExecutionExceptionHandler(Main::executionFailure);
        try {
            return cli.execute(args);
        } catch (Error e) {
            // picocli passes only Exceptions to the handler; an Error such as StackOverflowError is a Keel bug too.
            return internalError(e, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private static int usageError(ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        // Some picocli messages start with their own "Error: ", which the prefix already says.
        err.println("keel: error: " + firstLine(e.getMessage()).replaceFirst("^Error: ", ""));
        err.println("try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'");
        return CliException.USAGE;
    }

    private static int executionFailure(Exception e, CommandLine command, ParseResult parseResult) {
        PrintWriter err = command.getErr();
        if (e instanceof CliException cli) {
            err.println("keel: error: " + firstLine(cli.getMessage()));
            return cli.exitCode();
        }
        if (e instanceof BuildException) {
            err.println("keel: error: " + firstLine(e.getMessage()));
            return CliException.FAILURE;
        }
        return internalError(e, err);
    }

    private static int internalError(Throwable e, PrintWriter err) {
        err.println("keel: internal error: " + e);
        e.printStackTrace(err);
        return INTERNAL_ERROR;
    }

    /** The first line of a message that should be one line, so that a stray newline cannot break the format. */
    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "failed without a reason (a bug in Keel)";
        }
        String trimmed = message.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
    }
}
