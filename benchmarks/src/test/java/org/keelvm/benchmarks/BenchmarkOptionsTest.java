package org.keelvm.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class BenchmarkOptionsTest {
    @Test
    void defaults() {
        BenchmarkOptions options = BenchmarkOptions.parse("--keel-home", "/repo");
        assertEquals(BenchmarkOptions.DEFAULT_RUNS, options.runs());
        assertTrue(options.kvm());
        assertEquals(Path.of("/repo/benchmarks/target/boot-benchmark.txt"), options.output());
    }

    @Test
    void readsEveryOption() {
        BenchmarkOptions options = BenchmarkOptions.parse("--runs", "3", "--no-kvm", "--keel-home", "/repo",
                "--output", "/tmp/out.txt");
        assertEquals(3, options.runs());
        assertFalse(options.kvm());
        assertEquals(Path.of("/tmp/out.txt"), options.output());
        assertEquals(5, BenchmarkOptions.parse("--runs=5").runs());
    }

    @Test
    void helpIsNoOptions() {
        assertNull(BenchmarkOptions.parse("--help"));
    }

    @Test
    void rejectsBadArguments() {
        assertThrows(IllegalArgumentException.class, () -> BenchmarkOptions.parse("--runs", "0"));
        assertThrows(IllegalArgumentException.class, () -> BenchmarkOptions.parse("--runs", "ten"));
        assertThrows(IllegalArgumentException.class, () -> BenchmarkOptions.parse("--runs"));
        assertThrows(IllegalArgumentException.class, () -> BenchmarkOptions.parse("--fast"));
    }
}
