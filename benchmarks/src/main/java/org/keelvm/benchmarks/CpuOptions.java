package org.keelvm.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The CPU benchmark's command-line options.
 *
 * @param runs     how many measured runs of each command
 * @param only     the programs to run, by class name; empty for all
 * @param memory   the guest memory given to {@code keel run -m}
 * @param timeout  how long any one process may run
 * @param keelHome the repository
 * @param output   where to write the report besides standard output
 */
record CpuOptions(int runs, List<String> only, String memory, Duration timeout, Path keelHome, Path output) {
    /** Runs when {@code --runs} is not given: a median of three, since one round of Keel runs takes tens of seconds. */
    static final int DEFAULT_RUNS = 3;

    /**
     * Guest memory when {@code --memory} is not given. Keel has no collector yet, so the allocating programs keep all
     * they allocate; BinaryTrees needs about 50 MB beyond what the image itself takes.
     */
    static final String DEFAULT_MEMORY = "512M";

    /** Per-process limit when {@code --timeout} is not given: generous, because -Xint and TCG are slow. */
    static final int DEFAULT_TIMEOUT_SECONDS = 600;

    static final String USAGE = String.join("\n",
            "Usage: benchmarks/run cpu [--runs N] [--only A,B] [--memory SIZE] [--timeout S] [--keel-home DIR]"
                    + " [--output FILE]",
            "Runs the CPU-bound programs of benchmarks/src/programs/java on HotSpot (default flags and -Xint) and as",
            "Keel images under QEMU, checks that they print the same, and compares their times.",
            "  --runs N         measured runs of each command (default: " + DEFAULT_RUNS + ")",
            "  --only A,B       only these programs (class names, comma-separated)",
            "  --memory SIZE    guest memory for keel run -m (default: " + DEFAULT_MEMORY + ")",
            "  --timeout S      seconds any one process may run (default: " + DEFAULT_TIMEOUT_SECONDS + ")",
            "  --keel-home DIR  the Keel repository (default: the keel.home property, else the current directory)",
            "  --output FILE    where to write the report too (default: <keel-home>/benchmarks/target/"
                    + "cpu-benchmark.txt)",
            "  -h, --help       show this help");

    /**
     * Parses the arguments.
     *
     * @return the options, or {@code null} when help was asked for
     * @throws IllegalArgumentException on an unknown option or a bad value
     */
    static CpuOptions parse(String... args) {
        int runs = DEFAULT_RUNS;
        List<String> only = new ArrayList<>();
        String memory = DEFAULT_MEMORY;
        int timeout = DEFAULT_TIMEOUT_SECONDS;
        Path home = Path.of(System.getProperty(BenchmarkOptions.HOME_PROPERTY, "."));
        Path output = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String inline = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1) : null;
            switch (name) {
                case "-h", "--help" -> {
                    return null;
                }
                case "--runs" -> runs = wholeNumber(name, inline != null ? inline : value(args, ++i, name), 1, 1000);
                case "--only" -> {
                    for (String program : (inline != null ? inline : value(args, ++i, name)).split(",")) {
                        if (!program.isBlank()) {
                            only.add(program.trim());
                        }
                    }
                }
                case "--memory" -> memory = inline != null ? inline : value(args, ++i, name);
                case "--timeout" -> timeout = wholeNumber(name, inline != null ? inline : value(args, ++i, name), 1,
                        86_400);
                case "--keel-home" -> home = Path.of(inline != null ? inline : value(args, ++i, name));
                case "--output" -> output = Path.of(inline != null ? inline : value(args, ++i, name));
                default -> throw new IllegalArgumentException("unknown option: " + arg);
            }
        }
        if (!memory.toUpperCase(Locale.ROOT).matches("[0-9]+[MG]?")) {
            throw new IllegalArgumentException("--memory takes MiB or a size such as 512M or 1G, not '" + memory + "'");
        }
        home = home.toAbsolutePath().normalize();
        if (output == null) {
            output = home.resolve("benchmarks/target/cpu-benchmark.txt");
        }
        return new CpuOptions(runs, List.copyOf(only), memory, Duration.ofSeconds(timeout), home, output);
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    private static int wholeNumber(String option, String text, int min, int max) {
        int value;
        try {
            value = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, not '" + text + "'");
        }
        if (value < min || value > max) {
            throw new IllegalArgumentException(option + " must be between " + min + " and " + max + ", not " + value);
        }
        return value;
    }
}
