package org.keelvm.vm.object;

/**
 * The header every object starts with, and where array lengths and elements live.
 *
 * <pre>
 *  an instance                          an array
 *  +0   | hub          (8 bytes) |      +0   | hub           (8 bytes) |
 *  +8   | status word  (8 bytes) |      +8   | status word   (8 bytes) |
 *  +16  | fields ...             |      +16  | length        (4 bytes) | + 4 bytes padding
 *       |                        |      +24  | element 0 ...           |
 * </pre>
 *
 * <ul>
 *   <li>The hub is the {@link Hub} of the object's class: type checks, virtual calls and the collector start there.
 *   <li>The status word holds, from bit 0 up: the monitor's entry count (16 bits; one thread runs, so it needs no
 *       owner yet), the collector's bits (from bit 16), and from bit 32 the identity hash (31 bits, 0 = not yet
 *       assigned).
 *   <li>Instance fields start at {@link #FIELDS_OFFSET}: a superclass's fields before its subclass's, each class's
 *       own fields by falling size (references first among the 8-byte ones) so that none needs padding but the last.
 *   <li>Array elements start at {@link #ARRAY_BASE_OFFSET} whatever their size, 8-byte aligned.
 *   <li>Objects are 8-byte aligned and their sizes a multiple of 8.
 * </ul>
 *
 * The null reference is address 0: page 0 is never mapped, so a load of the hub, of a field or of the length of an
 * array through null faults, and the fault becomes a {@code NullPointerException}.
 */
public final class ObjectHeader {
    /** Offset of the hub reference. */
    public static final int HUB_OFFSET = 0;
    /** Offset of the status word. */
    public static final int STATUS_OFFSET = 8;
    /** Offset of the first instance field. */
    public static final int FIELDS_OFFSET = 16;
    /** Offset of an array's 32-bit length. */
    public static final int ARRAY_LENGTH_OFFSET = 16;
    /** Offset of an array's element 0. */
    public static final int ARRAY_BASE_OFFSET = 24;
    /** Alignment and size granule of every object. */
    public static final int OBJECT_ALIGNMENT = 8;
    /** The bits of the status word that count monitor entries. */
    public static final long LOCK_COUNT_MASK = 0xFFFF;
    /** First bit of the identity hash in the status word. */
    public static final int HASH_SHIFT = 32;

    private ObjectHeader() {
    }

    /** {@code size} rounded up to the object alignment. */
    public static long align(long size) {
        return (size + OBJECT_ALIGNMENT - 1) & -OBJECT_ALIGNMENT;
    }
}
