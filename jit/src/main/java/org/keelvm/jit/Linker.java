package org.keelvm.jit;

/**
 * What the compiler needs to know about the world outside the method it compiles. On the host the image builder
 * answers from its class universe and image layout; in the guest the VM will answer from its class metadata. Every
 * address is absolute: the image is loaded at a fixed physical address and identity-mapped, and everything compiled
 * code names directly (statics table, hubs, constants of the image heap) lies below 2 GiB.
 *
 * <p>Types are named by internal name ({@code java/lang/String}) or, for arrays, by descriptor ({@code [I},
 * {@code [Ljava/lang/String;}), as bytecode names them.
 */
public interface Linker {
    /**
     * The address of the 8-byte entry in the statics table through which calls to {@code method} go: static
     * methods, and the methods {@code invokespecial} and non-virtual {@code invokevirtual} calls select. The entry
     * holds the address of the method's code (or, later, of a stub that compiles it first).
     */
    long staticMethodEntry(MemberRef method);

    /** The address of the 8-byte slot that holds static field {@code field}. */
    long staticFieldAddress(MemberRef field);

    /** Whether {@code method} is an {@code @Intrinsic}: expanded at the call site instead of called. */
    boolean isIntrinsic(MemberRef method);

    /** The address of the hub of {@code type}. */
    long hubAddress(String type);

    /** The address of the {@code java.lang.Class} object of {@code type} ({@code ldc} of a class). */
    long classConstant(String type);

    /** The address of the interned {@code String} with value {@code value} ({@code ldc} of a string). */
    long stringConstant(String value);

    /** The byte offset of instance field {@code field} in its objects (see {@code ObjectHeader}). */
    int instanceFieldOffset(MemberRef field);

    /**
     * How {@code invokevirtual} or {@code invokeinterface} of {@code method} dispatches: through a vtable index,
     * through an interface's method table, or directly (a private or otherwise non-overridable method).
     */
    VirtualCall virtualCall(MemberRef method, boolean isInterface);

    /**
     * Whether code of class {@code from} must check that {@code type} is initialized before a static access, a
     * static call or a {@code new}: false when {@code type} is {@code from} or one of its superclasses (being inside
     * their code means their initialization has begun), or needs no initialization at all.
     */
    boolean needsInitializationCheck(String type, String from);
}
