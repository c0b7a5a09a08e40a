package org.keelvm.boot;

import java.io.ByteArrayOutputStream;

/** The text segment as it grows: pieces of code appended at aligned addresses, padded with {@code int3}. */
final class Text {
    private static final int INT3 = 0xCC;

    private final long base;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    Text(long base) {
        this.base = base;
    }

    /** Appends {@code code} at the next multiple of {@code alignment}; returns its address. */
    long append(byte[] code, int alignment) {
        while (bytes.size() % alignment != 0) {
            bytes.write(INT3);
        }
        long address = base + bytes.size();
        bytes.writeBytes(code);
        return address;
    }

    int size() {
        return bytes.size();
    }

    byte[] bytes() {
        return bytes.toByteArray();
    }
}
