package org.keelvm.vm.runtime;

import org.keelvm.hal.Address;
import org.keelvm.vm.object.ObjectHeader;

/**
 * Monitors while the VM runs one thread: the status word counts how many times that thread has entered an
 * object's monitor ({@link ObjectHeader#LOCK_COUNT_MASK}), which is what {@code monitorexit}'s and
 * {@code Object.wait}'s ownership checks and {@code Thread.holdsLock} need. The scheduler will replace the count
 * with thin locks that record the owner.
 */
public final class Monitors {
    private Monitors() {
    }

    /** {@code monitorenter}, and the entry of a synchronized method. */
    public static void enter(Object object) {
        Address header = Address.fromObject(object);
        long status = header.loadLong(ObjectHeader.STATUS_OFFSET);
        if ((status & ObjectHeader.LOCK_COUNT_MASK) == ObjectHeader.LOCK_COUNT_MASK) {
            throw new IllegalMonitorStateException("monitor entered too many times");
        }
        header.storeLong(ObjectHeader.STATUS_OFFSET, status + 1);
    }

    /** {@code monitorexit}, and every exit of a synchronized method. */
    public static void exit(Object object) {
        Address header = Address.fromObject(object);
        long status = header.loadLong(ObjectHeader.STATUS_OFFSET);
        if ((status & ObjectHeader.LOCK_COUNT_MASK) == 0) {
            throw new IllegalMonitorStateException();
        }
        header.storeLong(ObjectHeader.STATUS_OFFSET, status - 1);
    }

    /** Whether the current thread holds {@code object}'s monitor. */
    public static boolean holds(Object object) {
        return (Address.fromObject(object).loadLong(ObjectHeader.STATUS_OFFSET) & ObjectHeader.LOCK_COUNT_MASK) != 0;
    }

    /**
     * Takes the current thread's pending interrupt (clears it and says whether there was one); set by the class
     * library when the JDK starts, since the interrupt status is a field of {@code Thread}.
     */
    private static java.util.function.BooleanSupplier interruption;

    /** Sets how {@link #waitFor} learns of an interrupt. */
    public static void setInterruption(java.util.function.BooleanSupplier takePending) {
        interruption = takePending;
    }

    /** {@code Object.notify} and {@code notifyAll}: only the owner may; no other thread waits. */
    public static void notify(Object object) {
        checkOwner(object);
    }

    /**
     * {@code Object.wait(timeout)}: only the owner may; a pending interrupt ends it at once with
     * {@code InterruptedException}; with no other thread to notify, a timed wait ends when its time is up, and an
     * untimed one could never end, which the VM reports as a deadlock.
     */
    public static void waitFor(Object object, long timeoutMillis) throws InterruptedException {
        if (timeoutMillis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        checkOwner(object);
        if (interruption != null && interruption.getAsBoolean()) {
            throw new InterruptedException();
        }
        if (timeoutMillis == 0) {
            throw new IllegalMonitorStateException("deadlock: Object.wait() with no other thread to notify it");
        }
        long end = System.nanoTime() + timeoutMillis * 1_000_000L;
        while (System.nanoTime() - end < 0) {
            org.keelvm.hal.Cpu.pause();
        }
    }

    private static void checkOwner(Object object) {
        if (!holds(object)) {
            throw new IllegalMonitorStateException("current thread is not owner");
        }
    }
}
