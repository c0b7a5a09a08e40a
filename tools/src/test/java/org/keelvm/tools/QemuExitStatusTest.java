package org.keelvm.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QemuExitStatusTest {
    private static final QemuCommand WITH_FALLBACK = command(List.of(Accelerator.KVM, Accelerator.TCG));
    private static final QemuCommand KVM_ONLY = command(List.of(Accelerator.KVM));

    private static QemuCommand command(List<Accelerator> accelerators) {
        return new QemuCommand("qemu-system-x86_64", Path.of("app.img"), MemorySize.parse("256M"), accelerators,
                "--", Path.of("/tmp/keel-1/stderr"), Path.of("/tmp/keel-2/status"));
    }

    private static QemuExitStatus.Outcome interpret(int status, String stderr) {
        return QemuExitStatus.interpret(status, stderr, WITH_FALLBACK, OptionalInt.empty());
    }

    @ParameterizedTest
    @CsvSource({"1, 0", "3, 1", "7, 3", "85, 42", "255, 127"})
    void oddStatusesCarryTheGuestsStatus(int qemuStatus, int guestStatus) {
        QemuExitStatus.Outcome outcome = interpret(qemuStatus, "");
        assertEquals(guestStatus, outcome.exitCode());
        assertNull(outcome.error());
    }

    @Test
    void warningsDoNotMakeAGuestExitAFailure() {
        QemuExitStatus.Outcome outcome = interpret(1,
                "qemu-system-x86_64: warning: host doesn't support requested feature: CPUID.01H:ECX.pni [bit 0]\n");
        assertEquals(0, outcome.exitCode());
        assertNull(outcome.error());
    }

    @Test
    void kvmComplaintsDoNotCountWhenQemuFallsBackToTcg() {
        String stderr = "Could not access KVM kernel module: Permission denied\n"
                + "qemu-system-x86_64: -accel kvm: failed to initialize kvm: Permission denied\n";
        assertEquals(new QemuExitStatus.Outcome(0, null), interpret(1, stderr));
        assertEquals(new QemuExitStatus.Outcome(1, "cannot use KVM: permission denied on /dev/kvm; add yourself"
                        + " to its group (sudo usermod -aG kvm $USER, then log in again) or use --tcg"),
                QemuExitStatus.interpret(1, stderr, KVM_ONLY, OptionalInt.empty()));
    }

    @Test
    void statusZeroIsAGuestThatStoppedWithoutAStatus() {
        assertEquals(new QemuExitStatus.Outcome(70,
                        "the guest stopped without an exit status (it reset or triple-faulted)"),
                interpret(0, ""));
    }

    @Test
    void statusZeroAfterASignalIsThatSignal() {
        assertEquals(new QemuExitStatus.Outcome(130, null),
                interpret(0, "qemu-system-x86_64: terminating on signal 2 from pid 4242 (bash)\n"));
        assertEquals(new QemuExitStatus.Outcome(143, null), interpret(0, "qemu: terminating on signal 15\n"));
    }

    @Test
    void statusOneWithAnErrorIsQemuFailing() {
        assertEquals(new QemuExitStatus.Outcome(1, "qemu failed: -kernel app.img: could not load kernel"),
                interpret(1, "qemu-system-x86_64: -kernel app.img: could not load kernel\nmore detail\n"));
    }

    @Test
    void memoryAllocationFailureSaysWhatToDo() {
        assertEquals(new QemuExitStatus.Outcome(1, "QEMU could not allocate 256 MiB of guest memory; give less"
                        + " with --memory, or free some memory"),
                interpret(1, "qemu-system-x86_64: cannot set up guest memory 'microvm.ram': Cannot allocate"
                        + " memory\n"));
    }

    @Test
    void missingKvmDeviceSaysToUseTcg() {
        assertEquals(new QemuExitStatus.Outcome(1, "cannot use KVM: /dev/kvm does not exist; use --tcg instead"),
                QemuExitStatus.interpret(1, "Could not access KVM kernel module: No such file or directory\n"
                        + "qemu-system-x86_64: -accel kvm: failed to initialize kvm: No such file or directory\n",
                        KVM_ONLY, OptionalInt.empty()));
    }

    @Test
    void theStatusChannelSuppliesTheEighthBit() {
        // System.exit(-1): the guest sends 0xFF; QEMU exits with (0xFF << 1 | 1) & 0xFF = 0xFF, i.e. 127.
        assertEquals(new QemuExitStatus.Outcome(255, null),
                QemuExitStatus.interpret(255, "", WITH_FALLBACK, OptionalInt.of(255)));
        assertEquals(new QemuExitStatus.Outcome(200, null),
                QemuExitStatus.interpret((200 << 1 | 1) & 0xFF, "", WITH_FALLBACK, OptionalInt.of(200)));
        assertEquals(new QemuExitStatus.Outcome(127, null), interpret(255, ""), "without the channel: seven bits");
        assertEquals(new QemuExitStatus.Outcome(3, null),
                QemuExitStatus.interpret(7, "", WITH_FALLBACK, OptionalInt.of(200)), "a byte that disagrees is ignored");
    }

    @Test
    void evenStatusesAreFailuresEvenWithoutAMessage() {
        assertEquals(new QemuExitStatus.Outcome(1, "qemu failed with exit status 2"), interpret(2, ""));
        assertEquals(new QemuExitStatus.Outcome(1, "qemu was killed by signal 6"), interpret(134, ""));
        assertEquals(new QemuExitStatus.Outcome(1, "qemu failed: something broke"),
                interpret(4, "qemu-system-x86_64: something broke\n"));
    }
}
