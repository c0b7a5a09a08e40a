package org.keelvm.benchmarks;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class ExpectationTest {
    private final Expectation primes = new Expectation("1229 42\n", 29);

    private static ProcessResult run(String stdout, int status) {
        return new ProcessResult(List.of("keel", "run"), status, stdout, "", 1);
    }

    @Test
    void theSameOutputAndStatusPass() {
        assertDoesNotThrow(() -> primes.check("keel run", "1229 42\n", run("1229 42\n", 29)));
    }

    @Test
    void anotherStatusFails() {
        BenchmarkException e = assertThrows(BenchmarkException.class,
                () -> primes.check("keel run", "1229 42\n", run("1229 42\n", 70)));
        assertTrue(e.getMessage().startsWith("keel run exited with status 70, expected 29"), e.getMessage());
    }

    @Test
    void anotherOutputFails() {
        BenchmarkException e = assertThrows(BenchmarkException.class,
                () -> primes.check("keel run", "1228 42\n", run("1228 42\n", 29)));
        assertTrue(e.getMessage().contains("printed something else than HotSpot"), e.getMessage());
    }
}
