package org.keelvm.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TimedProcessTest {
    @TempDir
    Path scratch;

    @Test
    void capturesBothStreamsTheStatusAndTheTime() {
        ProcessResult result = new TimedProcess(scratch, scratch)
                .run(List.of("sh", "-c", "echo out; echo err >&2; exit 3"));
        assertEquals(3, result.exitCode());
        assertEquals("out\n", result.stdout());
        assertEquals("err\n", result.stderr());
        assertTrue(result.wallNanos() > 0);
    }

    @Test
    void aProcessPastItsTimeLimitIsStoppedWithTheProcessesItStarted() {
        TimedProcess processes = new TimedProcess(scratch, scratch, Duration.ofMillis(300));
        long start = System.nanoTime();
        BenchmarkException e = assertThrows(BenchmarkException.class,
                () -> processes.run(List.of("sh", "-c", "sleep 30 & wait")));
        assertTrue(e.getMessage().contains("did not finish within 0.3 s"), e.getMessage());
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(10).toNanos());
    }

    @Test
    void aMissingProgramIsAClearError() {
        BenchmarkException e = assertThrows(BenchmarkException.class,
                () -> new TimedProcess(scratch, scratch).run(List.of("no-such-program-here")));
        assertTrue(e.getMessage().startsWith("cannot start no-such-program-here"), e.getMessage());
    }
}
