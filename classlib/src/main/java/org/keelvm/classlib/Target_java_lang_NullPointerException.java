package org.keelvm.classlib;

import org.keelvm.vm.substitution.Substitute;
import org.keelvm.vm.substitution.TargetClass;

/**
 * JDK 17's helpful NullPointerException messages describe the bytecode that failed; Keel does not produce them yet,
 * so a NullPointerException raised by the VM has no message (as on HotSpot with
 * {@code -XX:-ShowCodeDetailsInExceptionMessages}).
 */
@TargetClass(NullPointerException.class)
final class Target_java_lang_NullPointerException {
    @Substitute
    private String getExtendedNPEMessage() {
        return null;
    }
}
