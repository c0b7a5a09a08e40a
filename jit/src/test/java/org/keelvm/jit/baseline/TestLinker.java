package org.keelvm.jit.baseline;

import org.keelvm.jit.Linker;
import org.keelvm.jit.MemberRef;
import org.keelvm.jit.VirtualCall;

/** A linker for template tests: code that needs no links, plus a fixed offset for every instance field. */
final class TestLinker implements Linker {
    /** What {@link #instanceFieldOffset} answers. */
    static final int FIELD_OFFSET = 40;

    @Override
    public long staticMethodEntry(MemberRef method) {
        throw new AssertionError(method);
    }

    @Override
    public long staticFieldAddress(MemberRef field) {
        throw new AssertionError(field);
    }

    @Override
    public boolean isIntrinsic(MemberRef method) {
        return false;
    }

    @Override
    public long hubAddress(String type) {
        throw new AssertionError(type);
    }

    @Override
    public long classConstant(String type) {
        throw new AssertionError(type);
    }

    @Override
    public long stringConstant(String value) {
        throw new AssertionError(value);
    }

    @Override
    public int instanceFieldOffset(MemberRef field) {
        return FIELD_OFFSET;
    }

    @Override
    public VirtualCall virtualCall(MemberRef method, boolean isInterface) {
        throw new AssertionError(method);
    }

    @Override
    public boolean needsInitializationCheck(String type, String from) {
        throw new AssertionError(type);
    }
}
