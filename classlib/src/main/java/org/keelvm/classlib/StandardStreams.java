package org.keelvm.classlib;

import java.io.IOException;
import org.keelvm.hal.Console;

/** Where bytes written to file descriptors 1 (standard output) and 2 (standard error) go: the console. */
final class StandardStreams {
    private StandardStreams() {
    }

    static void write(int descriptor, int b) throws IOException {
        if (descriptor != 1 && descriptor != 2) {
            throw new IOException("Bad file descriptor");
        }
        Console.putChar(b & 0xFF);
    }
}
