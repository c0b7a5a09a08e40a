package org.keelvm.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code keel run --verbose} reports about one boot, read from its output.
 *
 * <p>The guest prints {@code keel: boot: ... entry-to-main=N cycles} on its console (so on standard output): the
 * TSC cycles from the PVH entry point to the first instruction of the program's main. The launcher prints on
 * standard error the QEMU command it runs, which names the accelerators, and {@code keel: qemu ran for X s}, which
 * it measures from just before starting QEMU to just after QEMU exits, with millisecond resolution.
 *
 * @param entryToMainCycles the guest's TSC cycles from PVH entry to main
 * @param qemuMillis        the launcher's figure for QEMU start to exit, in milliseconds
 * @param accelerators      the {@code -accel} values of the QEMU command, in QEMU's order of preference
 */
record VerboseRun(long entryToMainCycles, double qemuMillis, List<String> accelerators) {
    /** Every line Keel itself prints, on the guest's console or the launcher's standard error, starts with this. */
    static final String KEEL_PREFIX = "keel: ";

    private static final Pattern ENTRY_TO_MAIN = Pattern.compile("\\bentry-to-main=(\\d+) cycles\\b");
    private static final Pattern QEMU_RAN_FOR = Pattern.compile("^keel: qemu ran for (\\d+(?:\\.\\d+)?) s\\b",
            Pattern.MULTILINE);
    private static final Pattern ACCELERATOR = Pattern.compile("(?:^|\\s)-accel\\s+(\\S+)");

    /**
     * Reads the report out of a finished {@code keel run --verbose}.
     *
     * @throws BenchmarkException if a figure is missing, which means the guest or the launcher no longer reports it
     *                            the way this harness expects
     */
    static VerboseRun parse(ProcessResult run) {
        Matcher cycles = ENTRY_TO_MAIN.matcher(run.stdout());
        if (!cycles.find()) {
            throw new BenchmarkException("the guest did not report 'entry-to-main=N cycles' on its console\n"
                    + run.transcript());
        }
        Matcher qemu = QEMU_RAN_FOR.matcher(run.stderr());
        if (!qemu.find()) {
            throw new BenchmarkException("the launcher did not report 'keel: qemu ran for X s'\n" + run.transcript());
        }
        return new VerboseRun(Long.parseLong(cycles.group(1)), Double.parseDouble(qemu.group(1)) * 1000,
                accelerators(run.stderr()));
    }

    /** The {@code -accel} values of the QEMU command line that the launcher echoes (the line with {@code -kernel}). */
    private static List<String> accelerators(String stderr) {
        List<String> found = new ArrayList<>();
        for (String line : stderr.split("\n", -1)) {
            if (line.startsWith(KEEL_PREFIX) && line.contains(" -kernel ")) {
                Matcher accel = ACCELERATOR.matcher(line);
                while (accel.find()) {
                    found.add(accel.group(1));
                }
            }
        }
        return List.copyOf(found);
    }

    /** The console output with Keel's own verbose lines removed, which leaves what the program printed. */
    static String withoutKeelLines(String console) {
        StringBuilder program = new StringBuilder();
        for (String line : console.split("(?<=\n)")) {
            if (!line.startsWith(KEEL_PREFIX)) {
                program.append(line);
            }
        }
        return program.toString();
    }
}
