package org.keelvm.classlib;

import org.keelvm.vm.code.CodeInfo;
import org.keelvm.vm.code.CodeTable;
import org.keelvm.vm.substitution.Substitute;
import org.keelvm.vm.substitution.TargetClass;

/**
 * JDK 17's helpful NullPointerException messages: the message of the instruction where the exception arose (its
 * stack trace's first frame), worked out by the image builder. The builder keeps messages for the application's
 * methods only, so an exception raised inside the JDK has none (as on HotSpot with
 * {@code -XX:-ShowCodeDetailsInExceptionMessages}).
 */
@TargetClass(NullPointerException.class)
final class Target_java_lang_NullPointerException {
    @Substitute
    private String getExtendedNPEMessage() {
        Target_java_lang_Throwable throwable = (Target_java_lang_Throwable) (Object) this;
        long[] pcs = (long[]) throwable.backtrace;
        if (pcs == null || throwable.depth == 0) {
            return null;
        }
        CodeInfo code = CodeTable.find(pcs[0]);
        return code == null ? null : code.nullPointerMessageAt(pcs[0]);
    }
}
