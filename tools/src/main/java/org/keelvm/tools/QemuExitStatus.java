package org.keelvm.tools;

import java.util.OptionalInt;

/**
 * Turns the way QEMU exited into the exit status of {@code keel run}.
 *
 * <p>A Keel guest ends by writing its status {@code n} to the {@code isa-debug-exit} port, and QEMU then exits with
 * {@code (n << 1) | 1}; so an odd status {@code s} carries the low seven bits of the guest's status, {@code s >> 1}.
 * Just before, the guest sent the whole status byte on its status channel, which supplies the eighth bit. Status 1 is ambiguous: it is
 * the guest's 0, but also what QEMU exits with when it fails. QEMU reports such a failure on standard error, and
 * the guest cannot write there (its console is standard output), so status 1 with an error on standard error is
 * taken as QEMU's failure. Status 0 means QEMU stopped on its own: because a signal told it to, or, since
 * {@code -no-reboot} is given, because the guest reset or triple-faulted without reporting a status. A QEMU that a
 * signal killed outright (no chance to report it) has status 128 + the signal, which for an odd-numbered signal such
 * as SIGKILL reads like a guest status; nothing in the exit status tells them apart.
 */
final class QemuExitStatus {
    /** The status for a guest that stopped without reporting one: EX_SOFTWARE, an internal error. */
    static final int NO_EXIT_STATUS = 70;
    /** The status for QEMU failing: like any other error of the launcher. */
    static final int QEMU_FAILED = CliException.FAILURE;
    /** The shell's convention for a process ended by signal {@code n}: 128 + n. */
    private static final int SIGNAL_BASE = 128;

    private QemuExitStatus() {
    }

    /**
     * What {@code keel run} exits with.
     *
     * @param exitCode the status for {@code keel run}
     * @param error    the one-line error to print, or {@code null} to print nothing
     */
    record Outcome(int exitCode, String error) {
    }

    /**
     * Interprets QEMU's exit.
     *
     * @param status  QEMU's exit status as {@link Process#waitFor()} returned it
     * @param stderr  what QEMU printed on standard error
     * @param command the command that ran, for the wording of errors
     * @param guestStatus the whole status byte the guest sent on its status channel, if it sent one
     */
    static Outcome interpret(int status, String stderr, QemuCommand command, OptionalInt guestStatus) {
        if (status == 0) {
            OptionalInt signal = QemuDiagnostics.terminatingSignal(stderr);
            if (signal.isPresent()) {
                return new Outcome(SIGNAL_BASE + signal.getAsInt(), null);
            }
            return new Outcome(NO_EXIT_STATUS,
                    "the guest stopped without an exit status (it reset or triple-faulted)");
        }
        boolean odd = (status & 1) == 1;
        if (odd && (status != 1 || QemuDiagnostics.errorLines(stderr, command).isEmpty())) {
            // The status channel has all eight bits; QEMU's exit status only the low seven.
            int seven = status >> 1;
            return new Outcome(guestStatus.isPresent() && (guestStatus.getAsInt() & 0x7F) == (seven & 0x7F)
                    ? guestStatus.getAsInt() : seven, null);
        }
        return new Outcome(QEMU_FAILED, QemuDiagnostics.explain(status, stderr, command));
    }
}
