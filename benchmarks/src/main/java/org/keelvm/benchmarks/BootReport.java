package org.keelvm.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns {@link Measurements} into the boot benchmark's report: the conditions of the measurement first, then the
 * example's process times and their ratio to HotSpot, the guest's entry-to-main time, the boot-only figures and the
 * image sizes. {@code README.md} explains each figure.
 */
final class BootReport {
    /** Present when KVM is kvm_pvm, which emulates guests instead of running them on hardware virtualization. */
    private static final Path EMULATING_KVM_MODULE = Path.of("/sys/module/kvm_pvm");

    private static final Pattern MODEL_NAME = Pattern.compile("(?m)^model name\\s*:\\s*(.+)$");

    private BootReport() {
    }

    /**
     * The lines about the machine and the versions of what is measured; taken before measuring, so that the load
     * average is the one the measurement started with.
     */
    static Report describeMachine(Workspace workspace, TimedProcess processes) {
        return describeMachine("Keel boot benchmark", workspace, processes);
    }

    /** The same lines under another title, for the other benchmarks. */
    static Report describeMachine(String title, Workspace workspace, TimedProcess processes) {
        Report report = new Report();
        report.context(title + ", " + Instant.now().truncatedTo(ChronoUnit.SECONDS));
        Matcher model = MODEL_NAME.matcher(readQuietly(Path.of("/proc/cpuinfo")));
        report.context("host: " + (model.find() ? model.group(1).trim() : "unknown CPU") + ", "
                + Runtime.getRuntime().availableProcessors() + " CPUs, " + System.getProperty("os.name") + " "
                + System.getProperty("os.version") + "; load average at start (1, 5, 15 min): " + loadAverage());
        ProcessResult qemuVersion = processes.run(List.of(workspace.qemu().toString(), "--version"));
        report.context("QEMU: " + qemuVersion.stdout().lines().findFirst().orElse("unknown version") + " ("
                + workspace.qemu() + ")");
        report.context("HotSpot: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version")
                + " (" + workspace.java() + "), default flags");
        report.context("KVM: " + (Files.exists(BootRunner.KVM_DEVICE) ? BootRunner.KVM_DEVICE + " present"
                : "no " + BootRunner.KVM_DEVICE) + (Files.exists(EMULATING_KVM_MODULE) ? ", provided by kvm_pvm"
                + " (instruction emulation, no hardware virtualization)" : ""));
        return report;
    }

    /**
     * Adds the measured figures to {@code report}.
     *
     * @param tsc the host's TSC frequency, or {@code null} to report cycles only
     */
    static void addFigures(Report report, Measurements m, TscFrequency tsc, int runs) {
        String accelerator = m.defaultAccelerator();
        report.context("default accelerator chosen by keel run: " + accelerator
                + (m.defaultAccelerators().size() > 1 ? " (it changed during the benchmark)" : ""));
        report.context(tsc == null ? "TSC frequency: unknown (no kernel log access, no constant_tsc); cycles only"
                : String.format(Locale.ROOT, "TSC frequency: %.3f MHz, from %s", tsc.megahertz(), tsc.source()));
        report.context("runs: " + runs + " measured per command, after one unmeasured warm-up run each"
                + (m.repeatedRuns() > 0 ? "; " + m.repeatedRuns() + " keel run(s) repeated because the launcher"
                + " rebuilt the tool during them" : ""));

        report.section("Example (" + Workspace.PRIMES_MAIN + "), process start to exit");
        report.figure(Figure.measured("primes.keel_run.wall", "keel run primes.img: whole command (harness)", "ms", 1,
                m.keelRunWall()));
        report.figure(Figure.measured("primes.qemu.wall", "QEMU start to exit (launcher's 'qemu ran for')", "ms", 1,
                m.primesQemu()));
        report.figure(Figure.measured("primes.hotspot.wall", "HotSpot: java -cp hal:examples Primes (harness)", "ms",
                1, m.hotspotPrimesWall()));
        report.figure(Figure.single("primes.ratio.qemu_over_hotspot", "ratio QEMU start-to-exit / HotSpot (medians)",
                "x", 2, m.primesQemu().median() / m.hotspotPrimesWall().median()));
        report.figure(Figure.single("primes.ratio.keel_run_over_hotspot", "ratio whole keel run / HotSpot (medians)",
                "x", 2, m.keelRunWall().median() / m.hotspotPrimesWall().median()));
        report.figure(Figure.single("primes.launcher_overhead", "launcher overhead: whole keel run - QEMU (medians)",
                "ms", 1, m.keelRunWall().median() - m.primesQemu().median()));
        report.note("Accelerator " + accelerator + ". QEMU start to exit: from the --verbose runs, timed by the"
                + " launcher around QEMU (1 ms resolution).");
        report.note("Whole command: ./keel script, launcher JVM, image check and QEMU, timed by this harness like"
                + " HotSpot.");

        report.section("Guest: PVH entry to main (example image)");
        addEntryToMain(report, "primes.entry_to_main", "PVH entry to main, " + accelerator, m.primesCycles(), tsc);
        report.note("TSC cycles as the guest reports them; the guest's TSC ticks at the host's TSC rate.");

        report.section("Boot only: EmptyMain (main returns at once)");
        report.figure(Figure.measured("empty.default.qemu.wall", "QEMU start to exit, " + accelerator + " (launcher)",
                "ms", 1, m.emptyQemu()));
        addEntryToMain(report, "empty.default.entry_to_main", "PVH entry to main, " + accelerator, m.emptyCycles(),
                tsc);
        if (m.kvmSkipped() == null) {
            report.figure(Figure.measured("empty.kvm.qemu.wall", "QEMU start to exit, --kvm (launcher)", "ms", 1,
                    m.kvmQemu()));
            addEntryToMain(report, "empty.kvm.entry_to_main", "PVH entry to main, --kvm", m.kvmCycles(), tsc);
        }
        report.figure(Figure.measured("empty.hotspot.wall", "HotSpot: java EmptyMain (harness)", "ms", 1,
                m.hotspotEmptyWall()));
        if (m.kvmSkipped() != null) {
            report.note("--kvm not measured: " + m.kvmSkipped());
        }

        report.section("Image sizes (ELF program headers, as readelf -lW)");
        addLayout(report, "image.primes", "primes.img", m.primesLayout());
        report.figure(Figure.single("image.empty.file", "empty.img (EmptyMain): file", "bytes", 0,
                m.emptyLayout().fileBytes()));
    }

    /** The entry-to-main figures in cycles, and in microseconds when the TSC frequency is known. */
    private static void addEntryToMain(Report report, String key, String label, Samples cycles, TscFrequency tsc) {
        report.figure(Figure.measured(key + ".cycles", label, "cycles", 0, cycles));
        if (tsc != null) {
            report.figure(Figure.measured(key + ".us", label, "us", 1, cycles.scaled(1 / tsc.megahertz())));
        }
    }

    private static void addLayout(Report report, String key, String name, ImageLayout layout) {
        report.figure(Figure.single(key + ".file", name + ": file", "bytes", 0, layout.fileBytes()));
        report.figure(Figure.single(key + ".text", name + ": text segment (R E), file bytes", "bytes", 0,
                layout.textFileBytes()));
        report.figure(Figure.single(key + ".data", name + ": data segments, file bytes", "bytes", 0,
                layout.dataFileBytes()));
        report.figure(Figure.single(key + ".data_memory", name + ": data segments in memory (with bss)", "bytes", 0,
                layout.dataMemoryBytes()));
        report.figure(Figure.single(key + ".other", name + ": other (ELF headers, notes, padding)", "bytes", 0,
                layout.otherBytes()));
    }

    /** The first three fields of {@code /proc/loadavg}: how busy the shared machine was. */
    private static String loadAverage() {
        String[] fields = readQuietly(Path.of("/proc/loadavg")).trim().split("\\s+");
        return fields.length >= 3 ? String.join(" ", fields[0], fields[1], fields[2]) : "unknown";
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
    }
}
