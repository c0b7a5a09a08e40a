// Object monitor and interrupt semantics on the main thread alone: wait/notify without owning the monitor (IllegalMonitorStateException messages; argument checks come before the owner check), timed wait returning after its timeout, wait with bad arguments, self-interrupt making sleep/wait/join throw InterruptedException and clearing the flag, Thread.interrupted vs isInterrupted, sleep(0), join on the current thread with a timeout.
public class MonitorWaitSingleThread {
    static final Object LOCK = new Object();

    public static void main(String[] args) throws Exception {
        try { LOCK.wait(); } catch (IllegalMonitorStateException e) { System.out.println("wait unowned: " + e.getMessage()); }
        try { LOCK.notify(); } catch (IllegalMonitorStateException e) { System.out.println("notify unowned: " + e.getMessage()); }
        try { LOCK.notifyAll(); } catch (IllegalMonitorStateException e) { System.out.println("notifyAll unowned: " + e.getMessage()); }
        try { LOCK.wait(-1); } catch (RuntimeException e) { System.out.println("wait(-1) unowned: " + e.getClass().getSimpleName() + " " + e.getMessage()); }
        try { LOCK.wait(1, 1000000); } catch (RuntimeException e) { System.out.println("wait(1, 1000000) unowned: " + e.getClass().getSimpleName() + " " + e.getMessage()); }
        synchronized (LOCK) {
            try { LOCK.wait(-1); } catch (IllegalArgumentException e) { System.out.println("wait(-1) owned: " + e.getMessage()); }
            try { LOCK.wait(1, 1000000); } catch (IllegalArgumentException e) { System.out.println("wait(1, 1000000) owned: " + e.getMessage()); }
        }
        Object other = new Object();
        synchronized (LOCK) {
            try { other.wait(1); } catch (IllegalMonitorStateException e) { System.out.println("wait on other while holding LOCK: " + e.getMessage()); }
            LOCK.notify();
            LOCK.notifyAll();
            System.out.println("notify while owning: ok, holdsLock=" + Thread.holdsLock(LOCK));
            long t0 = System.nanoTime();
            LOCK.wait(20);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            System.out.println("timed wait returned, at least ~20ms: " + (ms >= 15) + " still holds lock: " + Thread.holdsLock(LOCK));
            LOCK.wait(0, 500);
            System.out.println("wait(0, 500) returned");
            synchronized (LOCK) {
                LOCK.wait(1);
                System.out.println("nested reentrant wait returned, holdsLock=" + Thread.holdsLock(LOCK));
            }
        }
        Thread me = Thread.currentThread();
        System.out.println("initial interrupted: " + me.isInterrupted());
        me.interrupt();
        System.out.println("after interrupt isInterrupted: " + me.isInterrupted() + " again: " + me.isInterrupted());
        try { Thread.sleep(1000); System.out.println("sleep not interrupted?!"); }
        catch (InterruptedException e) { System.out.println("sleep: " + e.getMessage() + " flag now " + me.isInterrupted()); }
        me.interrupt();
        synchronized (LOCK) {
            try { LOCK.wait(1000); System.out.println("wait not interrupted?!"); }
            catch (InterruptedException e) { System.out.println("wait: " + e.getClass().getSimpleName() + " msg=" + e.getMessage() + " flag now " + me.isInterrupted() + " holdsLock " + Thread.holdsLock(LOCK)); }
        }
        me.interrupt();
        System.out.println("Thread.interrupted: " + Thread.interrupted() + " then " + Thread.interrupted());
        me.interrupt();
        try { me.join(10); System.out.println("join not interrupted?!"); }
        catch (InterruptedException e) { System.out.println("join: " + e.getClass().getSimpleName() + " flag now " + me.isInterrupted()); }
        Thread.sleep(0);
        Thread.sleep(2, 999999);
        System.out.println("sleep(0) and sleep(2, 999999) ok");
        try { Thread.sleep(-5); } catch (IllegalArgumentException e) { System.out.println("sleep(-5): " + e.getMessage()); }
        try { Thread.sleep(1, -1); } catch (IllegalArgumentException e) { System.out.println("sleep(1,-1): " + e.getMessage()); }
        long t1 = System.nanoTime();
        me.join(15);
        System.out.println("self join(15) returned after timeout: " + ((System.nanoTime() - t1) / 1_000_000 >= 10));
        Thread.yield();
        Thread.onSpinWait();
        System.out.println("state " + me.getState() + " alive " + me.isAlive() + " daemon " + me.isDaemon());
        Thread unstarted = new Thread(() -> {}, "never-started");
        System.out.println("unstarted: " + unstarted.getName() + " " + unstarted.getState() + " alive " + unstarted.isAlive());
        unstarted.join();
        unstarted.join(5);
        System.out.println("join on unstarted returns immediately");
        unstarted.interrupt();
        System.out.println("interrupt unstarted: isInterrupted " + unstarted.isInterrupted());
        try { unstarted.setDaemon(true); System.out.println("setDaemon on unstarted ok " + unstarted.isDaemon()); } catch (IllegalThreadStateException e) { System.out.println("ITSE"); }
        try { me.setDaemon(true); } catch (IllegalThreadStateException e) { System.out.println("setDaemon on running main: " + e.getClass().getSimpleName()); }
        try { unstarted.setPriority(11); } catch (IllegalArgumentException e) { System.out.println("setPriority(11): " + e.getClass().getSimpleName()); }
        System.out.println("end, interrupted=" + me.isInterrupted());
    }
}
