package org.keelvm.tools;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The QEMU invocation that boots a Keel image.
 *
 * <p>The machine is QEMU's {@code microvm}: no PCI, no firmware, direct PVH boot of the ELF image given with
 * {@code -kernel}. Every default device is off ({@code -nodefaults}) and no configuration file is read
 * ({@code -no-user-config}), so the guest sees two 16550 UARTs and an {@code isa-debug-exit} port at 0xF4 through
 * which it reports its exit status. COM1, the guest's standard output, is microvm's own UART, wired to QEMU's standard
 * input and output. COM2, the guest's standard error, is added as a device (microvm makes only one UART of its own,
 * whatever {@code -serial} says) and connects to the Unix socket {@code errorSocket}, where the launcher listens and
 * forwards what arrives to its own standard error: QEMU's standard error cannot carry it, because it carries QEMU's
 * diagnostics, which the launcher must tell apart from the program's output. The guest writes its whole exit status
 * byte to a debug console at {@link #STATUS_PORT} before the debug-exit port, connected to {@code statusSocket},
 * because QEMU's own exit status keeps only seven bits of it. {@code -no-reboot}
 * turns a reset or triple fault into QEMU exiting, instead of booting the image again forever. No {@code -cpu} is
 * given: QEMU's default model works everywhere, which {@code host} and {@code max} do not under nested KVM.
 *
 * @param binary            the QEMU program to run
 * @param image             the ELF image to boot
 * @param memory            the guest's memory
 * @param accelerators      accelerators in order of preference, at least one
 * @param kernelCommandLine what the guest receives as its command line
 * @param errorSocket       the Unix socket the guest's standard error is sent to
 * @param statusSocket      the Unix socket the guest's exit status byte is sent to
 */
public record QemuCommand(String binary, Path image, MemorySize memory, List<Accelerator> accelerators,
                          String kernelCommandLine, Path errorSocket, Path statusSocket) {
    /** The QEMU program used unless the {@code keel.qemu} system property names another. */
    public static final String DEFAULT_BINARY = "qemu-system-x86_64";

    /** The I/O port the guest writes its exit status to; QEMU then exits with {@code (status << 1) | 1}. */
    public static final int DEBUG_EXIT_PORT = 0xf4;
    /** The I/O base of COM2, the guest's standard error, and its ISA interrupt line on every PC. */
    public static final int ERROR_UART_PORT = 0x2f8;
    private static final int ERROR_UART_IRQ = 3;
    private static final String ERROR_CHARDEV = "guest-stderr";
    /** The I/O port of the debug console that carries the guest's exit status byte. */
    public static final int STATUS_PORT = 0x402;
    private static final String STATUS_CHARDEV = "guest-status";

    private static final Pattern SHELL_SAFE = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

    /** Validates the fields. */
    public QemuCommand {
        accelerators = List.copyOf(accelerators);
        Objects.requireNonNull(errorSocket, "errorSocket");
        Objects.requireNonNull(statusSocket, "statusSocket");
        if (accelerators.isEmpty()) {
            throw new IllegalArgumentException("no accelerator");
        }
    }

    /** The program and its arguments, ready for {@link ProcessBuilder}. */
    public List<String> argv() {
        List<String> argv = new ArrayList<>();
        argv.add(binary);
        argv.add("-M");
        argv.add("microvm");
        for (Accelerator accelerator : accelerators) {
            argv.add("-accel");
            argv.add(accelerator.qemuName());
        }
        argv.add("-m");
        argv.add(Long.toString(memory.mebibytes()));
        argv.add("-nodefaults");
        argv.add("-no-user-config");
        argv.add("-nographic");
        argv.add("-no-reboot");
        argv.add("-serial");
        argv.add("stdio");
        argv.add("-chardev");
        // QEMU reads a doubled comma in an option value as one comma, a single one as the end of the value.
        argv.add("socket,id=" + ERROR_CHARDEV + ",path=" + errorSocket.toString().replace(",", ",,"));
        argv.add("-device");
        argv.add("isa-serial,chardev=" + ERROR_CHARDEV + ",iobase=0x" + Integer.toHexString(ERROR_UART_PORT)
                + ",irq=" + ERROR_UART_IRQ);
        argv.add("-chardev");
        argv.add("socket,id=" + STATUS_CHARDEV + ",path=" + statusSocket.toString().replace(",", ",,"));
        argv.add("-device");
        argv.add("isa-debugcon,iobase=0x" + Integer.toHexString(STATUS_PORT) + ",chardev=" + STATUS_CHARDEV);
        argv.add("-device");
        argv.add("isa-debug-exit,iobase=0x" + Integer.toHexString(DEBUG_EXIT_PORT) + ",iosize=0x04");
        argv.add("-kernel");
        argv.add(image.toString());
        argv.add("-append");
        argv.add(kernelCommandLine);
        return argv;
    }

    /** The invocation as a line that a POSIX shell would run unchanged, for {@code --verbose}. */
    public String toShellString() {
        StringBuilder line = new StringBuilder();
        for (String arg : argv()) {
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(SHELL_SAFE.matcher(arg).matches() ? arg : "'" + arg.replace("'", "'\\''") + "'");
        }
        return line.toString();
    }
}
