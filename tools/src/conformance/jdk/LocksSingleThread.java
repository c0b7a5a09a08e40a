// java.util.concurrent.locks and synchronizers driven by the main thread alone: ReentrantLock hold counts/fairness/tryLock/unlock errors, Condition.await with timeouts and after self-interrupt, ReentrantReadWriteLock downgrade and upgrade refusal, StampedLock optimistic reads and conversions, Semaphore/CountDownLatch/CyclicBarrier/Phaser/Exchanger-free paths that never block, LockSupport.parkNanos and unpark-before-park.
import java.util.concurrent.*;
import java.util.concurrent.locks.*;

public class LocksSingleThread {
    public static void main(String[] args) throws Exception {
        ReentrantLock lock = new ReentrantLock(true);
        System.out.println("fair " + lock.isFair() + " locked " + lock.isLocked() + " held " + lock.isHeldByCurrentThread() + " count " + lock.getHoldCount());
        lock.lock(); lock.lock();
        System.out.println("after 2x lock count " + lock.getHoldCount() + " tryLock " + lock.tryLock() + " count " + lock.getHoldCount() + " queued " + lock.hasQueuedThreads() + " queueLength " + lock.getQueueLength());
        System.out.println("toString has Locked: " + lock.toString().contains("[Locked by thread main]"));
        lock.unlock(); lock.unlock(); lock.unlock();
        System.out.println("released " + lock.isLocked() + " toString unlocked: " + lock.toString().endsWith("[Unlocked]"));
        try { lock.unlock(); } catch (IllegalMonitorStateException e) { System.out.println("unlock unowned: IMSE " + e.getMessage()); }
        System.out.println("tryLock(timeout) " + lock.tryLock(10, TimeUnit.MILLISECONDS));
        Condition cond = lock.newCondition();
        long t0 = System.nanoTime();
        boolean signalled = cond.await(20, TimeUnit.MILLISECONDS);
        System.out.println("await timed out: " + !signalled + " waited>=15ms: " + ((System.nanoTime() - t0) >= 15_000_000) + " still held " + lock.isHeldByCurrentThread());
        long left = cond.awaitNanos(1_000_000);
        System.out.println("awaitNanos remaining <= 0: " + (left <= 0));
        cond.signal(); cond.signalAll();
        System.out.println("signal with no waiters ok, hasWaiters " + lock.hasWaiters(cond) + " waitQueueLength " + lock.getWaitQueueLength(cond));
        Thread.currentThread().interrupt();
        try { cond.await(); } catch (InterruptedException e) { System.out.println("await after interrupt: InterruptedException, held " + lock.isHeldByCurrentThread() + " flag " + Thread.currentThread().isInterrupted()); }
        lock.unlock();
        try { cond.await(1, TimeUnit.MILLISECONDS); } catch (IllegalMonitorStateException e) { System.out.println("await without lock: IMSE"); }
        Thread.currentThread().interrupt();
        try { lock.lockInterruptibly(); } catch (InterruptedException e) { System.out.println("lockInterruptibly interrupted, locked " + lock.isLocked()); }
        ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
        rw.writeLock().lock();
        rw.readLock().lock();
        rw.writeLock().unlock();
        System.out.println("downgraded: readCount " + rw.getReadLockCount() + " writeLocked " + rw.isWriteLocked() + " readHolds " + rw.getReadHoldCount());
        System.out.println("upgrade tryLock refused: " + !rw.writeLock().tryLock());
        rw.readLock().unlock();
        System.out.println("write tryLock now " + rw.writeLock().tryLock() + " writeHolds " + rw.getWriteHoldCount() + " isWriteLockedByCurrentThread " + rw.isWriteLockedByCurrentThread());
        rw.writeLock().unlock();
        try { rw.readLock().unlock(); } catch (IllegalMonitorStateException e) { System.out.println("read unlock unowned: " + e.getMessage()); }
        StampedLock sl = new StampedLock();
        long opt = sl.tryOptimisticRead();
        System.out.println("optimistic valid " + (opt != 0) + " " + sl.validate(opt));
        long ws = sl.writeLock();
        System.out.println("after write, optimistic valid " + sl.validate(opt) + " isWriteLocked " + sl.isWriteLocked() + " tryOptimisticRead " + sl.tryOptimisticRead());
        long rs = sl.tryConvertToReadLock(ws);
        System.out.println("converted to read " + (rs != 0) + " readCount " + sl.getReadLockCount() + " write? " + sl.isWriteLocked());
        long back = sl.tryConvertToWriteLock(rs);
        System.out.println("converted back to write " + (back != 0) + " " + sl.isWriteLocked());
        sl.unlock(back);
        try { sl.unlockWrite(back); } catch (IllegalMonitorStateException e) { System.out.println("stamped double unlock: IMSE"); }
        System.out.println("asReadLock tryLock " + sl.asReadLock().tryLock());
        sl.asReadLock().unlock();
        Semaphore sem = new Semaphore(2, true);
        System.out.println("semaphore acquire " + sem.tryAcquire() + " " + sem.tryAcquire() + " " + sem.tryAcquire() + " timed " + sem.tryAcquire(5, TimeUnit.MILLISECONDS) + " avail " + sem.availablePermits());
        sem.release(5);
        System.out.println("after release(5) avail " + sem.availablePermits() + " drain " + sem.drainPermits() + " avail " + sem.availablePermits());
        try { sem.release(-1); } catch (IllegalArgumentException e) { System.out.println("release(-1) IAE"); }
        Semaphore neg = new Semaphore(-2);
        System.out.println("negative semaphore avail " + neg.availablePermits() + " tryAcquire " + neg.tryAcquire());
        CountDownLatch latch = new CountDownLatch(2);
        latch.countDown(); latch.countDown(); latch.countDown();
        latch.await();
        System.out.println("latch count " + latch.getCount() + " await(0) " + latch.await(0, TimeUnit.SECONDS) + " " + latch.toString().substring(latch.toString().indexOf("[")));
        CountDownLatch pending = new CountDownLatch(1);
        System.out.println("latch timed await false: " + !pending.await(5, TimeUnit.MILLISECONDS));
        int[] trips = {0};
        CyclicBarrier barrier = new CyclicBarrier(1, () -> trips[0]++);
        System.out.println("barrier arrival " + barrier.await() + " " + barrier.await() + " trips " + trips[0] + " parties " + barrier.getParties() + " broken " + barrier.isBroken());
        Phaser ph = new Phaser(1);
        System.out.println("phaser arrive " + ph.arrive() + " phase " + ph.getPhase() + " arriveAndAwait " + ph.arriveAndAwaitAdvance() + " deregister " + ph.arriveAndDeregister() + " terminated " + ph.isTerminated());
        long p0 = System.nanoTime();
        LockSupport.parkNanos(5_000_000);
        System.out.println("parkNanos returned (elapsed>=0): " + (System.nanoTime() - p0 >= 0));
        LockSupport.unpark(Thread.currentThread());
        long p1 = System.nanoTime();
        LockSupport.park();
        System.out.println("park after unpark returns immediately: " + ((System.nanoTime() - p1) < 2_000_000_000L));
        Thread.currentThread().interrupt();
        LockSupport.park();
        System.out.println("park with interrupt set returns, flag still " + Thread.interrupted());
        System.out.println("blocker " + LockSupport.getBlocker(Thread.currentThread()));
        ConcurrentLinkedQueue<Integer> q = new ConcurrentLinkedQueue<>();
        LinkedBlockingQueue<Integer> bq = new LinkedBlockingQueue<>(2);
        System.out.println("bounded offers " + bq.offer(1) + " " + bq.offer(2) + " " + bq.offer(3) + " timed " + bq.offer(4, 5, TimeUnit.MILLISECONDS) + " poll timed empty " + new LinkedBlockingQueue<Integer>().poll(5, TimeUnit.MILLISECONDS) + " q " + q.poll());
        SynchronousQueue<Integer> sq = new SynchronousQueue<>();
        System.out.println("synchronous offer " + sq.offer(1) + " poll " + sq.poll() + " timed poll " + sq.poll(1, TimeUnit.MILLISECONDS));
    }
}
