package org.keelvm.tools;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.keelvm.boot.BuildException;
import org.keelvm.boot.BuildRequest;

import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code keel run}: boots an image under QEMU with the terminal as its console, and exits with the guest's status.
 */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = Version.class,
        customSynopsis = "keel run [-hvV] [--kvm | --tcg] [-m <size>] [<image>] [-- <program-args>...]",
        description = {"Boot an image under QEMU. The guest's console is this terminal, and keel exits with the"
                + " status the guest reports.",
                "Without an image, builds and boots the bundled example."},
        footer = {"", "The program's arguments reach the guest on its kernel command line; each is percent-encoded"
                + " so that it holds no space, '%%' or '\"'.",
                "Exits with the guest's status; 1 when the image is not valid or QEMU fails; 2 on a usage error;"
                        + " 70 when the guest stops without a status (a reset or triple fault)."})
final class RunCommand implements Callable<Integer> {
    /** The system property that names another QEMU program, for testing the launcher without a real QEMU. */
    static final String QEMU_PROPERTY = "keel.qemu";

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "<image>",
            description = "The image to boot (default: the bundled example). Arguments after -- are the"
                    + " program's.")
    private List<String> positionals = new ArrayList<>();

    @Option(names = {"-m", "--memory"}, paramLabel = "<size>", defaultValue = "256M",
            converter = MemorySize.Converter.class,
            description = "Guest memory: MiB, or with a unit, such as 512M or 1G (default: ${DEFAULT-VALUE}).")
    private MemorySize memory;

    @ArgGroup(exclusive = true)
    private Acceleration acceleration = new Acceleration();

    @Option(names = {"-v", "--verbose"},
            description = "Print the QEMU command and its run time on standard error, and ask the guest to"
                    + " report what it does.")
    private boolean verbose;

    /** The mutually exclusive choice of accelerator. */
    static final class Acceleration {
        @Option(names = "--kvm", description = "Use KVM only; fail if /dev/kvm is not usable.")
        boolean kvm;

        @Option(names = "--tcg", description = "Use QEMU's software emulation (TCG) only.")
        boolean tcg;
    }

    @Override
    public Integer call() throws BuildException, CliException {
        RunArguments arguments = RunArguments.split(spec.commandLine().getParseResult().originalArgs(),
                spec.name(), positionals);
        PrintWriter err = spec.commandLine().getErr();
        Path image = arguments.image() != null ? arguments.image() : buildBundledExample(err);
        ImageCheck.validate(image);
        List<Accelerator> accelerators = AcceleratorChoice.choose(acceleration.kvm, acceleration.tcg,
                AcceleratorChoice.KVM_DEVICE);
        ByteArrayOutputStream statusBytes = new ByteArrayOutputStream();
        try (GuestChannel guestErr = GuestChannel.open("stderr", System.err);
             GuestChannel guestStatus = GuestChannel.open("status", statusBytes)) {
            QemuCommand command = new QemuCommand(System.getProperty(QEMU_PROPERTY, QemuCommand.DEFAULT_BINARY),
                    image, memory, accelerators, KernelCommandLine.build(verbose, arguments.programArgs()),
                    guestErr.socket(), guestStatus.socket());
            return QemuRunner.run(command, guestErr, guestStatus, statusBytes, verbose, err);
        }
    }

    private Path buildBundledExample(PrintWriter err) throws BuildException, CliException {
        Path jar = BundledExample.jar(System.getProperty(BundledExample.HOME_PROPERTY));
        Path image = BuildCommand.defaultOutput(jar);
        BuildCommand.build(new BuildRequest(jar, List.of(), List.of(), image, verbose, true), err);
        return image;
    }
}
