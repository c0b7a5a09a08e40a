package org.keelvm.benchmarks;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class CpuReportTest {
    private static CpuResult result(String name, double hotspot, double interpreter, double keel) {
        CpuResult result = new CpuResult(name);
        result.hotspot.add(hotspot);
        result.interpreter.add(interpreter);
        if (keel > 0) {
            result.keel.add(keel);
        }
        return result;
    }

    @Test
    void ratiosAreOfMediansAndBootCorrectedOnesSubtractEmptyMain() {
        CpuResult program = result("Work", 300, 1100, 2100);
        CpuResult empty = result(CpuRunner.EMPTY, 100, 100, 1100);
        String report = CpuReport.render("header\n", List.of(program, empty));
        assertTrue(report.contains("RESULT cpu.Work.ratio.keel_over_hotspot=7.00 unit=x"), report);
        assertTrue(report.contains("RESULT cpu.Work.ratio.keel_over_xint=1.91 unit=x"), report);
        assertTrue(report.contains("RESULT cpu.Work.boot_corrected.keel_over_hotspot=5.00 unit=x"), report);
        assertTrue(report.contains("RESULT cpu.Work.boot_corrected.keel_over_xint=1.00 unit=x"), report);
        assertTrue(report.contains("RESULT cpu.Work.keel.wall=2100.0 unit=ms min=2100.0 max=2100.0 runs=1"), report);
        assertFalse(report.contains("MISMATCH"), report);
        assertFalse(CpuReport.anyFailed(List.of(program, empty)));
    }

    @Test
    void aMismatchIsShownLoudlyWithWhatDiffered() {
        CpuResult program = result("Work", 300, 1100, 0);
        program.mismatch = "Keel printed something else than HotSpot; expected:\n42\ngot:\n43";
        CpuResult empty = result(CpuRunner.EMPTY, 100, 100, 1100);
        String report = CpuReport.render("header\n", List.of(program, empty));
        assertTrue(report.contains("*** CHECKSUM MISMATCH: Work ***"), report);
        assertTrue(report.contains("got:\n43"), report);
        assertFalse(report.contains("cpu.Work.ratio"), report);
        assertTrue(CpuReport.anyFailed(List.of(program, empty)));
    }

    @Test
    void aKeelFailureIsReportedWithItsError() {
        CpuResult program = result("Work", 300, 1100, 0);
        program.keelFailure = "keel build failed\nno template for bytecode 0xba";
        String report = CpuReport.render("header\n", List.of(program, result(CpuRunner.EMPTY, 100, 100, 1100)));
        assertTrue(report.contains("*** KEEL FAILED: Work ***\nkeel build failed\nno template"), report);
    }

    @Test
    void aBootCorrectionLargerThanTheTimeGivesNoRatio() {
        CpuResult program = result("Tiny", 90, 95, 2000);
        String report = CpuReport.render("", List.of(program, result(CpuRunner.EMPTY, 100, 100, 1100)));
        assertFalse(report.contains("cpu.Tiny.boot_corrected.keel_over_hotspot"), report);
        assertTrue(report.contains("cpu.Tiny.ratio.keel_over_hotspot"), report);
    }
}
