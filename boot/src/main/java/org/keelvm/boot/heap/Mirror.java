package org.keelvm.boot.heap;

import org.keelvm.vm.object.Hub;

/**
 * The build-time stand-in for a {@code java.lang.Class} object of the image: the image heap writes it in the target
 * JDK's layout of {@code Class}, with its name, its component type and the injected hub field set.
 */
public final class Mirror {
    final Hub hub;
    Mirror componentType;

    Mirror(Hub hub) {
        this.hub = hub;
    }
}
