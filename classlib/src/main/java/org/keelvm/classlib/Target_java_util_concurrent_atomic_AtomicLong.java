package org.keelvm.classlib;

import java.util.concurrent.atomic.AtomicLong;
import org.keelvm.vm.substitution.Substitute;
import org.keelvm.vm.substitution.TargetClass;

/** {@code AtomicLong}'s one native method. */
@TargetClass(AtomicLong.class)
final class Target_java_util_concurrent_atomic_AtomicLong {
    /** x86-64 has an 8-byte compare-and-swap ({@code cmpxchg} with REX.W), so long atomics need no lock. */
    @Substitute
    private static boolean VMSupportsCS8() {
        return true;
    }
}
