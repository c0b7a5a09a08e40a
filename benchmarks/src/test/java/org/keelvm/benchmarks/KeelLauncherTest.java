package org.keelvm.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeelLauncherTest {
    @TempDir
    Path scratch;

    /** A stand-in for ./keel that reports a tool rebuild on its first {@code rebuilds} calls. */
    private Path fakeLauncher(int rebuilds) throws IOException {
        Path script = scratch.resolve("keel");
        Files.writeString(script, "#!/bin/sh\n"
                + "n=$(cat \"$(dirname \"$0\")/calls\" 2>/dev/null || echo 0)\n"
                + "echo $((n + 1)) > \"$(dirname \"$0\")/calls\"\n"
                + "if [ \"$n\" -lt " + rebuilds + " ]; then echo 'keel: rebuilding the tool (sources changed)...' >&2;"
                + " fi\n"
                + "echo \"booted $*\"\n"
                + "exit 29\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return script;
    }

    @Test
    void aRunDuringWhichTheToolWasRebuiltIsRepeated() throws IOException {
        KeelLauncher keel = new KeelLauncher(fakeLauncher(1), new TimedProcess(scratch, scratch));
        ProcessResult run = keel.run(Path.of("a.img"), "--verbose");
        assertEquals("booted run --verbose a.img\n", run.stdout());
        assertEquals(29, run.exitCode());
        assertEquals(1, keel.repeatedRuns());
    }

    @Test
    void aLauncherThatKeepsRebuildingIsAnError() throws IOException {
        KeelLauncher keel = new KeelLauncher(fakeLauncher(KeelLauncher.MAX_ATTEMPTS),
                new TimedProcess(scratch, scratch));
        assertThrows(BenchmarkException.class, () -> keel.run(Path.of("a.img")));
    }
}
