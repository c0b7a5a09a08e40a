package org.keelvm.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class VerboseRunTest {
    private static final String CONSOLE = "keel: boot: ram=268041216 entry-to-main=4066951 cycles\n1229 42\nMTW\n";
    private static final String LAUNCHER = "keel: qemu-system-x86_64 -M microvm -accel kvm -accel tcg -m 256"
            + " -kernel /tmp/a.img -append 'verbose --'\nkeel: qemu ran for 0.101 s and exited with status 59\n";

    @Test
    void readsTheGuestAndLauncherFigures() {
        VerboseRun run = VerboseRun.parse(new ProcessResult(List.of("keel"), 29, CONSOLE, LAUNCHER, 1));
        assertEquals(4066951, run.entryToMainCycles());
        assertEquals(101, run.qemuMillis(), 1e-9);
        assertEquals(List.of("kvm", "tcg"), run.accelerators());
    }

    @Test
    void programOutputLeavesOutKeelsOwnLines() {
        assertEquals("1229 42\nMTW\n", VerboseRun.withoutKeelLines(CONSOLE));
        assertEquals("no newline", VerboseRun.withoutKeelLines("no newline"));
    }

    @Test
    void aMissingFigureIsAnError() {
        assertThrows(BenchmarkException.class,
                () -> VerboseRun.parse(new ProcessResult(List.of("keel"), 29, "1229 42\n", LAUNCHER, 1)));
        assertThrows(BenchmarkException.class,
                () -> VerboseRun.parse(new ProcessResult(List.of("keel"), 29, CONSOLE, "", 1)));
    }
}
