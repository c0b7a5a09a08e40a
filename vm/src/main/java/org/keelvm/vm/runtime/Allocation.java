package org.keelvm.vm.runtime;

import org.keelvm.hal.Address;
import org.keelvm.vm.object.Hub;
import org.keelvm.vm.object.ObjectAccess;
import org.keelvm.vm.object.ObjectHeader;

/**
 * Object and array allocation by bumping a pointer through one region of free memory, until the collector arrives.
 * When the region is exhausted the VM reports it and exits ({@link Heap#exhausted}).
 */
public final class Allocation {
    /** The first byte of the region. */
    private static long base;
    /** The next free byte. */
    private static long top;
    /** The end of the region. */
    private static long limit;

    private Allocation() {
    }

    /** Gives allocation the region {@code [start, end)}; called once at boot. */
    public static void initialize(long start, long end) {
        base = ObjectHeader.align(start);
        top = base;
        limit = end;
    }

    /** Bytes handed out so far are {@code top - start}; this is what is left. */
    public static long freeBytes() {
        return limit - top;
    }

    /** Bytes of the whole region. */
    public static long totalBytes() {
        return limit - base;
    }

    /**
     * The longest array HotSpot makes on x86-64, of any element type: {@code Integer.MAX_VALUE} less its two-word
     * array header. Longer requests fail with HotSpot's {@code OutOfMemoryError}, however much memory is free.
     */
    public static final int MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 2;

    /** {@code new}: an instance of the class of {@code hub}, fields zero. The class is initialized already. */
    public static Object newInstance(Hub hub) {
        Address object = allocate(hub.instanceSize);
        object.storeReference(ObjectHeader.HUB_OFFSET, hub);
        return object.toObject();
    }

    /** {@code newarray}/{@code anewarray}: an array of {@code length} zero elements of the class of {@code hub}. */
    public static Object newArray(Hub hub, int length) {
        if (length < 0) {
            throw new NegativeArraySizeException(Integer.toString(length));
        }
        if (length > MAX_ARRAY_LENGTH) {
            throw new OutOfMemoryError("Requested array size exceeds VM limit");
        }
        long size = ObjectHeader.ARRAY_BASE_OFFSET + ((long) length << hub.elementShift);
        Address array = allocate(size);
        array.storeReference(ObjectHeader.HUB_OFFSET, hub);
        array.storeInt(ObjectHeader.ARRAY_LENGTH_OFFSET, length);
        return array.toObject();
    }

    /**
     * {@code multianewarray}: {@code count} dimensions whose lengths compiled code left on its expression stack in
     * 8-byte slots, the first dimension deepest: dimension {@code i} is at {@code dimensions + 8 * (count - 1 - i)}.
     */
    public static Object newMultiArray(Hub hub, int count, Address dimensions) {
        for (int i = 0; i < count; i++) {
            int length = dimensions.loadInt(8L * (count - 1 - i));
            if (length < 0) {
                throw new NegativeArraySizeException(Integer.toString(length));
            }
        }
        return newArrayLevel(hub, 0, count, dimensions);
    }

    private static Object newArrayLevel(Hub hub, int level, int count, Address dimensions) {
        int length = dimensions.loadInt(8L * (count - 1 - level));
        Object array = newArray(hub, length);
        if (level + 1 < count) {
            Address elements = Address.fromObject(array).plus(ObjectHeader.ARRAY_BASE_OFFSET);
            for (int i = 0; i < length; i++) {
                elements.storeReference(8L * i, newArrayLevel(hub.componentHub, level + 1, count, dimensions));
            }
        }
        return array;
    }

    /** {@code clone}: a shallow copy of {@code original} (an array or an instance), with a fresh status word. */
    public static Object copy(Object original) {
        Hub hub = ObjectAccess.hubOf(original);
        Address from = Address.fromObject(original);
        long size = hub.kind == Hub.ARRAY
                ? ObjectHeader.ARRAY_BASE_OFFSET + ((long) from.loadInt(ObjectHeader.ARRAY_LENGTH_OFFSET) << hub.elementShift)
                : hub.instanceSize;
        Address to = allocate(size);
        to.storeReference(ObjectHeader.HUB_OFFSET, hub);
        for (long offset = ObjectHeader.STATUS_OFFSET + 8; offset < ObjectHeader.align(size); offset += 8) {
            to.storeLong(offset, from.loadLong(offset));
        }
        return to.toObject();
    }

    /** {@code size} bytes of zeroed, aligned memory. */
    static Address allocate(long size) {
        long aligned = ObjectHeader.align(size);
        long start = top;
        if (aligned > limit - start) {
            Heap.exhausted(aligned);
        }
        top = start + aligned;
        Address memory = Address.fromLong(start);
        for (long offset = 0; offset < aligned; offset += 8) {
            memory.storeLong(offset, 0);
        }
        return memory;
    }
}
