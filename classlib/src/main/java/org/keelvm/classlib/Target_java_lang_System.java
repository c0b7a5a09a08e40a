package org.keelvm.classlib;

import org.keelvm.hal.Cpu;
import org.keelvm.vm.object.IdentityHash;
import org.keelvm.vm.runtime.ArrayCopy;
import org.keelvm.vm.runtime.ClassInitialization;
import org.keelvm.vm.runtime.Monitors;
import org.keelvm.vm.substitution.Alias;
import org.keelvm.vm.substitution.Substitute;
import org.keelvm.vm.substitution.TargetClass;

/** {@code System}'s native methods. */
@TargetClass(System.class)
final class Target_java_lang_System {
    @Alias
    public static java.io.InputStream in;
    @Alias
    public static java.io.PrintStream out;
    @Alias
    public static java.io.PrintStream err;

    @Alias
    private static void initPhase1() {
    }

    /** After {@code main}: the shutdown hooks, then the exit, as HotSpot's launcher ends a program. */
    static void exitJdk(int status) {
        Runtime.getRuntime().exit(status);
    }

    /** An uncaught exception: the thread's handler reports it on {@code System.err}; then exit status 1. */
    static void reportUncaught(Throwable exception) {
        Thread thread = Thread.currentThread();
        thread.getUncaughtExceptionHandler().uncaughtException(thread, exception);
        Runtime.getRuntime().exit(1);
    }

    @Substitute
    private static void setIn0(java.io.InputStream stream) {
        in = stream;
    }

    @Substitute
    private static void setOut0(java.io.PrintStream stream) {
        out = stream;
    }

    @Substitute
    private static void setErr0(java.io.PrintStream stream) {
        err = stream;
    }

    @Substitute
    public static String mapLibraryName(String libname) {
        return "lib" + libname + ".so";
    }

    /**
     * The JDK's start-up in the guest, called by the VM before {@code main}: the thread groups and the main thread
     * (as the VM makes them), then phase 1 (system properties, the standard streams).
     */
    static void startJdk() {
        Target_java_lang_Thread.createMainThread(Target_java_lang_ThreadGroup.createMainGroup());
        // As HotSpot does before phase 1: Method's superclass AccessibleObject publishes the JDK's reflection
        // access, which the reflection factory reads once when it is made.
        ClassInitialization.initialize(Target_java_lang_Class.hubOf(java.lang.reflect.Method.class));
        Monitors.setInterruption(() -> Target_java_lang_Thread.takeInterrupt());
        initPhase1();
    }

    @Substitute
    private static void registerNatives() {
    }

    @Substitute
    public static void arraycopy(Object src, int srcPos, Object dest, int destPos, int length) {
        ArrayCopy.copy(src, srcPos, dest, destPos, length);
    }

    @Substitute
    public static int identityHashCode(Object x) {
        return x == null ? 0 : IdentityHash.of(x);
    }

    @Substitute
    public static long nanoTime() {
        return Cpu.rdtsc();
    }

    @Substitute
    public static long currentTimeMillis() {
        return Cpu.rdtsc() / 1_000_000;
    }
}
