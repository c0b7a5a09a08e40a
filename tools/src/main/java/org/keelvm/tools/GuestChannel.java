package org.keelvm.tools;

import java.io.IOException;
import java.io.OutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A byte stream from a guest device to the launcher: a Unix socket in a fresh temporary directory, which QEMU
 * connects a device's character backend to (see {@link QemuCommand}: COM2 for the guest's standard error, the
 * debug console for its exit status), and whose bytes are copied, in the order they arrive, to a sink, flushed after
 * every read so that a report is seen as soon as the guest sends it.
 *
 * <p>Lifecycle: {@link #open} binds the socket; {@link #start} accepts QEMU's one connection and copies on a thread of
 * its own; {@link #finish} waits, after QEMU has exited, for the copy to reach the end of the stream; {@link #close}
 * stops listening and removes the socket and its directory.
 */
final class GuestChannel implements AutoCloseable {
    private final String name;
    private final Path directory;
    private final Path socket;
    private final ServerSocketChannel server;
    private final OutputStream sink;
    private Thread copier;

    private GuestChannel(String name, Path directory, Path socket, ServerSocketChannel server, OutputStream sink) {
        this.name = name;
        this.directory = directory;
        this.socket = socket;
        this.server = server;
        this.sink = sink;
    }

    /**
     * Binds a new socket that forwards to {@code sink}.
     *
     * @param name what the channel carries, such as {@code stderr}: the socket's name and the copier's
     * @throws CliException if the temporary directory or the socket cannot be made
     */
    static GuestChannel open(String name, OutputStream sink) throws CliException {
        Path directory;
        try {
            directory = Files.createTempDirectory("keel-");
        } catch (IOException e) {
            throw new CliException("cannot create a directory for the guest's " + name + ": " + e.getMessage());
        }
        Path socket = directory.resolve(name);
        // Should the launcher be stopped before close runs, the JVM still removes both (socket first).
        directory.toFile().deleteOnExit();
        socket.toFile().deleteOnExit();
        try {
            ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
            server.bind(UnixDomainSocketAddress.of(socket));
            return new GuestChannel(name, directory, socket, server, sink);
        } catch (IOException e) {
            deleteQuietly(directory);
            throw new CliException("cannot create the socket " + socket + " for the guest's " + name + ": "
                    + e.getMessage());
        }
    }

    /** Where QEMU connects. */
    Path socket() {
        return socket;
    }

    /** Starts accepting and copying; QEMU may connect at any time after this (before it is started, too). */
    void start() {
        copier = new Thread(this::copy, "keel-guest-" + name);
        copier.setDaemon(true);
        copier.start();
    }

    /**
     * Waits up to {@code millis} for the copy to reach the end of the stream, which QEMU closes when it exits. Call
     * only once QEMU has exited. A QEMU that failed before it connected must cost no wait, so an empty connection is
     * made first: connections are accepted in the order they arrive, so it ends a copy still waiting for QEMU and is
     * never taken for QEMU's own.
     */
    void finish(long millis) {
        if (copier == null) {
            return;
        }
        try (SocketChannel empty = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            empty.connect(UnixDomainSocketAddress.of(socket));
        } catch (IOException e) {
            // The socket is gone or full of connections; the copy then ends at close, or the join times out.
        }
        try {
            copier.join(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops listening and removes the socket and its directory. */
    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // Closing a listening socket fails only if it is already broken; there is nothing left to release.
        }
        deleteQuietly(socket);
        deleteQuietly(directory);
    }

    private void copy() {
        try (SocketChannel connection = server.accept()) {
            ByteBuffer buffer = ByteBuffer.allocate(4096);
            while (connection.read(buffer) >= 0) {
                synchronized (sink) {
                    sink.write(buffer.array(), 0, buffer.position());
                    sink.flush();
                }
                buffer.clear();
            }
        } catch (IOException e) {
            // The server was closed before anything connected, or the connection broke: nothing more to copy.
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // Left for deleteOnExit; a stale directory in the temporary directory harms nothing.
        }
    }
}
