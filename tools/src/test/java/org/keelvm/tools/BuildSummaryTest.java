package org.keelvm.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.keelvm.boot.BuildReport;

class BuildSummaryTest {
    @Test
    void sizesUseBinaryUnits() {
        assertEquals("0 B", BuildSummary.size(0));
        assertEquals("1023 B", BuildSummary.size(1023));
        assertEquals("1.0 KiB", BuildSummary.size(1024));
        assertEquals("43.4 KiB", BuildSummary.size(44408));
        assertEquals("1.5 MiB", BuildSummary.size(3 * 512 * 1024));
    }

    @Test
    void oneLineSummary() {
        BuildReport report = new BuildReport(Path.of("app.img"), 9, 36, 4179, 29048, 44408, 820);
        assertEquals("keel: built app.img: 43.4 KiB (4.1 KiB code, 28.4 KiB data), 9 classes, 36 methods, in 0.82 s",
                BuildSummary.line(report));
    }
}
