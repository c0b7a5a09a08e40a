package org.keelvm.vm.runtime;

import org.keelvm.vm.object.Hub;

/**
 * The classes an image knows by name, for {@code Class.forName} and the class loaders' lookups: the image's hubs,
 * sorted by name (set by the image builder), and the array classes made at run time.
 */
public final class ClassRegistry {
    /** The image's hubs, ascending by {@link Hub#name}; set by the image builder. */
    static Hub[] hubs = new Hub[0];
    private static Hub[] made = new Hub[0];
    private static int madeCount;

    private ClassRegistry() {
    }

    /** The hub of the class named {@code name} as {@code Class.getName} spells it, or {@code null}. */
    public static Hub lookup(String name) {
        Hub[] all = hubs;
        int low = 0;
        int high = all.length - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int order = all[middle].name.compareTo(name);
            if (order < 0) {
                low = middle + 1;
            } else if (order > 0) {
                high = middle - 1;
            } else {
                return all[middle];
            }
        }
        for (int i = 0; i < madeCount; i++) {
            if (made[i].name.equals(name)) {
                return made[i];
            }
        }
        return null;
    }

    /** Records a hub made at run time. */
    static void add(Hub hub) {
        if (madeCount == made.length) {
            Hub[] larger = new Hub[Math.max(8, 2 * made.length)];
            System.arraycopy(made, 0, larger, 0, madeCount);
            made = larger;
        }
        made[madeCount++] = hub;
    }
}
