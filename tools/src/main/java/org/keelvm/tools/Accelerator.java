package org.keelvm.tools;

/**
 * A QEMU accelerator, as named by {@code -accel}.
 */
public enum Accelerator {
    /** Hardware virtualization through {@code /dev/kvm}. */
    KVM("kvm"),
    /** QEMU's portable binary translator; slower, but works everywhere. */
    TCG("tcg");

    private final String qemuName;

    Accelerator(String qemuName) {
        this.qemuName = qemuName;
    }

    /** The name QEMU's {@code -accel} takes. */
    public String qemuName() {
        return qemuName;
    }
}
