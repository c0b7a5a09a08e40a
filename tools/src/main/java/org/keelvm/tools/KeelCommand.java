package org.keelvm.tools;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code keel}: the command that holds the subcommands.
 */
@Command(name = "keel", mixinStandardHelpOptions = true, versionProvider = Version.class,
        subcommands = {BuildCommand.class, RunCommand.class, HelpCommand.class},
        synopsisSubcommandLabel = "<command>",
        description = "Keel runs Java applications on bare x86-64, without an operating system.",
        footer = {"", "Examples:",
                "  keel build app.jar        compile app.jar into app.img",
                "  keel run app.img -- a b   boot app.img under QEMU, passing arguments a and b",
                "  keel run                  build and boot the bundled example",
                "", "See 'keel <command> --help' for a command's options."})
final class KeelCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    /** Runs when no command is given, which is a usage error. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "no command given; use keel build or keel run");
    }
}
