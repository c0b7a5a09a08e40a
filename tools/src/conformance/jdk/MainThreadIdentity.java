// the main thread's identity and ThreadLocal without starting threads: name, priority, daemon flag, thread group, interrupt flag round trip, ThreadLocal initial values and removal.
public class MainThreadIdentity {
    static final ThreadLocal<StringBuilder> BUFFER = ThreadLocal.withInitial(() -> new StringBuilder("init"));
    static final ThreadLocal<Integer> COUNTER = new ThreadLocal<>();

    public static void main(String[] args) throws Exception {
        Thread t = Thread.currentThread();
        System.out.println(t.getName() + " priority " + t.getPriority() + " daemon " + t.isDaemon() + " alive " + t.isAlive() + " group " + t.getThreadGroup().getName() + " state " + t.getState());
        System.out.println("interrupted " + t.isInterrupted());
        t.interrupt();
        System.out.println("after interrupt " + t.isInterrupted() + " Thread.interrupted() " + Thread.interrupted() + " cleared " + t.isInterrupted());
        t.interrupt();
        try { Thread.sleep(10); System.out.println("slept"); } catch (InterruptedException e) { System.out.println("sleep interrupted: " + e.getMessage() + " flag " + t.isInterrupted()); }
        Object lock = new Object();
        t.interrupt();
        synchronized (lock) { try { lock.wait(5); } catch (InterruptedException e) { System.out.println("wait interrupted, flag " + t.isInterrupted()); } }
        System.out.println(BUFFER.get().append("+more") + " " + COUNTER.get());
        COUNTER.set(41);
        COUNTER.set(COUNTER.get() + 1);
        System.out.println(COUNTER.get() + " " + BUFFER.get());
        BUFFER.remove();
        COUNTER.remove();
        System.out.println(BUFFER.get() + " " + COUNTER.get());
        t.setName("renamed-main");
        System.out.println(Thread.currentThread().getName() + " " + Thread.currentThread().toString().contains("renamed-main"));
        Thread.yield();
        Thread.onSpinWait();
        System.out.println("holdsLock " + Thread.holdsLock(lock) + " stack top " + t.getStackTrace()[1].getMethodName());
    }
}
