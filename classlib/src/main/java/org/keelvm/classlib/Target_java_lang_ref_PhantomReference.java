package org.keelvm.classlib;

import org.keelvm.vm.substitution.Substitute;
import org.keelvm.vm.substitution.TargetClass;

/** A phantom reference's referent, compared without making it reachable. */
@TargetClass(java.lang.ref.PhantomReference.class)
final class Target_java_lang_ref_PhantomReference {
    @Substitute
    private boolean refersTo0(Object o) {
        return ((Target_java_lang_ref_Reference) (Object) this).referent == o;
    }
}
