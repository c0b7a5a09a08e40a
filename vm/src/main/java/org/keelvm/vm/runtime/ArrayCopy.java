package org.keelvm.vm.runtime;

import org.keelvm.hal.Address;
import org.keelvm.vm.object.Hub;
import org.keelvm.vm.object.ObjectAccess;
import org.keelvm.vm.object.ObjectHeader;

/** {@code System.arraycopy} with HotSpot's checks and messages. */
public final class ArrayCopy {
    private ArrayCopy() {
    }

    /** Copies as {@code System.arraycopy} specifies, overlapping ranges included. */
    public static void copy(Object src, int srcPos, Object dest, int destPos, int length) {
        if (src == null || dest == null) {
            throw new NullPointerException();
        }
        Hub from = ObjectAccess.hubOf(src);
        Hub to = ObjectAccess.hubOf(dest);
        if (from.kind != Hub.ARRAY) {
            throw new ArrayStoreException("arraycopy: source type " + from.name + " is not an array");
        }
        if (to.kind != Hub.ARRAY) {
            throw new ArrayStoreException("arraycopy: destination type " + to.name + " is not an array");
        }
        boolean primitive = from.componentHub.kind == Hub.PRIMITIVE || to.componentHub.kind == Hub.PRIMITIVE;
        if (primitive && from != to) {
            throw new ArrayStoreException("arraycopy: type mismatch: can not copy " + mismatchName(from) + " into "
                    + mismatchName(to));
        }
        int srcLength = Address.fromObject(src).loadInt(ObjectHeader.ARRAY_LENGTH_OFFSET);
        int destLength = Address.fromObject(dest).loadInt(ObjectHeader.ARRAY_LENGTH_OFFSET);
        if (srcPos < 0) {
            throw new ArrayIndexOutOfBoundsException("arraycopy: source index " + srcPos + " out of bounds for "
                    + describe(from, srcLength));
        }
        if (destPos < 0) {
            throw new ArrayIndexOutOfBoundsException("arraycopy: destination index " + destPos
                    + " out of bounds for " + describe(to, destLength));
        }
        if (length < 0) {
            throw new ArrayIndexOutOfBoundsException("arraycopy: length " + length + " is negative");
        }
        if ((long) srcPos + length > srcLength) {
            throw new ArrayIndexOutOfBoundsException("arraycopy: last source index " + ((long) srcPos + length)
                    + " out of bounds for " + describe(from, srcLength));
        }
        if ((long) destPos + length > destLength) {
            throw new ArrayIndexOutOfBoundsException("arraycopy: last destination index " + ((long) destPos + length)
                    + " out of bounds for " + describe(to, destLength));
        }
        int shift = from.elementShift;
        Address source = Address.fromObject(src).plus(ObjectHeader.ARRAY_BASE_OFFSET + ((long) srcPos << shift));
        Address target = Address.fromObject(dest).plus(ObjectHeader.ARRAY_BASE_OFFSET + ((long) destPos << shift));
        if (primitive || TypeCheck.isSubtype(from.componentHub, to.componentHub)) {
            move(source, target, (long) length << shift, src == dest && srcPos < destPos);
            return;
        }
        for (int i = 0; i < length; i++) {
            Object element = source.loadReference(8L * i);
            if (element != null && !TypeCheck.isSubtype(ObjectAccess.hubOf(element), to.componentHub)) {
                throw new ArrayStoreException("arraycopy: element type mismatch: can not cast one of the elements of "
                        + javaName(from) + " to the type of the destination array, " + to.componentHub.name);
            }
            target.storeReference(8L * i, element);
        }
    }

    private static void move(Address source, Address target, long bytes, boolean backwards) {
        if (backwards) {
            for (long i = bytes - 1; i >= 0; i--) {
                target.storeByte(i, source.loadUnsignedByte(i));
            }
        } else {
            long i = 0;
            for (; i + 8 <= bytes; i += 8) {
                target.storeLong(i, source.loadLong(i));
            }
            for (; i < bytes; i++) {
                target.storeByte(i, source.loadUnsignedByte(i));
            }
        }
    }

    /** How HotSpot names an array in a bounds message: {@code int[5]}, {@code object array[3]}. */
    private static String describe(Hub array, int length) {
        String name = mismatchName(array);
        return name.substring(0, name.length() - 2) + "[" + length + "]";
    }

    /** How HotSpot names an array in a type mismatch: {@code int[]}, or {@code object array[]} for references. */
    private static String mismatchName(Hub array) {
        return array.componentHub.kind == Hub.PRIMITIVE ? javaName(array) : "object array[]";
    }

    /** {@code int[]}, {@code java.lang.String[][]}: the type as Java source spells it. */
    private static String javaName(Hub array) {
        Hub element = array;
        String dimensions = "";
        while (element.kind == Hub.ARRAY) {
            dimensions = dimensions + "[]";
            element = element.componentHub;
        }
        return element.name + dimensions;
    }
}
