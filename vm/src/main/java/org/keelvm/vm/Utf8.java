package org.keelvm.vm;

/** UTF-8 decoding for what the VM reads before the JDK's charsets run: the command line. */
final class Utf8 {
    private Utf8() {
    }

    /** The string that the first {@code length} bytes encode; malformed sequences become U+FFFD. */
    static String decode(byte[] bytes, int length) {
        char[] chars = new char[length];
        int count = 0;
        int at = 0;
        while (at < length) {
            int b = bytes[at] & 0xFF;
            int extra = b < 0x80 ? 0 : b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : b >= 0xC0 ? 1 : -1;
            if (extra < 0 || at + extra >= length) {
                chars[count++] = '\uFFFD';
                at++;
                continue;
            }
            int code = extra == 0 ? b : b & (0x3F >> extra);
            boolean valid = true;
            for (int i = 1; i <= extra; i++) {
                int next = bytes[at + i] & 0xFF;
                valid &= (next & 0xC0) == 0x80;
                code = code << 6 | next & 0x3F;
            }
            at += extra + 1;
            if (!valid) {
                chars[count++] = '\uFFFD';
            } else if (code >= 0x10000) {
                chars[count++] = (char) (0xD7C0 + (code >> 10));
                chars[count++] = (char) (0xDC00 | code & 0x3FF);
            } else {
                chars[count++] = (char) code;
            }
        }
        return new String(chars, 0, count);
    }
}
