package org.keelvm.benchmarks;

import java.nio.file.Path;

/**
 * The harness's command-line options.
 *
 * @param runs      how many measured runs of each command
 * @param kvm       whether to also measure the boot-only program under {@code --kvm}
 * @param keelHome  the repository (where the {@code keel} script is)
 * @param output    where to write the report besides standard output
 */
record BenchmarkOptions(int runs, boolean kvm, Path keelHome, Path output) {
    /** The number of runs when {@code --runs} is not given: enough for a stable median within about a minute. */
    static final int DEFAULT_RUNS = 10;

    /** The system property that names the repository when {@code --keel-home} is not given. */
    static final String HOME_PROPERTY = "keel.home";

    static final String USAGE = String.join("\n",
            "Usage: benchmarks/run [--runs N] [--no-kvm] [--keel-home DIR] [--output FILE]",
            "Measures how long the bundled example (org.keelvm.examples.Primes) takes as a Keel image under QEMU and",
            "on HotSpot, the guest's own PVH-entry-to-main time, and the image's size.",
            "  --runs N         measured runs of each command (default: " + DEFAULT_RUNS + ")",
            "  --no-kvm         skip the boot-only measurement under --kvm",
            "  --keel-home DIR  the Keel repository (default: the keel.home property, else the current directory)",
            "  --output FILE    where to write the report too (default: <keel-home>/benchmarks/target/"
                    + "boot-benchmark.txt)",
            "  -h, --help       show this help");

    /**
     * Parses the arguments.
     *
     * @return the options, or {@code null} when help was asked for
     * @throws IllegalArgumentException on an unknown option or a bad value
     */
    static BenchmarkOptions parse(String... args) {
        int runs = DEFAULT_RUNS;
        boolean kvm = true;
        Path home = Path.of(System.getProperty(HOME_PROPERTY, "."));
        Path output = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "-h", "--help" -> {
                    return null;
                }
                case "--no-kvm" -> kvm = false;
                case "--runs" -> runs = parseRuns(value(args, ++i, arg));
                case "--keel-home" -> home = Path.of(value(args, ++i, arg));
                case "--output" -> output = Path.of(value(args, ++i, arg));
                default -> {
                    if (arg.startsWith("--runs=")) {
                        runs = parseRuns(arg.substring("--runs=".length()));
                    } else {
                        throw new IllegalArgumentException("unknown option: " + arg);
                    }
                }
            }
        }
        home = home.toAbsolutePath().normalize();
        if (output == null) {
            output = home.resolve("benchmarks/target/boot-benchmark.txt");
        }
        return new BenchmarkOptions(runs, kvm, home, output);
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    private static int parseRuns(String text) {
        int runs;
        try {
            runs = Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--runs needs a whole number, not '" + text + "'");
        }
        if (runs < 1 || runs > 1000) {
            throw new IllegalArgumentException("--runs must be between 1 and 1000, not " + runs);
        }
        return runs;
    }
}
