package org.keelvm.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class QemuCommandTest {
    private static final Path SOCKET = Path.of("/tmp/keel-1/stderr");
    private static final Path STATUS = Path.of("/tmp/keel-2/status");

    private static QemuCommand command(List<Accelerator> accelerators, String cmdline) {
        return new QemuCommand("qemu-system-x86_64", Path.of("build/app.img"), MemorySize.parse("256M"),
                accelerators, cmdline, SOCKET, STATUS);
    }

    @Test
    void argumentVectorWithKvmFallingBackToTcg() {
        assertEquals(List.of("qemu-system-x86_64", "-M", "microvm", "-accel", "kvm", "-accel", "tcg", "-m", "256",
                        "-nodefaults", "-no-user-config", "-nographic", "-no-reboot", "-serial", "stdio",
                        "-chardev", "socket,id=guest-stderr,path=/tmp/keel-1/stderr",
                        "-device", "isa-serial,chardev=guest-stderr,iobase=0x2f8,irq=3",
                        "-chardev", "socket,id=guest-status,path=/tmp/keel-2/status",
                        "-device", "isa-debugcon,iobase=0x402,chardev=guest-status",
                        "-device", "isa-debug-exit,iobase=0xf4,iosize=0x04", "-kernel", "build/app.img",
                        "-append", "-- a%20b"),
                command(List.of(Accelerator.KVM, Accelerator.TCG), "-- a%20b").argv());
    }

    @Test
    void oneAcceleratorAndOtherMemory() {
        QemuCommand tcg = new QemuCommand("/opt/qemu", Path.of("x.img"), MemorySize.parse("1G"),
                List.of(Accelerator.TCG), "verbose --", Path.of("/run/s"), Path.of("/run/t"));
        assertEquals(List.of("/opt/qemu", "-M", "microvm", "-accel", "tcg", "-m", "1024", "-nodefaults",
                        "-no-user-config", "-nographic", "-no-reboot", "-serial", "stdio",
                        "-chardev", "socket,id=guest-stderr,path=/run/s",
                        "-device", "isa-serial,chardev=guest-stderr,iobase=0x2f8,irq=3",
                        "-chardev", "socket,id=guest-status,path=/run/t",
                        "-device", "isa-debugcon,iobase=0x402,chardev=guest-status", "-device",
                        "isa-debug-exit,iobase=0xf4,iosize=0x04", "-kernel", "x.img", "-append", "verbose --"),
                tcg.argv());
    }

    @Test
    void standardOutputIsMicrovmsOwnUartOnStdioAndStandardErrorASecondUartOnTheSocket() {
        List<String> argv = command(List.of(Accelerator.TCG), "--").argv();
        // microvm makes one UART of its own from -serial; a second -serial would be ignored without a word.
        assertEquals(1, argv.stream().filter("-serial"::equals).count());
        assertEquals("stdio", argv.get(argv.indexOf("-serial") + 1));
        int chardev = argv.indexOf("-chardev");
        assertEquals("socket,id=guest-stderr,path=" + SOCKET, argv.get(chardev + 1));
        assertEquals("isa-serial,chardev=guest-stderr,iobase=0x2f8,irq=3", argv.get(argv.indexOf("-device") + 1));
        assertEquals(0x2f8, QemuCommand.ERROR_UART_PORT);
    }

    @Test
    void commaInTheSocketPathIsDoubledForQemusOptionSyntax() {
        QemuCommand odd = new QemuCommand("qemu-system-x86_64", Path.of("x.img"), MemorySize.parse("64"),
                List.of(Accelerator.TCG), "--", Path.of("/tmp/a,b/stderr"), STATUS);
        List<String> argv = odd.argv();
        assertEquals("socket,id=guest-stderr,path=/tmp/a,,b/stderr", argv.get(argv.indexOf("-chardev") + 1));
    }

    @Test
    void neverAsksForTheHostCpu() {
        assertFalse(command(List.of(Accelerator.KVM), "--").argv().contains("-cpu"));
    }

    @Test
    void shellStringQuotesWhatNeedsIt() {
        QemuCommand spaced = new QemuCommand("qemu-system-x86_64", Path.of("my app's.img"), MemorySize.parse("64"),
                List.of(Accelerator.TCG), "verbose -- %22x%22", SOCKET, STATUS);
        assertEquals("qemu-system-x86_64 -M microvm -accel tcg -m 64 -nodefaults -no-user-config -nographic"
                        + " -no-reboot -serial stdio -chardev socket,id=guest-stderr,path=/tmp/keel-1/stderr"
                        + " -device isa-serial,chardev=guest-stderr,iobase=0x2f8,irq=3"
                        + " -chardev socket,id=guest-status,path=/tmp/keel-2/status"
                        + " -device isa-debugcon,iobase=0x402,chardev=guest-status"
                        + " -device isa-debug-exit,iobase=0xf4,iosize=0x04"
                        + " -kernel 'my app'\\''s.img' -append 'verbose -- %22x%22'",
                spaced.toShellString());
    }

    @Test
    void needsAnAccelerator() {
        assertThrows(IllegalArgumentException.class, () -> command(List.of(), "--"));
    }

    @Test
    void needsASocketForStandardError() {
        assertThrows(NullPointerException.class, () -> new QemuCommand("qemu-system-x86_64", Path.of("x.img"),
                MemorySize.parse("64"), List.of(Accelerator.TCG), "--", null, STATUS));
        assertThrows(NullPointerException.class, () -> new QemuCommand("qemu-system-x86_64", Path.of("x.img"),
                MemorySize.parse("64"), List.of(Accelerator.TCG), "--", SOCKET, null));
    }
}
