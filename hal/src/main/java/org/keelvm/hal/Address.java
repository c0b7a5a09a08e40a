package org.keelvm.hal;

/**
 * A physical (identity-mapped) machine address. In compiled code an {@code Address} is a bare 64-bit word; the
 * methods below become single instructions. On the host only the arithmetic works; memory accesses throw.
 *
 * <p>Loads and stores take a byte offset from this address, so that a structure laid out in memory reads as
 * {@code base.loadInt(FIELD_OFFSET)}.
 */
@Unboxed
public final class Address {
    private final long value;

    private Address(long value) {
        this.value = value;
    }

    /** The address with the given numeric value. */
    @Intrinsic
    public static Address fromLong(long value) {
        return new Address(value);
    }

    /** The numeric value of this address. */
    @Intrinsic
    public long toLong() {
        return value;
    }

    /** This address plus {@code offset} bytes. */
    @Intrinsic
    public Address plus(long offset) {
        return new Address(value + offset);
    }

    /** The address of {@code object}: a reference is a bare address in compiled code. Not available on the host. */
    @Intrinsic
    public static Address fromObject(Object object) {
        throw hostedAccess();
    }

    /** The object at this address, as a reference. The caller guarantees that an object starts here. */
    @Intrinsic
    public Object toObject() {
        throw hostedAccess();
    }

    /** The reference stored at {@code this + offset}. */
    @Intrinsic
    public Object loadReference(long offset) {
        throw hostedAccess();
    }

    /** Stores {@code value} as a reference at {@code this + offset}. */
    @Intrinsic
    public void storeReference(long offset, Object value) {
        throw hostedAccess();
    }

    /** Whether this is address zero. */
    @Intrinsic
    public boolean isZero() {
        return value == 0;
    }

    /** The byte at {@code this + offset}, zero-extended. */
    @Intrinsic
    public int loadUnsignedByte(long offset) {
        throw hostedAccess();
    }

    /** The 16-bit value at {@code this + offset}, zero-extended. */
    @Intrinsic
    public int loadUnsignedShort(long offset) {
        throw hostedAccess();
    }

    /** The 32-bit value at {@code this + offset}. */
    @Intrinsic
    public int loadInt(long offset) {
        throw hostedAccess();
    }

    /** The 64-bit value at {@code this + offset}. */
    @Intrinsic
    public long loadLong(long offset) {
        throw hostedAccess();
    }

    /** Stores the low 8 bits of {@code value} at {@code this + offset}. */
    @Intrinsic
    public void storeByte(long offset, int value) {
        throw hostedAccess();
    }

    /** Stores the low 16 bits of {@code value} at {@code this + offset}. */
    @Intrinsic
    public void storeShort(long offset, int value) {
        throw hostedAccess();
    }

    /** Stores a 32-bit value at {@code this + offset}. */
    @Intrinsic
    public void storeInt(long offset, int value) {
        throw hostedAccess();
    }

    /** Stores a 64-bit value at {@code this + offset}. */
    @Intrinsic
    public void storeLong(long offset, long value) {
        throw hostedAccess();
    }

    private static UnsupportedOperationException hostedAccess() {
        return new UnsupportedOperationException("raw memory access works only inside a Keel guest");
    }
}
