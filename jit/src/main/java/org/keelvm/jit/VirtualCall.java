package org.keelvm.jit;

/**
 * How a virtual or interface call dispatches. Exactly one form applies:
 * <ul>
 *   <li>{@link #vtableIndex} &ge; 0: through the receiver's vtable;
 *   <li>{@link #interfaceType} non-null: through the receiver's method table for that interface, at
 *       {@link #itableIndex};
 *   <li>otherwise directly, through {@link #direct}'s statics-table entry (after a null check of the receiver).
 * </ul>
 */
public record VirtualCall(int vtableIndex, String interfaceType, int itableIndex, MemberRef direct) {
    /** A call through vtable slot {@code index}. */
    public static VirtualCall vtable(int index) {
        return new VirtualCall(index, null, -1, null);
    }

    /** A call through slot {@code index} of the method table of interface {@code type}. */
    public static VirtualCall itable(String type, int index) {
        return new VirtualCall(-1, type, index, null);
    }

    /** A call that needs no dispatch: always to {@code method}. */
    public static VirtualCall direct(MemberRef method) {
        return new VirtualCall(-1, null, -1, method);
    }
}
