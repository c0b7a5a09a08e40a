package org.keelvm.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Runs the benchmark's processes: builds the two images, runs every command once unmeasured, then the measured
 * rounds.
 *
 * <p>The unmeasured run fills the page cache, lets the launcher rebuild the tool if sources changed, and gives the
 * reference output (HotSpot's) that every later run must reproduce. In each measured round the commands take turns,
 * so that a slow spell of the shared machine spreads over all of them rather than skewing one. Every run's output
 * and exit status are checked; a wrong run stops the benchmark instead of becoming a figure.
 */
final class BootRunner {
    /** The example exits with its count of primes below 10,000 (1229) modulo 100. */
    static final int PRIMES_EXIT_STATUS = 29;

    /**
     * A warm-up boot under {@code --kvm} slower than this would make the measured runs blow the benchmark's time
     * budget; an emulating KVM can be that slow.
     */
    private static final double KVM_WARM_UP_LIMIT_MILLIS = 10_000;

    /** The device QEMU opens for KVM. */
    static final Path KVM_DEVICE = Path.of("/dev/kvm");

    private final Workspace workspace;
    private final TimedProcess processes;
    private final KeelLauncher keel;
    private final Path scratch;
    private final PrintStream progress;

    /**
     * @param workspace where everything is
     * @param processes how to run and time processes
     * @param scratch   where to put the images
     * @param progress  where to say what is going on
     */
    BootRunner(Workspace workspace, TimedProcess processes, Path scratch, PrintStream progress) {
        this.workspace = workspace;
        this.processes = processes;
        this.keel = new KeelLauncher(workspace.keelScript(), processes);
        this.scratch = scratch;
        this.progress = progress;
    }

    /**
     * Builds, warms up and measures.
     *
     * @param runs how many measured rounds
     * @param kvm  whether to try the boot-only program under {@code --kvm}
     * @throws BenchmarkException if anything fails or prints something unexpected
     */
    Measurements run(int runs, boolean kvm) {
        say("building the images (keel build)");
        Path primesImage = scratch.resolve("primes.img");
        Path emptyImage = scratch.resolve("empty.img");
        keel.build(workspace.examplesJar(), null, primesImage);
        keel.build(workspace.guestClasses(), Workspace.EMPTY_MAIN, emptyImage);

        List<String> hotspotPrimes = List.of(workspace.java().toString(), "-cp", workspace.exampleClassPath(),
                Workspace.PRIMES_MAIN);
        List<String> hotspotEmpty = List.of(workspace.java().toString(), "-cp", workspace.guestClasses().toString(),
                Workspace.EMPTY_MAIN);

        say("warm-up: one unmeasured run of each command");
        ProcessResult reference = processes.run(hotspotPrimes);
        if (reference.exitCode() != PRIMES_EXIT_STATUS) {
            throw new BenchmarkException("the example exited on HotSpot with status " + reference.exitCode()
                    + ", expected " + PRIMES_EXIT_STATUS + "\n" + reference.transcript());
        }
        Expectation primes = new Expectation(reference.stdout(), PRIMES_EXIT_STATUS);
        Expectation empty = new Expectation("", 0);
        checked(hotspotEmpty, empty, "HotSpot run of EmptyMain");
        ProcessResult plain = keel.run(primesImage);
        primes.check("keel run of the example", plain.stdout(), plain);
        Set<String> accelerators = new LinkedHashSet<>();
        accelerators.add(String.join(",", verboseRun(primesImage, primes, "example").accelerators()));
        verboseRun(emptyImage, empty, "EmptyMain");
        String kvmSkipped = kvm ? kvmWarmUp(emptyImage, empty) : "--no-kvm was given";

        Samples keelRunWall = new Samples();
        Samples primesQemu = new Samples();
        Samples primesCycles = new Samples();
        Samples hotspotPrimesWall = new Samples();
        Samples emptyQemu = new Samples();
        Samples emptyCycles = new Samples();
        Samples kvmQemu = new Samples();
        Samples kvmCycles = new Samples();
        Samples hotspotEmptyWall = new Samples();
        for (int round = 1; round <= runs; round++) {
            say("measured run " + round + " of " + runs);
            hotspotPrimesWall.add(checked(hotspotPrimes, primes, "HotSpot run of the example").wallMillis());

            ProcessResult whole = keel.run(primesImage);
            primes.check("keel run of the example", whole.stdout(), whole);
            keelRunWall.add(whole.wallMillis());

            VerboseRun verbose = verboseRun(primesImage, primes, "example");
            accelerators.add(String.join(",", verbose.accelerators()));
            primesQemu.add(verbose.qemuMillis());
            primesCycles.add(verbose.entryToMainCycles());

            VerboseRun boot = verboseRun(emptyImage, empty, "EmptyMain");
            emptyQemu.add(boot.qemuMillis());
            emptyCycles.add(boot.entryToMainCycles());

            hotspotEmptyWall.add(checked(hotspotEmpty, empty, "HotSpot run of EmptyMain").wallMillis());

            if (kvmSkipped == null) {
                VerboseRun kvmBoot = verboseRun(emptyImage, empty, "EmptyMain", "--kvm");
                kvmQemu.add(kvmBoot.qemuMillis());
                kvmCycles.add(kvmBoot.entryToMainCycles());
            }
        }
        return new Measurements(keelRunWall, primesQemu, primesCycles, hotspotPrimesWall, emptyQemu, emptyCycles,
                kvmQemu, kvmCycles, hotspotEmptyWall, List.copyOf(accelerators), kvmSkipped, keel.repeatedRuns(),
                ImageLayout.read(primesImage), ImageLayout.read(emptyImage));
    }

    /** Runs a HotSpot command and checks its output and status. */
    private ProcessResult checked(List<String> command, Expectation expected, String what) {
        ProcessResult run = processes.run(command);
        expected.check(what, run.stdout(), run);
        return run;
    }

    /** Runs {@code keel run --verbose}, checks the program's output and status, and reads the figures. */
    private VerboseRun verboseRun(Path image, Expectation expected, String program, String... accelerator) {
        List<String> flags = new ArrayList<>(List.of("--verbose"));
        flags.addAll(List.of(accelerator));
        ProcessResult run = keel.run(image, flags.toArray(String[]::new));
        expected.check("keel run " + String.join(" ", flags) + " of " + program,
                VerboseRun.withoutKeelLines(run.stdout()), run);
        VerboseRun verbose = VerboseRun.parse(run);
        if (accelerator.length > 0 && !verbose.accelerators().equals(List.of("kvm"))) {
            throw new BenchmarkException("keel run --kvm did not ask QEMU for kvm alone\n" + run.transcript());
        }
        return verbose;
    }

    /**
     * Boots the boot-only program once under {@code --kvm}, unmeasured, to find out whether measuring it fits.
     *
     * @return why KVM is not measured, or {@code null} if it is
     */
    private String kvmWarmUp(Path emptyImage, Expectation empty) {
        String problem = kvmProblem();
        if (problem != null) {
            return problem;
        }
        long start = System.nanoTime();
        try {
            verboseRun(emptyImage, empty, "EmptyMain", "--kvm");
        } catch (BenchmarkException e) {
            return "the warm-up boot failed: " + e.getMessage().lines().findFirst().orElse("");
        }
        double millis = (System.nanoTime() - start) / 1e6;
        if (millis > KVM_WARM_UP_LIMIT_MILLIS) {
            return String.format(Locale.ROOT, "the warm-up boot took %.1f s, too slow for the time budget",
                    millis / 1e3);
        }
        return null;
    }

    /** Why {@code /dev/kvm} cannot be used, or {@code null} if it opens for reading and writing as QEMU needs. */
    private static String kvmProblem() {
        try {
            FileChannel.open(KVM_DEVICE, StandardOpenOption.READ, StandardOpenOption.WRITE).close();
            return null;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return "cannot open " + KVM_DEVICE + " for reading and writing (" + e.getMessage() + ")";
        }
    }

    private void say(String message) {
        progress.println("boot-benchmark: " + message);
        progress.flush();
    }
}
