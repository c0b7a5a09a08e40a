package org.keelvm.jit;

/**
 * What the compiler needs to know about the world outside the method it compiles. On the host the image builder
 * answers from its class universe and image layout; in the guest the VM will answer from its class metadata. Every
 * address is absolute: the image is loaded at a fixed physical address and identity-mapped.
 */
public interface Linker {
    /**
     * The address of the 8-byte entry in the statics table through which calls to {@code method} go. The entry holds
     * the address of the method's code (or, later, of a stub that compiles it first).
     */
    long staticMethodEntry(MemberRef method);

    /** The address of the 8-byte slot that holds static field {@code field}. */
    long staticFieldAddress(MemberRef field);

    /** Whether {@code method} is an {@code @Intrinsic}: expanded at the call site instead of called. */
    boolean isIntrinsic(MemberRef method);
}
