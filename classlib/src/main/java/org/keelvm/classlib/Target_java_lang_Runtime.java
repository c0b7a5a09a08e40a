package org.keelvm.classlib;

import org.keelvm.vm.runtime.Allocation;
import org.keelvm.vm.substitution.Substitute;
import org.keelvm.vm.substitution.TargetClass;

/** {@code Runtime}'s native methods: one CPU, and the bump allocator's region as the heap. */
@TargetClass(Runtime.class)
final class Target_java_lang_Runtime {
    @Substitute
    public int availableProcessors() {
        return 1;
    }

    @Substitute
    public long freeMemory() {
        return Allocation.freeBytes();
    }

    @Substitute
    public long totalMemory() {
        return Allocation.totalBytes();
    }

    @Substitute
    public long maxMemory() {
        return Allocation.totalBytes();
    }

    @Substitute
    public void gc() {
    }
}
