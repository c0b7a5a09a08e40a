package org.keelvm.tools.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Machine-level debugging of a Keel image: {@code gdb} on the image file, attached to QEMU's gdb stub, stops at a
 * breakpoint set by a Java method's symbol name, and sees the method's first argument in {@code rdi} as the calling
 * convention puts it.
 */
class GdbIT {
    private static final String FIBONACCI = "org.keelvm.examples.Primes.fibonacci(I)J";

    @Test
    void breakpointOnAJavaMethodStopsThereWithItsArgument() throws Exception {
        Repository.require(Repository.KEEL_JAR, "run mvn package first");
        Files.createDirectories(Repository.WORK);
        Path image = Repository.WORK.resolve("gdb.img");
        Outcome build = Outcome.run(Repository.ROOT, List.of(Repository.JAVA.toString(), "-jar",
                Repository.KEEL_JAR.toString(), "build", Repository.EXAMPLES_JAR.toString(), "-o", image.toString()));
        assertEquals(0, build.status(), build.toString());

        int port = freePort();
        Process qemu = new ProcessBuilder("qemu-system-x86_64", "-M", "microvm", "-accel", "tcg", "-m", "128",
                "-nodefaults", "-no-user-config", "-nographic", "-no-reboot", "-serial", "null",
                "-device", "isa-debug-exit,iobase=0xf4,iosize=0x04", "-kernel", image.toString(),
                "-gdb", "tcp:127.0.0.1:" + port, "-S")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            Outcome gdb = Outcome.run(Repository.ROOT, List.of("gdb", "-batch", "-nx",
                    "-ex", "target remote 127.0.0.1:" + port,
                    "-ex", "break '" + FIBONACCI + "'",
                    "-ex", "continue",
                    "-ex", "info registers rdi",
                    "-ex", "kill",
                    image.toString()));
            assertTrue(gdb.stdout().contains("Breakpoint 1, 0x"), gdb.toString());
            assertTrue(gdb.stdout().contains(" in " + FIBONACCI + " ()"), gdb.toString());
            // The example's first call is fibonacci(10).
            assertTrue(gdb.stdout().matches("(?s).*\\nrdi\\s+0xa\\s+10\\n.*"), gdb.toString());
        } finally {
            qemu.destroyForcibly();
            qemu.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** A TCP port that was free a moment ago (QEMU binds it right after; a race here is harmless in practice). */
    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
