package org.keelvm.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TscFrequencyTest {
    @Test
    void aRefinedCalibrationWinsOverTheDetectedFrequency() {
        String log = "[    0.000070] tsc: Detected 2445.428 MHz processor\n"
                + "[    1.510000] tsc: Refined TSC clocksource calibration: 2445.399 MHz\n";
        TscFrequency tsc = TscFrequency.fromKernelLog(log);
        assertEquals(2445.399, tsc.megahertz(), 1e-9);
        assertTrue(tsc.source().contains("Refined TSC clocksource calibration: 2445.399 MHz"), tsc.source());
    }

    @Test
    void theDetectedProcessorFrequencyIsTheFallbackInTheLog() {
        TscFrequency tsc = TscFrequency.fromKernelLog("[    0.000070] tsc: Detected 2445.428 MHz processor\n");
        assertEquals(2445.428, tsc.megahertz(), 1e-9);
    }

    @Test
    void cpuInfoCountsOnlyWithAConstantTsc() {
        String cpu = "model name\t: AMD EPYC\ncpu MHz\t\t: 2445.428\nflags\t\t: fpu tsc constant_tsc nonstop_tsc\n";
        assertEquals(2445.428, TscFrequency.fromCpuInfo(cpu).megahertz(), 1e-9);
        assertNull(TscFrequency.fromCpuInfo(cpu.replace("constant_tsc", "")));
        assertNull(TscFrequency.fromKernelLog("nothing about clocks"));
    }
}
