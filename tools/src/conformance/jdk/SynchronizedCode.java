// monitorenter/monitorexit and ACC_SYNCHRONIZED on one thread: nesting, reentrancy, exceptions unwinding monitors, Thread.holdsLock.
public class SynchronizedCode {
    private int counter;
    private static int staticCounter;
    private final Object lock = new Object();

    synchronized void inc() { counter++; }
    synchronized int reentrant(int depth) { return depth == 0 ? counter : reentrant(depth - 1) + 1; }
    static synchronized void sinc() { staticCounter++; }
    static synchronized boolean holdsClass() { return Thread.holdsLock(SynchronizedCode.class); }
    synchronized void failInside() { throw new IllegalStateException("inside synchronized method"); }

    int block(int n) {
        synchronized (lock) {
            synchronized (this) {
                synchronized (lock) { counter += n; return counter; }
            }
        }
    }
    int blockThrows() {
        synchronized (lock) {
            if (counter > 0) throw new ArithmeticException("from block");
            return 0;
        }
    }

    public static void main(String[] args) throws Exception {
        SynchronizedCode s = new SynchronizedCode();
        for (int i = 0; i < 1000; i++) s.inc();
        System.out.println("counter " + s.counter + " reentrant " + s.reentrant(50));
        for (int i = 0; i < 500; i++) sinc();
        System.out.println("static " + staticCounter + " holdsClass " + holdsClass() + " outside " + Thread.holdsLock(SynchronizedCode.class));
        System.out.println("block " + s.block(5) + " " + s.block(-3));
        System.out.println("holds before " + Thread.holdsLock(s.lock));
        synchronized (s.lock) {
            System.out.println("holds inside " + Thread.holdsLock(s.lock) + " " + Thread.holdsLock(s));
        }
        System.out.println("holds after " + Thread.holdsLock(s.lock));
        try { s.failInside(); } catch (IllegalStateException e) { System.out.println("caught " + e.getMessage() + " holds " + Thread.holdsLock(s)); }
        try { s.blockThrows(); } catch (ArithmeticException e) { System.out.println("caught " + e.getMessage() + " holds " + Thread.holdsLock(s.lock)); }
        Object nul = null;
        try { synchronized (nul) { System.out.println("unreachable"); } } catch (NullPointerException e) { System.out.println("sync on null -> NPE"); }
        String str = "interned";
        synchronized (str) { synchronized (str.intern()) { System.out.println("nested same " + Thread.holdsLock("interned")); } }
        Object[] locks = new Object[20];
        for (int i = 0; i < locks.length; i++) locks[i] = new Object();
        System.out.println("deep " + deep(locks, 0));
        synchronized (s) { s.notifyAll(); s.wait(1); }
        System.out.println("wait/notify with monitor ok");
        try { s.notify(); } catch (IllegalMonitorStateException e) { System.out.println("notify without monitor -> " + e.getClass().getSimpleName()); }
    }
    static int deep(Object[] locks, int i) {
        if (i == locks.length) { int held = 0; for (Object o : locks) if (Thread.holdsLock(o)) held++; return held; }
        synchronized (locks[i]) { return deep(locks, i + 1); }
    }
}
