package org.keelvm.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class CpuOptionsTest {
    @Test
    void defaults() {
        CpuOptions options = CpuOptions.parse("--keel-home", "/repo");
        assertEquals(CpuOptions.DEFAULT_RUNS, options.runs());
        assertEquals(List.of(), options.only());
        assertEquals(CpuOptions.DEFAULT_MEMORY, options.memory());
        assertEquals(Duration.ofSeconds(CpuOptions.DEFAULT_TIMEOUT_SECONDS), options.timeout());
        assertEquals(Path.of("/repo/benchmarks/target/cpu-benchmark.txt"), options.output());
    }

    @Test
    void readsEveryOptionInBothSpellings() {
        CpuOptions options = CpuOptions.parse("--runs", "2", "--only", "NBody, Richards", "--memory=1G",
                "--timeout=90", "--output", "/tmp/cpu.txt");
        assertEquals(2, options.runs());
        assertEquals(List.of("NBody", "Richards"), options.only());
        assertEquals("1G", options.memory());
        assertEquals(Duration.ofSeconds(90), options.timeout());
        assertEquals(Path.of("/tmp/cpu.txt"), options.output());
        assertEquals(7, CpuOptions.parse("--runs=7").runs());
    }

    @Test
    void helpIsNoOptions() {
        assertNull(CpuOptions.parse("-h"));
    }

    @Test
    void rejectsBadArguments() {
        assertThrows(IllegalArgumentException.class, () -> CpuOptions.parse("--runs", "0"));
        assertThrows(IllegalArgumentException.class, () -> CpuOptions.parse("--timeout", "soon"));
        assertThrows(IllegalArgumentException.class, () -> CpuOptions.parse("--memory", "lots"));
        assertThrows(IllegalArgumentException.class, () -> CpuOptions.parse("--only"));
        assertThrows(IllegalArgumentException.class, () -> CpuOptions.parse("--no-kvm"));
    }
}
