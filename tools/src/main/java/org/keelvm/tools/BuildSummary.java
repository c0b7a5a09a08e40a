package org.keelvm.tools;

import java.util.Locale;

import org.keelvm.boot.BuildReport;

/**
 * The one line {@code keel build --verbose} prints about a finished build.
 */
final class BuildSummary {
    private static final long KIB = 1024;
    private static final long MIB = KIB * KIB;

    private BuildSummary() {
    }

    /** Summarizes {@code report}, for example {@code keel: built app.img: 1.4 MiB (...), 412 classes, ...}. */
    static String line(BuildReport report) {
        return String.format(Locale.ROOT, "keel: built %s: %s (%s code, %s data), %d classes, %d methods, in %.2f s",
                report.image(), size(report.imageBytes()), size(report.codeBytes()), size(report.dataBytes()),
                report.classes(), report.methods(), report.millis() / 1000.0);
    }

    /** A byte count in the largest binary unit that keeps it at or above 1. */
    static String size(long bytes) {
        if (bytes < KIB) {
            return bytes + " B";
        }
        if (bytes < MIB) {
            return String.format(Locale.ROOT, "%.1f KiB", bytes / (double) KIB);
        }
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (double) MIB);
    }
}
