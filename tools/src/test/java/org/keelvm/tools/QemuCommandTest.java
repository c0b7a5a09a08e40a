package org.keelvm.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class QemuCommandTest {
    private static QemuCommand command(List<Accelerator> accelerators, String cmdline) {
        return new QemuCommand("qemu-system-x86_64", Path.of("build/app.img"), MemorySize.parse("256M"),
                accelerators, cmdline);
    }

    @Test
    void argumentVectorWithKvmFallingBackToTcg() {
        assertEquals(List.of("qemu-system-x86_64", "-M", "microvm", "-accel", "kvm", "-accel", "tcg", "-m", "256",
                        "-nodefaults", "-no-user-config", "-nographic", "-no-reboot", "-serial", "stdio",
                        "-device", "isa-debug-exit,iobase=0xf4,iosize=0x04", "-kernel", "build/app.img",
                        "-append", "-- a%20b"),
                command(List.of(Accelerator.KVM, Accelerator.TCG), "-- a%20b").argv());
    }

    @Test
    void oneAcceleratorAndOtherMemory() {
        QemuCommand tcg = new QemuCommand("/opt/qemu", Path.of("x.img"), MemorySize.parse("1G"),
                List.of(Accelerator.TCG), "verbose --");
        assertEquals(List.of("/opt/qemu", "-M", "microvm", "-accel", "tcg", "-m", "1024", "-nodefaults",
                        "-no-user-config", "-nographic", "-no-reboot", "-serial", "stdio", "-device",
                        "isa-debug-exit,iobase=0xf4,iosize=0x04", "-kernel", "x.img", "-append", "verbose --"),
                tcg.argv());
    }

    @Test
    void neverAsksForTheHostCpu() {
        assertFalse(command(List.of(Accelerator.KVM), "--").argv().contains("-cpu"));
    }

    @Test
    void shellStringQuotesWhatNeedsIt() {
        QemuCommand spaced = new QemuCommand("qemu-system-x86_64", Path.of("my app's.img"), MemorySize.parse("64"),
                List.of(Accelerator.TCG), "verbose -- %22x%22");
        assertEquals("qemu-system-x86_64 -M microvm -accel tcg -m 64 -nodefaults -no-user-config -nographic"
                        + " -no-reboot -serial stdio -device isa-debug-exit,iobase=0xf4,iosize=0x04"
                        + " -kernel 'my app'\\''s.img' -append 'verbose -- %22x%22'",
                spaced.toShellString());
    }

    @Test
    void needsAnAccelerator() {
        assertThrows(IllegalArgumentException.class, () -> command(List.of(), "--"));
    }
}
