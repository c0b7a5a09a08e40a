package org.keelvm.boot.universe;

import java.util.Map;
import org.keelvm.boot.BuildException;

/**
 * JDK classes whose static fields the virtual machine supplies rather than their class initializer: HotSpot writes
 * them when it starts, here they are written into the image. Such a class is initialized at build time: its hub
 * starts {@code INITIALIZED}, its {@code <clinit>} (which only stores placeholders) is never compiled, and each
 * static field starts with the value this table gives.
 *
 * <p>{@code jdk.internal.misc.UnsafeConstants}: the machine facts {@code Unsafe} reads (an x86-64 with 4 KiB pages,
 * little-endian, unaligned access allowed, no cache-line write-back support).
 */
public final class BuildTimeValues {
    private static final Map<String, Map<String, Object>> CLASSES = Map.of(
            "jdk/internal/misc/UnsafeConstants", Map.of(
                    "ADDRESS_SIZE0", 8,
                    "PAGE_SIZE", 4096,
                    "BIG_ENDIAN", false,
                    "UNALIGNED_ACCESS", true,
                    "DATA_CACHE_LINE_FLUSH_SIZE", 0));

    private BuildTimeValues() {
    }

    /** Whether class {@code type} (internal name) is initialized at build time from this table. */
    public static boolean initializes(String type) {
        return CLASSES.containsKey(type);
    }

    /**
     * The initial value of static field {@code name} of such a class, as the statics table stores it: an
     * {@code Integer} for {@code int} and {@code boolean} (1 or 0) fields, a {@code Long} for {@code long} ones.
     */
    public static Object value(String type, String name) throws BuildException {
        Object value = CLASSES.get(type).get(name);
        if (value == null) {
            throw new BuildException("no build-time value for static field " + type.replace('/', '.') + "."
                    + name);
        }
        return value instanceof Boolean b ? (b ? 1 : 0) : value;
    }
}
