package org.keelvm.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AcceleratorChoiceTest {
    @TempDir
    Path dir;

    /** A file that opens for reading and writing stands in for a usable /dev/kvm. */
    private Path usableDevice() throws Exception {
        return Files.createFile(dir.resolve("kvm"));
    }

    @Test
    void defaultPrefersKvmAndFallsBackToTcg() throws Exception {
        assertEquals(List.of(Accelerator.KVM, Accelerator.TCG), AcceleratorChoice.choose(false, false,
                usableDevice(), dir.resolve("no-kvm_pvm")));
    }

    @Test
    void defaultPrefersTcgWhenKvmEmulatesInstructions() throws Exception {
        Path pvm = Files.createDirectory(dir.resolve("kvm_pvm"));
        assertEquals(List.of(Accelerator.TCG), AcceleratorChoice.choose(false, false, usableDevice(), pvm));
    }

    @Test
    void kvmCanStillBeDemandedWhenItEmulates() throws Exception {
        Path pvm = Files.createDirectory(dir.resolve("kvm_pvm"));
        assertEquals(List.of(Accelerator.KVM), AcceleratorChoice.choose(true, false, usableDevice(), pvm));
    }

    @Test
    void defaultUsesTcgAloneWithoutKvm() throws Exception {
        assertEquals(List.of(Accelerator.TCG), AcceleratorChoice.choose(false, false, dir.resolve("missing")));
    }

    @Test
    void tcgNeedsNoDevice() throws Exception {
        assertEquals(List.of(Accelerator.TCG), AcceleratorChoice.choose(false, true, dir.resolve("missing")));
    }

    @Test
    void kvmAlone() throws Exception {
        assertEquals(List.of(Accelerator.KVM), AcceleratorChoice.choose(true, false, usableDevice()));
    }

    @Test
    void kvmDemandedButMissingFailsInOneLine() {
        Path missing = dir.resolve("missing");
        CliException e = assertThrows(CliException.class, () -> AcceleratorChoice.choose(true, false, missing));
        assertEquals("cannot use --kvm: " + missing + " does not exist (no hardware virtualization here); use --tcg"
                + " instead", e.getMessage());
        assertEquals(1, e.exitCode());
    }

    @Test
    void aDirectoryIsNotUsable() {
        assertTrue(AcceleratorChoice.kvmProblem(dir) != null);
    }
}
