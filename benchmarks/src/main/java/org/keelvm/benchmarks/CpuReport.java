package org.keelvm.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The CPU benchmark's table: per program, the median wall time of the whole process on HotSpot (default flags), on
 * HotSpot {@code -Xint} and on Keel under QEMU, the ratios of Keel's time to each, and the same ratios after
 * subtracting each virtual machine's boot-only time (the {@link CpuRunner#EMPTY} row). Failures and checksum
 * mismatches follow in full, then one {@code RESULT} line per figure. {@code README.md} explains the columns.
 */
final class CpuReport {
    private static final String[] HEADINGS = {"benchmark", "HotSpot", "-Xint", "Keel", "Keel/HS", "Keel/Xint",
        "Keel/HS", "Keel/Xint", "checksum"};
    private static final int NAME_WIDTH = 15;
    private static final int COLUMN_WIDTH = 10;

    private CpuReport() {
    }

    /**
     * Renders the results; the last result must be the boot-only program's.
     *
     * @param header the lines about the machine and the conditions, ending with a line break
     */
    static String render(String header, List<CpuResult> results) {
        CpuResult empty = results.get(results.size() - 1);
        List<Figure> figures = new ArrayList<>();
        StringBuilder out = new StringBuilder(header.stripTrailing()).append("\n\n");
        out.append((pad("", NAME_WIDTH) + column("ms, median") + column("") + column("") + column("raw ratio")
                + column("") + column("boot-corr.")).stripTrailing()).append('\n');
        out.append(pad(HEADINGS[0], NAME_WIDTH));
        for (int i = 1; i < HEADINGS.length - 1; i++) {
            out.append(column(HEADINGS[i]));
        }
        out.append("  ").append(HEADINGS[HEADINGS.length - 1]).append('\n');
        boolean failed = false;
        for (CpuResult result : results) {
            String key = "cpu." + result.name;
            out.append(pad(result.name, NAME_WIDTH));
            out.append(column(millis(result.hotspot))).append(column(millis(result.interpreter)))
                    .append(column(millis(result.keel)));
            addMeasured(figures, key + ".hotspot.wall", result.hotspot);
            addMeasured(figures, key + ".xint.wall", result.interpreter);
            addMeasured(figures, key + ".keel.wall", result.keel);
            boolean timed = result.keel.count() > 0 && result.hotspot.count() > 0;
            if (timed) {
                double keel = result.keel.median();
                double hotspot = result.hotspot.median();
                double interpreter = result.interpreter.median();
                out.append(ratio(figures, key + ".ratio.keel_over_hotspot", keel, hotspot));
                out.append(ratio(figures, key + ".ratio.keel_over_xint", keel, interpreter));
                if (result != empty && empty.keel.count() > 0) {
                    out.append(ratio(figures, key + ".boot_corrected.keel_over_hotspot", keel - empty.keel.median(),
                            hotspot - empty.hotspot.median()));
                    out.append(ratio(figures, key + ".boot_corrected.keel_over_xint", keel - empty.keel.median(),
                            interpreter - empty.interpreter.median()));
                } else {
                    out.append(column("")).append(column(""));
                }
            } else {
                out.append(column("-")).append(column("-")).append(column("-")).append(column("-"));
            }
            out.append("  ");
            if (result.mismatch != null) {
                out.append("MISMATCH");
                failed = true;
            } else if (result.keelFailure != null) {
                out.append("Keel FAILED");
                failed = true;
            } else {
                out.append("same on all");
            }
            out.append('\n');
        }
        out.append('\n');
        out.append("    Wall time of the whole process, timed by the harness: java -cp ... Name, java -Xint -cp ...\n");
        out.append("    Name, and java -jar keel.jar run -m M Name.img (launcher JVM + QEMU + guest). Ratios divide\n");
        out.append("    medians; boot-corrected ratios first subtract each column's EmptyMain median (start-up and\n");
        out.append("    shutdown), leaving the programs' own work. Below 1 means Keel is faster.\n");
        for (CpuResult result : results) {
            if (result.mismatch != null) {
                out.append("\n*** CHECKSUM MISMATCH: ").append(result.name).append(" ***\n").append(result.mismatch)
                        .append('\n');
            } else if (result.keelFailure != null) {
                out.append("\n*** KEEL FAILED: ").append(result.name).append(" ***\n").append(result.keelFailure)
                        .append('\n');
            }
        }
        if (failed) {
            out.append("\n*** Some programs failed or printed something else on Keel or -Xint than on HotSpot;"
                    + " see above. ***\n");
        }
        out.append('\n');
        figures.forEach(figure -> out.append(figure.resultLine()).append('\n'));
        return out.toString();
    }

    /** Whether any program failed on Keel or printed something else than on HotSpot. */
    static boolean anyFailed(List<CpuResult> results) {
        return results.stream().anyMatch(result -> !result.keelRuns());
    }

    private static void addMeasured(List<Figure> figures, String key, Samples samples) {
        if (samples.count() > 0) {
            figures.add(Figure.measured(key, key, "ms", 1, samples));
        }
    }

    /** A ratio column, or a dash when the divisor is not positive (a boot correction larger than the time). */
    private static String ratio(List<Figure> figures, String key, double numerator, double denominator) {
        if (denominator <= 0 || numerator < 0) {
            return column("-");
        }
        Figure figure = Figure.single(key, key, "x", 2, numerator / denominator);
        figures.add(figure);
        return column(figure.format(numerator / denominator));
    }

    private static String millis(Samples samples) {
        return samples.count() == 0 ? "-" : String.format(Locale.ROOT, "%.0f", samples.median());
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text + " " : text + " ".repeat(width - text.length());
    }

    private static String column(String text) {
        return text.length() >= COLUMN_WIDTH ? " " + text : " ".repeat(COLUMN_WIDTH - text.length()) + text;
    }
}
