package org.keelvm.classlib;

import org.keelvm.vm.runtime.StringTable;
import org.keelvm.vm.substitution.Substitute;
import org.keelvm.vm.substitution.TargetClass;

/** {@code String}'s one native method. */
@TargetClass(String.class)
final class Target_java_lang_String {
    @Substitute
    public String intern() {
        return StringTable.intern((String) (Object) this);
    }
}
