package org.keelvm.vm.runtime;

import org.keelvm.hal.ErrorConsole;
import org.keelvm.hal.Machine;

/** What happens when memory runs out, until the collector can free some. */
final class Heap {
    /** Exit status when the heap is exhausted: the one HotSpot's launcher uses for a fatal VM error. */
    static final int EXIT_OUT_OF_MEMORY = 3;

    private Heap() {
    }

    /** Reports on the error stream that a request of {@code bytes} found no memory, and leaves the machine. */
    static void exhausted(long bytes) {
        ErrorConsole.print("keel: heap exhausted (no garbage collector yet) allocating ");
        ErrorConsole.print(bytes);
        ErrorConsole.println(" bytes");
        Machine.exit(EXIT_OUT_OF_MEMORY);
    }
}
