package org.keelvm.tools;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * Runs QEMU in the foreground: the guest's console is the launcher's own standard input and output, the guest's
 * standard error reaches the launcher's through a {@link GuestChannel} and its exit status through another, QEMU's own standard error is captured so
 * that its failures can be explained, and the launcher exits with the guest's status.
 *
 * <p>Ctrl-C reaches QEMU directly, because it shares the launcher's process group and terminal; QEMU then shuts
 * down and restores the terminal itself. Should the launcher be stopped while QEMU is still running, a shutdown hook
 * gives QEMU a moment to finish, then ends it and restores the terminal settings saved before QEMU started; they
 * are restored after QEMU exits, too, in case it was killed before it could do so itself.
 */
final class QemuRunner {
    /** Enough of QEMU's standard error to explain a failure, without holding on to a runaway stream of warnings. */
    private static final int STDERR_LIMIT = 64 * 1024;
    /** How long QEMU may take to act on a Ctrl-C that it received together with the launcher. */
    private static final long GRACE_MILLIS = 2000;
    /** The shell's status for a process ended by SIGINT. */
    private static final int INTERRUPTED = 130;

    private QemuRunner() {
    }

    /**
     * Boots the guest and waits for it.
     *
     * @param guestErr    the guest's standard error, which {@code command} connects to; copied from until QEMU exits
     * @param guestStatus the channel of the guest's exit status byte, copied into {@code statusBytes}
     * @param statusBytes what arrived on {@code guestStatus}
     * @param verbose  whether to print the command and the time QEMU ran on {@code err}
     * @return the guest's exit status
     * @throws CliException if QEMU cannot be started or fails, or the guest stops without an exit status
     */
    static int run(QemuCommand command, GuestChannel guestErr, GuestChannel guestStatus,
                   ByteArrayOutputStream statusBytes, boolean verbose, PrintWriter err)
            throws CliException {
        if (verbose) {
            err.println("keel: " + command.toShellString());
            err.flush();
        }
        TerminalState terminal = TerminalState.capture();
        ProcessBuilder builder = new ProcessBuilder(command.argv())
                .redirectInput(ProcessBuilder.Redirect.INHERIT)
                .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                .redirectError(ProcessBuilder.Redirect.PIPE);
        guestErr.start();
        guestStatus.start();
        long start = System.nanoTime();
        Process qemu;
        try {
            qemu = builder.start();
        } catch (IOException e) {
            throw cannotStart(command, e);
        }
        Thread hook = new Thread(() -> stop(qemu, terminal), "keel-qemu-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        Thread drain = new Thread(() -> drain(qemu.getErrorStream(), stderr), "keel-qemu-stderr");
        drain.setDaemon(true);
        drain.start();
        int status;
        try {
            status = waitFor(qemu, terminal);
        } finally {
            removeHook(hook);
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        // QEMU restores the terminal when it exits normally; this covers a QEMU that was killed or crashed.
        terminal.restore();
        joinQuietly(drain);
        // Everything the guest sent to its standard error is out before the launcher says anything more or exits.
        guestErr.finish(GRACE_MILLIS);
        guestStatus.finish(GRACE_MILLIS);
        String errorText;
        synchronized (stderr) {
            errorText = stderr.toString(StandardCharsets.UTF_8);
        }
        if (verbose) {
            err.print(errorText);
            err.println(String.format(Locale.ROOT, "keel: qemu ran for %.3f s and exited with status %d",
                    millis / 1000.0, status));
            err.flush();
        }
        byte[] reported;
        synchronized (statusBytes) {
            reported = statusBytes.toByteArray();
        }
        OptionalInt guestStatusByte = reported.length == 0 ? OptionalInt.empty()
                : OptionalInt.of(reported[reported.length - 1] & 0xFF);
        QemuExitStatus.Outcome outcome = QemuExitStatus.interpret(status, errorText, command, guestStatusByte);
        if (outcome.error() != null) {
            throw new CliException(outcome.error(), outcome.exitCode());
        }
        return outcome.exitCode();
    }

    private static CliException cannotStart(QemuCommand command, IOException e) {
        String message = String.valueOf(e.getMessage());
        // ProcessBuilder reports a missing program only through the errno text in its message.
        if (message.contains("error=2,") || message.contains("No such file")) {
            return new CliException(command.binary() + " not found; install it with: sudo apt-get install"
                    + " qemu-system-x86");
        }
        if (message.contains("error=13,")) {
            return new CliException("cannot run " + command.binary() + ": permission denied");
        }
        return new CliException("cannot start " + command.binary() + ": " + message);
    }

    /** Copies QEMU's standard error into {@code sink} until it closes, keeping at most {@link #STDERR_LIMIT}. */
    private static void drain(InputStream in, ByteArrayOutputStream sink) {
        byte[] buffer = new byte[4096];
        try (in) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                synchronized (sink) {
                    sink.write(buffer, 0, Math.min(n, Math.max(0, STDERR_LIMIT - sink.size())));
                }
            }
        } catch (IOException e) {
            // The stream breaks only when QEMU is gone; what was read so far is all there is to explain.
        }
    }

    private static int waitFor(Process qemu, TerminalState terminal) throws CliException {
        try {
            return qemu.waitFor();
        } catch (InterruptedException e) {
            // Only an embedding program would interrupt this thread; it then wants QEMU gone as a Ctrl-C would.
            Thread.currentThread().interrupt();
            stop(qemu, terminal);
            throw new CliException("interrupted while the guest was running", INTERRUPTED);
        }
    }

    private static void joinQuietly(Thread thread) {
        try {
            thread.join(GRACE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down, so the hook is running or has run; it does the cleanup.
        }
    }

    /**
     * Runs when the launcher is stopped (by Ctrl-C, SIGTERM or SIGHUP) while QEMU may still be running: waits
     * briefly for QEMU to act on the same signal, ends it if it does not, then puts the terminal back.
     */
    private static void stop(Process qemu, TerminalState terminal) {
        try {
            if (!qemu.waitFor(GRACE_MILLIS, TimeUnit.MILLISECONDS)) {
                qemu.destroy();
                if (!qemu.waitFor(GRACE_MILLIS, TimeUnit.MILLISECONDS)) {
                    qemu.destroyForcibly();
                }
            }
        } catch (InterruptedException e) {
            qemu.destroyForcibly();
        }
        terminal.restore();
    }
}
