package org.keelvm.tools;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class GuestChannelTest {
    private static final long WAIT_MILLIS = 5000;

    @Test
    void bytesSentToTheSocketReachTheSinkInOrder() throws Exception {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        byte[] first = "Exception in thread \"main\" X\n".getBytes(StandardCharsets.UTF_8);
        byte[] second = "\tat A.b(A.java:1)\n\u00e9".getBytes(StandardCharsets.UTF_8);
        try (GuestChannel stream = GuestChannel.open("stderr", sink)) {
            stream.start();
            try (SocketChannel qemu = SocketChannel.open(StandardProtocolFamily.UNIX)) {
                qemu.connect(UnixDomainSocketAddress.of(stream.socket()));
                qemu.write(ByteBuffer.wrap(first));
                qemu.write(ByteBuffer.wrap(second));
            }
            stream.finish(WAIT_MILLIS);
        }
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        expected.write(first);
        expected.write(second);
        synchronized (sink) {
            assertArrayEquals(expected.toByteArray(), sink.toByteArray());
        }
    }

    @Test
    void closeRemovesTheSocketAndItsDirectory() throws Exception {
        Path socket;
        try (GuestChannel stream = GuestChannel.open("stderr", new ByteArrayOutputStream())) {
            socket = stream.socket();
            assertTrue(Files.exists(socket));
        }
        assertFalse(Files.exists(socket));
        assertFalse(Files.exists(socket.getParent()));
    }

    @Test
    void finishDoesNotWaitForAQemuThatNeverConnected() throws Exception {
        try (GuestChannel stream = GuestChannel.open("stderr", new ByteArrayOutputStream())) {
            stream.start();
            long start = System.nanoTime();
            stream.finish(WAIT_MILLIS);
            assertTrue(System.nanoTime() - start < WAIT_MILLIS * 1_000_000L / 2, "finish waited for a connection");
        }
    }
}
