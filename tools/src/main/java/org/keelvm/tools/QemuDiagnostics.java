package org.keelvm.tools;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what QEMU printed on standard error, to tell its failures from the guest's exit and to turn a failure into
 * one line that says what to do.
 */
final class QemuDiagnostics {
    /** QEMU starts its messages with its program name, and sometimes the option concerned, then a colon. */
    private static final Pattern PROGRAM_PREFIX = Pattern.compile("^\\S*qemu\\S*: ");
    /** How QEMU reports that SIGINT, SIGTERM or SIGHUP made it shut down; it then exits with status 0. */
    private static final Pattern TERMINATING = Pattern.compile("terminating on signal (\\d+)");
    /** Added by Java to the exit status of a process that a signal killed. */
    private static final int SIGNAL_BASE = 128;

    private QemuDiagnostics() {
    }

    /**
     * The lines of {@code stderr} that report errors, without QEMU's program-name prefix. Warnings do not count,
     * nor do complaints about KVM when the command falls back to TCG, since QEMU then carries on without KVM.
     */
    static List<String> errorLines(String stderr, QemuCommand command) {
        boolean fallsBack = command.accelerators().size() > 1;
        return stderr.lines()
                .map(line -> PROGRAM_PREFIX.matcher(line.strip()).replaceFirst(""))
                .filter(line -> !line.isEmpty())
                .filter(line -> !line.toLowerCase(Locale.ROOT).contains("warning:"))
                .filter(line -> !(fallsBack && line.toLowerCase(Locale.ROOT).contains("kvm")))
                .toList();
    }

    /** The signal that made QEMU shut down, if it says one did. */
    static OptionalInt terminatingSignal(String stderr) {
        Matcher matcher = TERMINATING.matcher(stderr);
        return matcher.find() ? OptionalInt.of(Integer.parseInt(matcher.group(1))) : OptionalInt.empty();
    }

    /**
     * One line that explains why QEMU failed and, for the common causes, what to do about it.
     *
     * @param status QEMU's exit status
     */
    static String explain(int status, String stderr, QemuCommand command) {
        List<String> errors = errorLines(stderr, command);
        String all = String.join("\n", errors).toLowerCase(Locale.ROOT);
        if (all.contains("kvm") && all.contains("permission denied")) {
            return "cannot use KVM: permission denied on " + AcceleratorChoice.KVM_DEVICE + "; add yourself to its"
                    + " group (sudo usermod -aG kvm $USER, then log in again) or use --tcg";
        }
        if (all.contains("kvm") && all.contains("no such file")) {
            return "cannot use KVM: " + AcceleratorChoice.KVM_DEVICE + " does not exist; use --tcg instead";
        }
        if (all.contains("cannot allocate memory") || all.contains("cannot set up guest memory")) {
            return "QEMU could not allocate " + command.memory().mebibytes() + " MiB of guest memory; give less"
                    + " with --memory, or free some memory";
        }
        if (!errors.isEmpty()) {
            return "qemu failed: " + errors.get(0);
        }
        if (status > SIGNAL_BASE) {
            return "qemu was killed by signal " + (status - SIGNAL_BASE);
        }
        return "qemu failed with exit status " + status;
    }
}
