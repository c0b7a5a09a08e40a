package org.keelvm.classlib;

import org.keelvm.vm.runtime.StackWalk;
import org.keelvm.vm.substitution.Alias;
import org.keelvm.vm.substitution.Substitute;
import org.keelvm.vm.substitution.TargetClass;

/** Stack traces: the backtrace is the pcs of the frames at construction (see {@link StackWalk}). */
@TargetClass(Throwable.class)
final class Target_java_lang_Throwable {
    @Alias
    transient Object backtrace;
    @Alias
    transient int depth;

    @Substitute
    private Throwable fillInStackTrace(int dummy) {
        long[] frames = StackWalk.captureForThrowable(this);
        backtrace = frames;
        depth = frames.length;
        return (Throwable) (Object) this;
    }
}
