package org.keelvm.classlib;

import java.io.IOException;
import org.keelvm.hal.Console;
import org.keelvm.hal.ErrorConsole;

/** Where bytes written to file descriptors 1 and 2 go: standard output on COM1, standard error on COM2. */
final class StandardStreams {
    private StandardStreams() {
    }

    static void write(int descriptor, int b) throws IOException {
        if (descriptor != 1 && descriptor != 2) {
            throw new IOException("Bad file descriptor");
        }
        if (descriptor == 1) {
            Console.putChar(b & 0xFF);
        } else {
            ErrorConsole.putChar(b & 0xFF);
        }
    }
}
