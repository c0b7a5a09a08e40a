package org.keelvm.vm.runtime;

import org.keelvm.vm.object.Hub;

/** The hubs of the primitive types, for {@code Class.getPrimitiveClass}. */
public final class PrimitiveTypes {
    /** Descriptor letters, in the order of {@link #hubs}. */
    public static final String DESCRIPTORS = "ZBCSIJFDV";

    /** The hubs of {@code boolean, byte, char, short, int, long, float, double, void}; set by the image builder. */
    static Hub[] hubs = new Hub[0];

    private PrimitiveTypes() {
    }

    /** The hub of the primitive type named {@code name} ({@code "int"}); throws if there is none. */
    public static Hub hub(String name) {
        for (int i = 0; i < hubs.length; i++) {
            if (hubs[i].name.equals(name)) {
                return hubs[i];
            }
        }
        throw new IllegalArgumentException(name);
    }

    /** The hub of the primitive type whose descriptor letter is {@code descriptor} ({@code I} for {@code int}). */
    public static Hub hubOf(char descriptor) {
        int index = DESCRIPTORS.indexOf(descriptor);
        if (index < 0) {
            throw new IllegalArgumentException(String.valueOf(descriptor));
        }
        return hubs[index];
    }

    /** The descriptor letter of primitive type {@code hub} ({@code I} for {@code int}). */
    public static char descriptor(Hub hub) {
        for (int i = 0; i < hubs.length; i++) {
            if (hubs[i] == hub) {
                return DESCRIPTORS.charAt(i);
            }
        }
        throw new IllegalArgumentException(hub.name);
    }
}
