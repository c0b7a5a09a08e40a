// Monitors with one thread: synchronized blocks and methods (static and instance, normal and exceptional exit),
// Thread.holdsLock, and the owner checks of notify and wait.
public class Monitors {
  static int n;
  static synchronized void inc() { n++; }
  synchronized int twice(int x) { if (x < 0) throw new IllegalArgumentException("neg"); return 2 * x; }
  public static void main(String[] a) throws Exception {
    Object lock = new Object();
    System.out.println(Thread.holdsLock(lock));
    synchronized (lock) { System.out.println(Thread.holdsLock(lock)); synchronized (lock) { System.out.println(Thread.holdsLock(lock)); } System.out.println(Thread.holdsLock(lock)); }
    System.out.println(Thread.holdsLock(lock));
    for (int i = 0; i < 500; i++) inc();
    System.out.println(n + " " + Thread.holdsLock(Monitors.class));
    Monitors m = new Monitors();
    System.out.println(m.twice(21) + " " + Thread.holdsLock(m));
    try { m.twice(-1); } catch (IllegalArgumentException e) { System.out.println(e.getMessage() + " " + Thread.holdsLock(m)); }
    try { lock.notify(); } catch (IllegalMonitorStateException e) { System.out.println("IMSE " + e.getMessage()); }
    synchronized (lock) { lock.notifyAll(); lock.wait(5); System.out.println("waited"); }
    try { synchronized (lock) { throw new RuntimeException("inside"); } } catch (RuntimeException e) { System.out.println(e.getMessage() + " " + Thread.holdsLock(lock)); }
  }
}
