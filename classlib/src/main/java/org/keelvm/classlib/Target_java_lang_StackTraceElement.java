package org.keelvm.classlib;

import org.keelvm.vm.runtime.StackWalk;
import org.keelvm.vm.substitution.Alias;
import org.keelvm.vm.substitution.Substitute;
import org.keelvm.vm.substitution.TargetClass;

/** Turns a {@code Throwable}'s backtrace (pcs, see {@code Target_java_lang_Throwable}) into elements. */
@TargetClass(StackTraceElement.class)
final class Target_java_lang_StackTraceElement {
    @Alias
    private Class<?> declaringClassObject;
    @Alias
    private String moduleName;
    @Alias
    private String declaringClass;
    @Alias
    private String methodName;
    @Alias
    private String fileName;
    @Alias
    private int lineNumber;

    @Substitute
    static void initStackTraceElements(StackTraceElement[] elements, Throwable x) {
        Target_java_lang_Throwable throwable = (Target_java_lang_Throwable) (Object) x;
        long[] pcs = (long[]) throwable.backtrace;
        int depth = throwable.depth;
        for (int i = 0; i < depth; i++) {
            Target_java_lang_StackTraceElement element = (Target_java_lang_StackTraceElement) (Object) elements[i];
            long pc = pcs[i];
            element.declaringClassObject = (Class<?>) StackWalk.holderAt(pc).mirror;
            element.moduleName = StackWalk.moduleAt(pc);
            element.declaringClass = StackWalk.classAt(pc);
            element.methodName = StackWalk.methodAt(pc);
            element.fileName = StackWalk.fileAt(pc);
            element.lineNumber = StackWalk.lineAt(pc);
        }
    }
}
