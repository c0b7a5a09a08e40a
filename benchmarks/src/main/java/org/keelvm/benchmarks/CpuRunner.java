package org.keelvm.benchmarks;

import java.io.File;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the CPU benchmark's processes: compiles each program, builds its Keel image, runs every command once
 * unmeasured (HotSpot's run gives the reference output), then the measured rounds, the commands taking turns as in
 * {@link BootRunner}.
 *
 * <p>A program that fails on Keel, or prints something else there or on {@code -Xint} than on HotSpot, is recorded
 * in its {@link CpuResult} and not run on Keel again, so that one compiler gap does not hide the other programs'
 * figures. A failure on HotSpot is the harness's or the program's fault, and stops the benchmark.
 *
 * <p>The Keel tool is run as {@code java -jar tools/target/keel.jar}, not through the {@code keel} script: the
 * script would rebuild the whole repository in the middle of a measurement whenever a source changed.
 */
final class CpuRunner {
    /** The name of the boot-only row: the program whose {@code main} returns at once. */
    static final String EMPTY = "EmptyMain";

    private final Workspace workspace;
    private final TimedProcess processes;
    private final KeelLauncher keel;
    private final Path scratch;
    private final PrintStream progress;
    private final String memory;

    /**
     * @param workspace where everything is
     * @param processes how to run and time processes
     * @param scratch   where to put classes and images
     * @param progress  where to say what is going on
     * @param memory    the guest memory for {@code keel run -m}
     */
    CpuRunner(Workspace workspace, TimedProcess processes, Path scratch, PrintStream progress, String memory) {
        this.workspace = workspace;
        this.processes = processes;
        this.keel = new KeelLauncher(List.of(workspace.java().toString(), "-D" + BenchmarkOptions.HOME_PROPERTY + "="
                + workspace.home(), "-jar", toolJar(workspace).toString()), processes);
        this.scratch = scratch;
        this.progress = progress;
        this.memory = memory;
    }

    /** The tool's jar, which {@code mvn package} makes. */
    static Path toolJar(Workspace workspace) {
        return workspace.home().resolve("tools/target/keel.jar");
    }

    /**
     * Compiles, builds, warms up and measures; the last result is the boot-only program's.
     *
     * @throws BenchmarkException if a program does not compile or fails on HotSpot
     */
    List<CpuResult> run(List<CpuProgram> programs, int runs) {
        List<Entry> entries = new ArrayList<>();
        for (CpuProgram program : programs) {
            say("compiling and building " + program.name());
            Path classes = scratch.resolve("classes").resolve(program.name());
            program.compile(workspace.halJar().toString(), classes);
            Entry entry = new Entry(new CpuResult(program.name()), program.name(),
                    workspace.halJar() + File.pathSeparator + classes, scratch.resolve(program.name() + ".img"));
            try {
                keel.build(classes, program.name(), entry.image);
            } catch (BenchmarkException e) {
                entry.result.keelFailure = e.getMessage();
            }
            entries.add(entry);
        }
        say("building the boot-only image");
        Entry empty = new Entry(new CpuResult(EMPTY), Workspace.EMPTY_MAIN, workspace.guestClasses().toString(),
                scratch.resolve("empty.img"));
        keel.build(workspace.guestClasses(), Workspace.EMPTY_MAIN, empty.image);
        entries.add(empty);

        for (Entry entry : entries) {
            say("warm-up: " + entry.result.name);
            ProcessResult reference = processes.run(hotspot(entry, false));
            if (reference.exitCode() != 0) {
                throw new BenchmarkException(entry.result.name + " failed on HotSpot\n" + reference.transcript());
            }
            entry.result.checksum = reference.stdout();
            measure(entry, false);
        }
        for (int round = 1; round <= runs; round++) {
            say("measured run " + round + " of " + runs);
            for (Entry entry : entries) {
                measure(entry, true);
            }
        }
        return entries.stream().map(entry -> entry.result).toList();
    }

    /** Runs one entry on HotSpot, on {@code -Xint} and on Keel, checks the outputs, and records the times. */
    private void measure(Entry entry, boolean record) {
        CpuResult result = entry.result;
        ProcessResult jit = processes.run(hotspot(entry, false));
        check(result, "HotSpot", jit);
        ProcessResult interpreted = processes.run(hotspot(entry, true));
        check(result, "HotSpot -Xint", interpreted);
        if (record) {
            result.hotspot.add(jit.wallMillis());
            result.interpreter.add(interpreted.wallMillis());
        }
        if (!result.keelRuns()) {
            return;
        }
        ProcessResult guest;
        try {
            guest = keel.run(entry.image, "-m", memory);
        } catch (BenchmarkException e) {
            result.keelFailure = e.getMessage();
            return;
        }
        if (guest.exitCode() != 0) {
            result.keelFailure = "keel run exited with status " + guest.exitCode() + "\n" + guest.transcript();
        } else if (check(result, "Keel", guest) && record) {
            result.keel.add(guest.wallMillis());
        }
    }

    /**
     * Compares a run's output and status with HotSpot's, and records a mismatch; returns whether they agree. A
     * HotSpot run that fails stops the benchmark.
     */
    private boolean check(CpuResult result, String vm, ProcessResult run) {
        if (!vm.equals("Keel") && run.exitCode() != 0) {
            throw new BenchmarkException(result.name + " failed on " + vm + "\n" + run.transcript());
        }
        if (run.stdout().equals(result.checksum)) {
            return true;
        }
        String what = vm + " printed something else than HotSpot; expected:\n" + result.checksum + "got:\n"
                + run.transcript();
        result.mismatch = result.mismatch == null ? what : result.mismatch + "\n" + what;
        say("CHECKSUM MISMATCH in " + result.name + ": " + what);
        return false;
    }

    private List<String> hotspot(Entry entry, boolean interpreted) {
        List<String> command = new ArrayList<>(List.of(workspace.java().toString()));
        if (interpreted) {
            command.add("-Xint");
        }
        command.addAll(List.of("-cp", entry.classPath, entry.mainClass));
        return command;
    }

    private void say(String message) {
        progress.println("cpu-benchmark: " + message);
        progress.flush();
    }

    /** A program with what runs it: its result so far, entry class, HotSpot class path and Keel image. */
    private record Entry(CpuResult result, String mainClass, String classPath, Path image) {
    }
}
