package org.keelvm.tools;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Decides which accelerators {@code keel run} asks QEMU for, from the user's {@code --kvm}/{@code --tcg} and
 * whether KVM can actually be used here.
 */
final class AcceleratorChoice {
    /** The device QEMU opens for KVM. */
    static final Path KVM_DEVICE = Path.of("/dev/kvm");
    /**
     * Present when KVM is provided by {@code kvm_pvm}, a paravirtual KVM that needs no hardware virtualization. It
     * runs guests that are not PVM-aware (Keel's among them) by instruction emulation: measured here, a loop of
     * 3 million iterations took 89 s under it and 0.15 s under TCG, so TCG is the better default on such hosts.
     */
    static final Path EMULATING_KVM_MODULE = Path.of("/sys/module/kvm_pvm");

    private AcceleratorChoice() {
    }

    /**
     * The accelerators to pass, in QEMU's order of preference.
     *
     * @param kvmOnly   {@code --kvm}: KVM or nothing
     * @param tcgOnly   {@code --tcg}: TCG only
     * @param kvmDevice where KVM's device is ({@link #KVM_DEVICE} except in tests)
     * @throws CliException if KVM is demanded but not usable
     */
    static List<Accelerator> choose(boolean kvmOnly, boolean tcgOnly, Path kvmDevice) throws CliException {
        return choose(kvmOnly, tcgOnly, kvmDevice, EMULATING_KVM_MODULE);
    }

    /**
     * As {@link #choose(boolean, boolean, Path)}, with the marker of an emulating KVM given explicitly (for tests).
     */
    static List<Accelerator> choose(boolean kvmOnly, boolean tcgOnly, Path kvmDevice, Path emulatingKvmModule)
            throws CliException {
        if (tcgOnly) {
            return List.of(Accelerator.TCG);
        }
        String problem = kvmProblem(kvmDevice);
        if (kvmOnly) {
            if (problem != null) {
                throw new CliException("cannot use --kvm: " + problem);
            }
            return List.of(Accelerator.KVM);
        }
        if (Files.exists(emulatingKvmModule)) {
            return List.of(Accelerator.TCG);
        }
        // QEMU itself falls back from kvm to tcg, but only after printing errors; deciding here keeps the output clean.
        return problem == null ? List.of(Accelerator.KVM, Accelerator.TCG) : List.of(Accelerator.TCG);
    }

    /**
     * Why KVM cannot be used, as a clause that says what to do, or {@code null} if it can. KVM is usable when its
     * device opens for reading and writing, which is what QEMU needs.
     */
    static String kvmProblem(Path kvmDevice) {
        try {
            FileChannel.open(kvmDevice, StandardOpenOption.READ, StandardOpenOption.WRITE).close();
            return null;
        } catch (NoSuchFileException e) {
            return kvmDevice + " does not exist (no hardware virtualization here); use --tcg instead";
        } catch (AccessDeniedException e) {
            return "permission denied on " + kvmDevice + "; add yourself to its group (sudo usermod -aG kvm $USER,"
                    + " then log in again) or use --tcg";
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return "cannot open " + kvmDevice + " (" + e.getMessage() + "); use --tcg instead";
        }
    }
}
