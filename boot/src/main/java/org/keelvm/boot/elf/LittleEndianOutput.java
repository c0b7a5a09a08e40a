package org.keelvm.boot.elf;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** A growing byte array that ELF structures are written into in file order, little-endian as x86-64 wants. */
final class LittleEndianOutput {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    /** The number of bytes written so far, which is the file offset of the next byte. */
    long position() {
        return bytes.size();
    }

    void u8(int value) {
        bytes.write(value);
    }

    void u16(int value) {
        u8(value);
        u8(value >>> 8);
    }

    void u32(long value) {
        u16((int) value);
        u16((int) (value >>> 16));
    }

    void u64(long value) {
        u32(value);
        u32(value >>> 32);
    }

    void bytes(byte[] value) {
        bytes.writeBytes(value);
    }

    /** Writes {@code value} in UTF-8 followed by the terminating NUL. */
    void cString(String value) {
        bytes(value.getBytes(StandardCharsets.UTF_8));
        u8(0);
    }

    /** Writes zeros up to {@code offset}, which must not lie behind the current position. */
    void padTo(long offset) {
        if (offset < position()) {
            throw new IllegalStateException("layout error: offset " + offset + " is behind " + position());
        }
        while (position() < offset) {
            u8(0);
        }
    }

    byte[] toByteArray() {
        return bytes.toByteArray();
    }
}
