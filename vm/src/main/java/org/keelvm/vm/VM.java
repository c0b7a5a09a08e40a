package org.keelvm.vm;

import org.keelvm.hal.Address;
import org.keelvm.hal.Console;
import org.keelvm.hal.Cpu;
import org.keelvm.hal.ErrorConsole;
import org.keelvm.hal.Machine;
import org.keelvm.hal.StartInfo;
import org.keelvm.vm.object.Hub;
import org.keelvm.vm.runtime.Allocation;
import org.keelvm.vm.runtime.ClassInitialization;

/**
 * The first Java code of a booted image. The boot stub calls {@link #boot(Address)} in long mode, on the boot stack,
 * with the PVH start info; it returns only by leaving the machine.
 */
public final class VM {
    /** Exit status of a failure inside the VM itself (the highest that survives QEMU's debug-exit mapping). */
    public static final int EXIT_VM_FAILURE = 127;

    /** The time-stamp counter at the PVH entry, stored by the boot stub before anything else runs. */
    static long entryTimestamp;
    /** Whether the command line asked Keel to report what it does ({@code keel run --verbose}). */
    static boolean verbose;
    /** Usable RAM according to the PVH memory map. */
    static long ramBytes;
    /** The first byte after the image, set by the image builder: the Java heap starts here. */
    static long imageEnd;
    /**
     * Classes that have instances in the image heap and an initializer, set by the image builder: they are
     * initialized before anything else runs, because their instance methods may run without any {@code new} or
     * static access that would initialize them ({@code String} first, as on HotSpot).
     */
    static Hub[] heapClasses = new Hub[0];

    private VM() {
    }

    /**
     * Boots the VM: consoles, start info, then the program's entry point; exits with status 0 when it returns.
     *
     * @param startInfo the PVH start info the hypervisor passed in {@code ebx}
     */
    public static void boot(Address startInfo) {
        Console.init();
        ErrorConsole.init();
        if (!StartInfo.isValid(startInfo)) {
            BootLog.badStartInfo(startInfo);
            Machine.exit(EXIT_VM_FAILURE);
        }
        verbose = CommandLine.hasVerbose(StartInfo.commandLine(startInfo));
        ramBytes = StartInfo.ramBytes(startInfo);
        Allocation.initialize(imageEnd, StartInfo.ramRegionEnd(startInfo, imageEnd));
        for (int i = 0; i < heapClasses.length; i++) {
            ClassInitialization.initialize(heapClasses[i]);
        }
        long mainTimestamp = Cpu.rdtsc();
        if (verbose) {
            BootLog.booted(ramBytes, mainTimestamp - entryTimestamp);
        }
        JdkStartup.start();
        // An exception that main does not catch finds no handler here either: dispatch reaches the bottom of the
        // stack and reports it (see ExceptionDispatch), with every frame of the throw still in place.
        Program.main(CommandLine.programArguments(StartInfo.commandLine(startInfo)));
        // As HotSpot's launcher: the shutdown hooks run, then the VM halts with status 0.
        JdkStartup.exit(0);
        Machine.exit(0);
    }
}
