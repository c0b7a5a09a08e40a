package org.keelvm.benchmarks;

import java.util.Locale;

/**
 * One reported figure: a measurement repeated over the runs (median, min, max), or a single value such as a size or
 * a ratio.
 *
 * @param key      the machine-readable name, dotted, such as {@code primes.qemu.wall}
 * @param label    what it is, for the table
 * @param unit     its unit, such as {@code ms}
 * @param decimals how many decimals to print
 * @param samples  its values; one value for a single figure
 * @param repeated whether it is a measurement over the runs (shown as median, min and max, even for one run, so
 *                 that the {@code RESULT} names do not depend on {@code --runs}) or a single value
 */
record Figure(String key, String label, String unit, int decimals, Samples samples, boolean repeated) {
    /** A figure measured once per run. */
    static Figure measured(String key, String label, String unit, int decimals, Samples samples) {
        return new Figure(key, label, unit, decimals, samples, true);
    }

    /** A figure with one value, such as a size or a ratio. */
    static Figure single(String key, String label, String unit, int decimals, double value) {
        return new Figure(key, label, unit, decimals, Samples.of(value), false);
    }

    /** {@code value} with this figure's number of decimals. */
    String format(double value) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /**
     * The machine-readable line: {@code RESULT key=V unit=U}, where V is the median for a repeated figure, which
     * then also gets {@code min=}, {@code max=} and {@code runs=}.
     */
    String resultLine() {
        String line = "RESULT " + key + "=" + format(samples.median()) + " unit=" + unit;
        if (repeated) {
            line += " min=" + format(samples.min()) + " max=" + format(samples.max()) + " runs=" + samples.count();
        }
        return line;
    }
}
