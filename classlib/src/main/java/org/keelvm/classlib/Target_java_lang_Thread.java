package org.keelvm.classlib;

import org.keelvm.hal.Cpu;
import org.keelvm.vm.object.Hub;
import org.keelvm.vm.runtime.Allocation;
import org.keelvm.vm.runtime.Monitors;
import org.keelvm.vm.substitution.Alias;
import org.keelvm.vm.substitution.Inject;
import org.keelvm.vm.substitution.Substitute;
import org.keelvm.vm.substitution.TargetClass;

/**
 * {@code Thread} for a guest with one thread: the main thread is made at start-up the way HotSpot makes it (an
 * instance whose fields the VM fills, not a constructor call), {@code currentThread} returns it, and starting
 * another thread is refused until the scheduler exists.
 */
@TargetClass(Thread.class)
final class Target_java_lang_Thread {
    /** The thread running now: the main thread. */
    @Inject
    static Thread current;

    @Alias
    private volatile String name;
    @Alias
    private int priority;
    @Alias
    private volatile long eetop;
    @Alias
    private ThreadGroup group;
    @Alias
    private long tid;
    @Alias
    private volatile int threadStatus;
    @Alias
    private Object blockerLock;
    @Alias
    private static long threadSeqNumber;

    /** Makes the main thread in the main thread group, as the VM does before {@code System.initPhase1}. */
    static void createMainThread(ThreadGroup mainGroup) {
        Hub hub = ((Target_java_lang_Class) (Object) Thread.class).hub;
        Target_java_lang_Thread main = (Target_java_lang_Thread) Allocation.newInstance(hub);
        main.name = "main";
        main.priority = Thread.NORM_PRIORITY;
        main.eetop = 1;
        main.group = mainGroup;
        main.tid = 1; // the main thread's id on HotSpot
        main.threadStatus = 0x0005; // JVMTI ALIVE | RUNNABLE
        main.blockerLock = new Object();
        threadSeqNumber = 1;
        current = (Thread) (Object) main;
    }

    @Substitute
    private static void registerNatives() {
    }

    @Substitute
    public static Thread currentThread() {
        return current;
    }

    @Substitute
    public static void yield() {
    }

    @Alias
    private volatile boolean interrupted;

    /** Clears the current thread's interrupt status and says whether it was set. */
    static boolean takeInterrupt() {
        Target_java_lang_Thread thread = (Target_java_lang_Thread) (Object) current;
        if (thread != null && thread.interrupted) {
            thread.interrupted = false;
            return true;
        }
        return false;
    }

    @Substitute
    public static void sleep(long millis) throws InterruptedException {
        if (millis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        if (takeInterrupt()) {
            throw new InterruptedException("sleep interrupted");
        }
        long end = System.nanoTime() + millis * 1_000_000L;
        while (System.nanoTime() - end < 0) {
            Cpu.pause();
        }
    }

    @Alias
    private boolean daemon;

    /**
     * A daemon thread (the JDK's Reference Handler, Finalizer, Common-Cleaner) is registered but does not run until
     * Keel has a scheduler; a program's own thread cannot start yet, which fails loudly rather than wrongly.
     */
    @Substitute
    private void start0() {
        if (!daemon) {
            throw new UnsupportedOperationException("Keel runs one thread; Thread.start is not supported yet");
        }
    }

    @Substitute
    public static boolean holdsLock(Object object) {
        if (object == null) {
            throw new NullPointerException();
        }
        return Monitors.holds(object);
    }

    @Substitute
    private void setPriority0(int newPriority) {
    }

    @Substitute
    private void interrupt0() {
    }

    @Substitute
    private static void clearInterruptEvent() {
    }

    @Substitute
    private void setNativeName(String newName) {
    }
}
