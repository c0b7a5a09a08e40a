package org.keelvm.classlib;

import org.keelvm.hal.Address;
import org.keelvm.vm.object.Hub;
import org.keelvm.vm.object.ObjectHeader;
import org.keelvm.vm.runtime.Allocation;
import org.keelvm.vm.runtime.ClassInitialization;
import org.keelvm.vm.substitution.Substitute;
import org.keelvm.vm.substitution.TargetClass;

/**
 * {@code jdk.internal.misc.Unsafe}'s native methods: raw memory access relative to an object or, with a null base,
 * at an absolute address, plus the layout queries the JDK asks before it uses them.
 *
 * <p><b>One thread.</b> Keel runs one thread without preemption, so nothing can come between a read and a write:
 * the atomic operations ({@code compareAndSet*}, {@code compareAndExchange*}) are a plain read followed by a
 * plain write, the volatile accessors are the plain ones, and the fences are empty (there is no other processor to
 * order memory against, and the baseline compiler keeps every access in program order). All of this must become
 * {@code lock cmpxchg} and fences when threads arrive.
 *
 * <p><b>Offsets</b> are byte offsets from the object's address ({@link ObjectHeader}): instance fields from the
 * hub's field table, array elements from {@link ObjectHeader#ARRAY_BASE_OFFSET}. Static fields live in the statics
 * table, not in an object: their base is {@code null} and their offset the slot's address.
 *
 * <p><b>Off-heap memory</b> ({@code allocateMemory0}) is carved from the object heap as a {@code byte[]} whose
 * elements are the block, so the heap stays a sequence of well-formed objects; {@code freeMemory0} returns nothing
 * until there is a collector, which will have to treat such blocks as pinned.
 */
@TargetClass(className = "jdk.internal.misc.Unsafe")
final class Target_jdk_internal_misc_Unsafe {
    @Substitute
    private static void registerNatives() {
    }

    // ---- plain and volatile accessors: one load or store at o + offset (o null: absolute address) ----

    @Substitute
    public boolean getBoolean(Object o, long offset) {
        return Address.fromObject(o).loadUnsignedByte(offset) != 0;
    }

    @Substitute
    public void putBoolean(Object o, long offset, boolean x) {
        Address.fromObject(o).storeByte(offset, x ? 1 : 0);
    }

    @Substitute
    public boolean getBooleanVolatile(Object o, long offset) {
        return Address.fromObject(o).loadUnsignedByte(offset) != 0;
    }

    @Substitute
    public void putBooleanVolatile(Object o, long offset, boolean x) {
        Address.fromObject(o).storeByte(offset, x ? 1 : 0);
    }

    @Substitute
    public byte getByte(Object o, long offset) {
        return (byte) Address.fromObject(o).loadUnsignedByte(offset);
    }

    @Substitute
    public void putByte(Object o, long offset, byte x) {
        Address.fromObject(o).storeByte(offset, x);
    }

    @Substitute
    public byte getByteVolatile(Object o, long offset) {
        return (byte) Address.fromObject(o).loadUnsignedByte(offset);
    }

    @Substitute
    public void putByteVolatile(Object o, long offset, byte x) {
        Address.fromObject(o).storeByte(offset, x);
    }

    @Substitute
    public short getShort(Object o, long offset) {
        return (short) Address.fromObject(o).loadUnsignedShort(offset);
    }

    @Substitute
    public void putShort(Object o, long offset, short x) {
        Address.fromObject(o).storeShort(offset, x);
    }

    @Substitute
    public short getShortVolatile(Object o, long offset) {
        return (short) Address.fromObject(o).loadUnsignedShort(offset);
    }

    @Substitute
    public void putShortVolatile(Object o, long offset, short x) {
        Address.fromObject(o).storeShort(offset, x);
    }

    @Substitute
    public char getChar(Object o, long offset) {
        return (char) Address.fromObject(o).loadUnsignedShort(offset);
    }

    @Substitute
    public void putChar(Object o, long offset, char x) {
        Address.fromObject(o).storeShort(offset, x);
    }

    @Substitute
    public char getCharVolatile(Object o, long offset) {
        return (char) Address.fromObject(o).loadUnsignedShort(offset);
    }

    @Substitute
    public void putCharVolatile(Object o, long offset, char x) {
        Address.fromObject(o).storeShort(offset, x);
    }

    @Substitute
    public int getInt(Object o, long offset) {
        return Address.fromObject(o).loadInt(offset);
    }

    @Substitute
    public void putInt(Object o, long offset, int x) {
        Address.fromObject(o).storeInt(offset, x);
    }

    @Substitute
    public int getIntVolatile(Object o, long offset) {
        return Address.fromObject(o).loadInt(offset);
    }

    @Substitute
    public void putIntVolatile(Object o, long offset, int x) {
        Address.fromObject(o).storeInt(offset, x);
    }

    @Substitute
    public long getLong(Object o, long offset) {
        return Address.fromObject(o).loadLong(offset);
    }

    @Substitute
    public void putLong(Object o, long offset, long x) {
        Address.fromObject(o).storeLong(offset, x);
    }

    @Substitute
    public long getLongVolatile(Object o, long offset) {
        return Address.fromObject(o).loadLong(offset);
    }

    @Substitute
    public void putLongVolatile(Object o, long offset, long x) {
        Address.fromObject(o).storeLong(offset, x);
    }

    @Substitute
    public float getFloat(Object o, long offset) {
        return Float.intBitsToFloat(Address.fromObject(o).loadInt(offset));
    }

    @Substitute
    public void putFloat(Object o, long offset, float x) {
        Address.fromObject(o).storeInt(offset, Float.floatToRawIntBits(x));
    }

    @Substitute
    public float getFloatVolatile(Object o, long offset) {
        return Float.intBitsToFloat(Address.fromObject(o).loadInt(offset));
    }

    @Substitute
    public void putFloatVolatile(Object o, long offset, float x) {
        Address.fromObject(o).storeInt(offset, Float.floatToRawIntBits(x));
    }

    @Substitute
    public double getDouble(Object o, long offset) {
        return Double.longBitsToDouble(Address.fromObject(o).loadLong(offset));
    }

    @Substitute
    public void putDouble(Object o, long offset, double x) {
        Address.fromObject(o).storeLong(offset, Double.doubleToRawLongBits(x));
    }

    @Substitute
    public double getDoubleVolatile(Object o, long offset) {
        return Double.longBitsToDouble(Address.fromObject(o).loadLong(offset));
    }

    @Substitute
    public void putDoubleVolatile(Object o, long offset, double x) {
        Address.fromObject(o).storeLong(offset, Double.doubleToRawLongBits(x));
    }

    @Substitute
    public Object getReference(Object o, long offset) {
        return Address.fromObject(o).loadReference(offset);
    }

    @Substitute
    public void putReference(Object o, long offset, Object x) {
        Address.fromObject(o).storeReference(offset, x);
    }

    @Substitute
    public Object getReferenceVolatile(Object o, long offset) {
        return Address.fromObject(o).loadReference(offset);
    }

    @Substitute
    public void putReferenceVolatile(Object o, long offset, Object x) {
        Address.fromObject(o).storeReference(offset, x);
    }

    /** The reference stored at the absolute {@code address}. */
    @Substitute
    public Object getUncompressedObject(long address) {
        return Address.fromLong(address).loadReference(0);
    }

    // ---- atomics: one thread, so a read and a write (see the class comment) ----

    @Substitute
    public boolean compareAndSetInt(Object o, long offset, int expected, int x) {
        Address field = Address.fromObject(o);
        if (field.loadInt(offset) != expected) {
            return false;
        }
        field.storeInt(offset, x);
        return true;
    }

    @Substitute
    public boolean compareAndSetLong(Object o, long offset, long expected, long x) {
        Address field = Address.fromObject(o);
        if (field.loadLong(offset) != expected) {
            return false;
        }
        field.storeLong(offset, x);
        return true;
    }

    @Substitute
    public boolean compareAndSetReference(Object o, long offset, Object expected, Object x) {
        Address field = Address.fromObject(o);
        if (field.loadReference(offset) != expected) {
            return false;
        }
        field.storeReference(offset, x);
        return true;
    }

    @Substitute
    public int compareAndExchangeInt(Object o, long offset, int expected, int x) {
        Address field = Address.fromObject(o);
        int witness = field.loadInt(offset);
        if (witness == expected) {
            field.storeInt(offset, x);
        }
        return witness;
    }

    @Substitute
    public long compareAndExchangeLong(Object o, long offset, long expected, long x) {
        Address field = Address.fromObject(o);
        long witness = field.loadLong(offset);
        if (witness == expected) {
            field.storeLong(offset, x);
        }
        return witness;
    }

    @Substitute
    public Object compareAndExchangeReference(Object o, long offset, Object expected, Object x) {
        Address field = Address.fromObject(o);
        Object witness = field.loadReference(offset);
        if (witness == expected) {
            field.storeReference(offset, x);
        }
        return witness;
    }

    // ---- fences: nothing to order against with one thread on one processor ----

    @Substitute
    public void loadFence() {
    }

    @Substitute
    public void storeFence() {
    }

    @Substitute
    public void fullFence() {
    }

    // ---- layout ----

    @Substitute
    private int arrayBaseOffset0(Class<?> arrayClass) {
        return ObjectHeader.ARRAY_BASE_OFFSET;
    }

    /** Element size of an array class; 0 for any other class, which HotSpot does not define either. */
    @Substitute
    private int arrayIndexScale0(Class<?> arrayClass) {
        Hub hub = hubOf(arrayClass);
        return hub.kind == Hub.ARRAY ? 1 << hub.elementShift : 0;
    }

    @Substitute
    private long objectFieldOffset0(java.lang.reflect.Field f) {
        return objectFieldOffset1(f.getDeclaringClass(), f.getName());
    }

    /** The offset of the instance field {@code name} declared by {@code c}; HotSpot's bare InternalError if none. */
    @Substitute
    private long objectFieldOffset1(Class<?> c, String name) {
        int offset = hubOf(c).fieldOffset(name);
        if (offset < 0) {
            throw new InternalError();
        }
        return offset;
    }

    @Substitute
    private long staticFieldOffset0(java.lang.reflect.Field f) {
        return staticFieldSlot(hubOf(f.getDeclaringClass()), f.getName());
    }

    @Substitute
    private Object staticFieldBase0(java.lang.reflect.Field f) {
        staticFieldSlot(hubOf(f.getDeclaringClass()), f.getName());
        return null;
    }

    /** The statics-table address of static field {@code name} of {@code hub}; HotSpot's bare InternalError if none. */
    static long staticFieldSlot(Hub hub, String name) {
        org.keelvm.vm.object.ClassDeclaration declaration = hub.declaration;
        if (declaration != null) {
            for (int i = 0; i < declaration.fieldNames.length; i++) {
                if (declaration.fieldNames[i].equals(name) && declaration.staticFieldSlots[i] != 0) {
                    return declaration.staticFieldSlots[i];
                }
            }
        }
        throw new InternalError();
    }

    @Substitute
    private void ensureClassInitialized0(Class<?> c) {
        ClassInitialization.initialize(hubOf(c));
    }

    @Substitute
    private boolean shouldBeInitialized0(Class<?> c) {
        return hubOf(c).initState != Hub.INITIALIZED;
    }

    /** A new instance of {@code cls} with every field zero, no constructor run; the class is initialized first. */
    @Substitute
    public Object allocateInstance(Class<?> cls) throws InstantiationException {
        Hub hub = hubOf(cls);
        if (hub.kind != Hub.INSTANCE || (hub.modifiers & java.lang.reflect.Modifier.ABSTRACT) != 0
                || hub.name.equals("java.lang.Class")) {
            throw new InstantiationException(hub.name);
        }
        ClassInitialization.initialize(hub);
        return Allocation.newInstance(hub);
    }

    // ---- memory blocks ----

    @Substitute
    private long allocateMemory0(long bytes) {
        if (bytes > Integer.MAX_VALUE - ObjectHeader.ARRAY_BASE_OFFSET) {
            throw new OutOfMemoryError("Unable to allocate " + bytes + " bytes");
        }
        byte[] block = new byte[(int) bytes];
        return Address.fromObject(block).toLong() + ObjectHeader.ARRAY_BASE_OFFSET;
    }

    @Substitute
    private long reallocateMemory0(long address, long bytes) {
        long moved = allocateMemory0(bytes);
        if (address != 0) {
            long old = Address.fromLong(address - ObjectHeader.ARRAY_BASE_OFFSET)
                    .loadInt(ObjectHeader.ARRAY_LENGTH_OFFSET);
            copyMemory0(null, address, null, moved, Math.min(old, bytes));
        }
        return moved;
    }

    /** Nothing: blocks stay in the heap until a collector can take them back (see the class comment). */
    @Substitute
    private void freeMemory0(long address) {
    }

    @Substitute
    private void setMemory0(Object o, long offset, long bytes, byte value) {
        Address start = Address.fromObject(o).plus(offset);
        for (long i = 0; i < bytes; i++) {
            start.storeByte(i, value);
        }
    }

    /** Copies {@code bytes} bytes as {@code memmove} does: overlapping ranges see the source as it was. */
    @Substitute
    private void copyMemory0(Object srcBase, long srcOffset, Object destBase, long destOffset, long bytes) {
        Address source = Address.fromObject(srcBase).plus(srcOffset);
        Address target = Address.fromObject(destBase).plus(destOffset);
        long distance = target.toLong() - source.toLong();
        if (distance > 0 && distance < bytes) {
            for (long i = bytes - 1; i >= 0; i--) {
                target.storeByte(i, source.loadUnsignedByte(i));
            }
            return;
        }
        long i = 0;
        for (; i + 8 <= bytes; i += 8) {
            target.storeLong(i, source.loadLong(i));
        }
        for (; i < bytes; i++) {
            target.storeByte(i, source.loadUnsignedByte(i));
        }
    }

    /** Copies elements of {@code elemSize} bytes, reversing the byte order of each; the ranges do not overlap. */
    @Substitute
    private void copySwapMemory0(Object srcBase, long srcOffset, Object destBase, long destOffset, long bytes,
                                 long elemSize) {
        Address source = Address.fromObject(srcBase).plus(srcOffset);
        Address target = Address.fromObject(destBase).plus(destOffset);
        for (long element = 0; element < bytes; element += elemSize) {
            for (long i = 0; i < elemSize; i++) {
                target.storeByte(element + elemSize - 1 - i, source.loadUnsignedByte(element + i));
            }
        }
    }

    // ---- threads: there is one ----

    /**
     * Returns at once: with one thread no other can unpark this one, and {@code park} may return spuriously, so
     * waiting (forever, or until a timeout) would only stall the program. Callers re-check their condition.
     */
    @Substitute
    public void park(boolean isAbsolute, long time) {
    }

    /** Nothing to wake: the only thread is running. */
    @Substitute
    public void unpark(Object thread) {
    }

    @Substitute
    private int getLoadAverage0(double[] loadavg, int nelems) {
        return -1;
    }

    @Substitute
    public void throwException(Throwable ee) throws Throwable {
        throw ee;
    }

    /** The hub of a {@code Class} mirror (its injected field). */
    private static Hub hubOf(Class<?> c) {
        return ((Target_java_lang_Class) (Object) c).hub;
    }
}
