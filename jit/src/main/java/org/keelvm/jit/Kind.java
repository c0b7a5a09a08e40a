package org.keelvm.jit;

import org.objectweb.asm.Type;

/**
 * How the compiler holds a Java value: which register class carries it and how wide it is in memory. Word types
 * ({@code @Unboxed}) and references are both 64-bit {@link #REFERENCE}-shaped values to the baseline compiler; the
 * reference maps of a later issue tell them apart.
 */
public enum Kind {
    /** {@code int} and its sub-word types {@code boolean}, {@code byte}, {@code char}, {@code short}. */
    INT,
    /** {@code long}. */
    LONG,
    /** {@code float}. */
    FLOAT,
    /** {@code double}. */
    DOUBLE,
    /** An object reference or a machine word. */
    REFERENCE,
    /** No value ({@code void} results). */
    VOID;

    /** The kind of values of {@code type}. */
    public static Kind of(Type type) {
        switch (type.getSort()) {
            case Type.BOOLEAN:
            case Type.BYTE:
            case Type.CHAR:
            case Type.SHORT:
            case Type.INT:
                return INT;
            case Type.LONG:
                return LONG;
            case Type.FLOAT:
                return FLOAT;
            case Type.DOUBLE:
                return DOUBLE;
            case Type.VOID:
                return VOID;
            default:
                return REFERENCE;
        }
    }

    /** Whether values of this kind travel in XMM registers. */
    public boolean isFloating() {
        return this == FLOAT || this == DOUBLE;
    }
}
