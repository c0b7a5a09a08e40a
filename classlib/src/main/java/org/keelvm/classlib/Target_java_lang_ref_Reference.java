package org.keelvm.classlib;

import org.keelvm.vm.substitution.Alias;
import org.keelvm.vm.substitution.Substitute;
import org.keelvm.vm.substitution.TargetClass;

/**
 * References without a collector: a referent stays reachable until the program clears it, so no reference is ever
 * pending and the Reference Handler thread would find nothing to do.
 */
@TargetClass(java.lang.ref.Reference.class)
final class Target_java_lang_ref_Reference {
    @Alias
    Object referent;

    @Substitute
    private boolean refersTo0(Object o) {
        return referent == o;
    }

    @Substitute
    private void clear0() {
        referent = null;
    }

    @Substitute
    private static boolean hasReferencePendingList() {
        return false;
    }

    @Substitute
    private static Target_java_lang_ref_Reference getAndClearReferencePendingList() {
        return null;
    }

    @Substitute
    private static void waitForReferencePendingList() {
        throw new IllegalStateException("no reference can become pending without a collector");
    }
}
