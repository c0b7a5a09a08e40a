import org.keelvm.hal.Console;

/**
 * A Richards-style operating-system simulation: six tasks (an idle task, a worker, two packet handlers, two devices)
 * under a priority scheduler pass work packets to each other through queues, holding, releasing and suspending
 * themselves. Runs the simulation ROUNDS times and prints the total number of packets queued and of times a task
 * held itself. Objects, linked lists, field traffic and virtual calls through an abstract task class.
 */
public class Richards {
    static final int ROUNDS = 50;
    static final int IDLE_COUNT = 10_000;

    static final int ID_IDLE = 0;
    static final int ID_WORKER = 1;
    static final int ID_HANDLER_A = 2;
    static final int ID_HANDLER_B = 3;
    static final int ID_DEVICE_A = 4;
    static final int ID_DEVICE_B = 5;
    static final int TASK_COUNT = 6;

    static final int KIND_DEVICE = 0;
    static final int KIND_WORK = 1;
    static final int DATA_SIZE = 4;

    public static void main(String[] args) {
        long queued = 0;
        long held = 0;
        for (int round = 0; round < ROUNDS; round++) {
            Scheduler scheduler = new Scheduler();
            scheduler.simulate();
            queued += scheduler.queueCount;
            held += scheduler.holdCount;
        }
        Console.println(queued);
        Console.println(held);
    }

    /** A message between tasks: its destination (then its sender), its kind, and a small payload. */
    static final class Packet {
        Packet link;
        int id;
        final int kind;
        int datum;
        final int[] data = new int[DATA_SIZE];

        Packet(Packet link, int id, int kind) {
            this.link = link;
            this.id = id;
            this.kind = kind;
        }

        /** Appends this packet to the end of {@code queue} and returns the queue's head. */
        Packet appendTo(Packet queue) {
            link = null;
            if (queue == null) {
                return this;
            }
            Packet last = queue;
            while (last.link != null) {
                last = last.link;
            }
            last.link = this;
            return queue;
        }
    }

    /** What a task does when the scheduler runs it; returns the control block to run next. */
    abstract static class Task {
        abstract ControlBlock run(Scheduler scheduler, Packet packet);
    }

    /** The scheduler's record of a task: its priority, its queue of incoming packets, and its state bits. */
    static final class ControlBlock {
        static final int RUNNABLE = 1;
        static final int SUSPENDED = 2;
        static final int HELD = 4;

        final ControlBlock link;
        final int id;
        final int priority;
        final Task task;
        Packet queue;
        int state;

        ControlBlock(ControlBlock link, int id, int priority, Packet queue, Task task) {
            this.link = link;
            this.id = id;
            this.priority = priority;
            this.queue = queue;
            this.task = task;
            this.state = queue == null ? SUSPENDED : SUSPENDED | RUNNABLE;
        }

        boolean heldOrSuspended() {
            return (state & HELD) != 0 || state == SUSPENDED;
        }

        /** Runs the task, handing it the first queued packet if it was waiting for one. */
        ControlBlock run(Scheduler scheduler) {
            Packet packet = null;
            if (state == (SUSPENDED | RUNNABLE)) {
                packet = queue;
                queue = packet.link;
                state = queue == null ? 0 : RUNNABLE;
            }
            return task.run(scheduler, packet);
        }

        /** Queues {@code packet} here; returns this block if it now preempts {@code current}, else {@code current}. */
        ControlBlock receive(ControlBlock current, Packet packet) {
            if (queue == null) {
                queue = packet;
                state |= RUNNABLE;
                if (priority > current.priority) {
                    return this;
                }
            } else {
                queue = packet.appendTo(queue);
            }
            return current;
        }
    }

    static final class Scheduler {
        final ControlBlock[] blocks = new ControlBlock[TASK_COUNT];
        ControlBlock list;
        ControlBlock current;
        int currentId;
        int queueCount;
        int holdCount;

        void simulate() {
            add(ID_IDLE, 0, null, new IdleTask(IDLE_COUNT));
            current.state = 0;
            Packet work = new Packet(new Packet(null, ID_WORKER, KIND_WORK), ID_WORKER, KIND_WORK);
            add(ID_WORKER, 1000, work, new WorkerTask());
            Packet deviceA = new Packet(null, ID_DEVICE_A, KIND_DEVICE);
            deviceA = new Packet(new Packet(deviceA, ID_DEVICE_A, KIND_DEVICE), ID_DEVICE_A, KIND_DEVICE);
            add(ID_HANDLER_A, 2000, deviceA, new HandlerTask());
            Packet deviceB = new Packet(null, ID_DEVICE_B, KIND_DEVICE);
            deviceB = new Packet(new Packet(deviceB, ID_DEVICE_B, KIND_DEVICE), ID_DEVICE_B, KIND_DEVICE);
            add(ID_HANDLER_B, 3000, deviceB, new HandlerTask());
            add(ID_DEVICE_A, 4000, null, new DeviceTask());
            add(ID_DEVICE_B, 5000, null, new DeviceTask());

            current = list;
            while (current != null) {
                if (current.heldOrSuspended()) {
                    current = current.link;
                } else {
                    currentId = current.id;
                    current = current.run(this);
                }
            }
        }

        private void add(int id, int priority, Packet queue, Task task) {
            list = new ControlBlock(list, id, priority, queue, task);
            current = list;
            blocks[id] = list;
        }

        ControlBlock release(int id) {
            ControlBlock block = blocks[id];
            block.state &= ~ControlBlock.HELD;
            return block.priority > current.priority ? block : current;
        }

        ControlBlock holdCurrent() {
            holdCount++;
            current.state |= ControlBlock.HELD;
            return current.link;
        }

        ControlBlock suspendCurrent() {
            current.state |= ControlBlock.SUSPENDED;
            return current;
        }

        /** Sends {@code packet} to the task it names, which then sees the current task as its sender. */
        ControlBlock send(Packet packet) {
            ControlBlock destination = blocks[packet.id];
            queueCount++;
            packet.link = null;
            packet.id = currentId;
            return destination.receive(current, packet);
        }
    }

    /** Releases the two devices in a pseudo-random order until its count runs out, then holds itself for good. */
    static final class IdleTask extends Task {
        int seed = 1;
        int count;

        IdleTask(int count) {
            this.count = count;
        }

        @Override
        ControlBlock run(Scheduler scheduler, Packet packet) {
            count--;
            if (count == 0) {
                return scheduler.holdCurrent();
            }
            if ((seed & 1) == 0) {
                seed >>= 1;
                return scheduler.release(ID_DEVICE_A);
            }
            seed = (seed >> 1) ^ 0xD008;
            return scheduler.release(ID_DEVICE_B);
        }
    }

    /** Fills work packets with letters and sends them alternately to the two handlers. */
    static final class WorkerTask extends Task {
        int destination = ID_HANDLER_A;
        int letter;

        @Override
        ControlBlock run(Scheduler scheduler, Packet packet) {
            if (packet == null) {
                return scheduler.suspendCurrent();
            }
            destination = destination == ID_HANDLER_A ? ID_HANDLER_B : ID_HANDLER_A;
            packet.id = destination;
            packet.datum = 0;
            for (int i = 0; i < DATA_SIZE; i++) {
                letter = letter == 26 ? 1 : letter + 1;
                packet.data[i] = letter;
            }
            return scheduler.send(packet);
        }
    }

    /** Takes work packets and device packets, and sends one device packet per letter of the work to its device. */
    static final class HandlerTask extends Task {
        Packet work;
        Packet devices;

        @Override
        ControlBlock run(Scheduler scheduler, Packet packet) {
            if (packet != null) {
                if (packet.kind == KIND_WORK) {
                    work = packet.appendTo(work);
                } else {
                    devices = packet.appendTo(devices);
                }
            }
            if (work != null) {
                int next = work.datum;
                if (next < DATA_SIZE) {
                    if (devices != null) {
                        Packet device = devices;
                        devices = devices.link;
                        device.datum = work.data[next];
                        work.datum = next + 1;
                        return scheduler.send(device);
                    }
                } else {
                    Packet done = work;
                    work = work.link;
                    return scheduler.send(done);
                }
            }
            return scheduler.suspendCurrent();
        }
    }

    /** Holds a device packet until the idle task releases it, then sends it back to its handler. */
    static final class DeviceTask extends Task {
        Packet pending;

        @Override
        ControlBlock run(Scheduler scheduler, Packet packet) {
            if (packet == null) {
                if (pending == null) {
                    return scheduler.suspendCurrent();
                }
                Packet done = pending;
                pending = null;
                return scheduler.send(done);
            }
            pending = packet;
            return scheduler.holdCurrent();
        }
    }
}
