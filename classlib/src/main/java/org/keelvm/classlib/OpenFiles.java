package org.keelvm.classlib;

import org.keelvm.vm.runtime.ImageFiles;

/**
 * The guest's open files: files of the image ({@link ImageFiles}) opened for reading, each under a file descriptor
 * number from 3 up (0 to 2 are the standard streams), with a read position. Paths are made absolute against
 * {@code /}, the guest's working directory, and normalized without following links (a guest has none).
 */
final class OpenFiles {
    private static final int FIRST = 3;
    private static byte[][] contents = new byte[8][];
    private static long[] positions = new long[8];

    private OpenFiles() {
    }

    /** {@code path} absolute and with {@code .}, {@code ..} and repeated slashes resolved. */
    static String normalize(String path) {
        String[] names = path.split("/");
        String[] kept = new String[names.length];
        int count = 0;
        for (String name : names) {
            if (name.isEmpty() || name.equals(".")) {
                continue;
            }
            if (name.equals("..")) {
                if (count > 0) {
                    count--;
                }
            } else {
                kept[count++] = name;
            }
        }
        if (count == 0) {
            return "/";
        }
        StringBuilder normalized = new StringBuilder();
        for (int i = 0; i < count; i++) {
            normalized.append('/').append(kept[i]);
        }
        return normalized.toString();
    }

    /** Opens the image file at {@code path} and returns its descriptor, or -1 if the image has no such file. */
    static int open(String path) {
        byte[] file = ImageFiles.file(normalize(path));
        if (file == null) {
            return -1;
        }
        for (int i = 0; i < contents.length; i++) {
            if (contents[i] == null) {
                contents[i] = file;
                positions[i] = 0;
                return FIRST + i;
            }
        }
        int slot = contents.length;
        contents = java.util.Arrays.copyOf(contents, slot * 2);
        positions = java.util.Arrays.copyOf(positions, slot * 2);
        contents[slot] = file;
        return FIRST + slot;
    }

    /** Whether {@code fd} is an open image file. */
    static boolean isOpen(int fd) {
        return fd >= FIRST && fd - FIRST < contents.length && contents[fd - FIRST] != null;
    }

    /** The next byte of open file {@code fd}, or -1 at its end. */
    static int read(int fd) {
        byte[] file = contents[fd - FIRST];
        long position = positions[fd - FIRST];
        if (position >= file.length) {
            return -1;
        }
        positions[fd - FIRST] = position + 1;
        return file[(int) position] & 0xFF;
    }

    /** Reads up to {@code length} bytes of open file {@code fd} into {@code into}; -1 at its end. */
    static int read(int fd, byte[] into, int offset, int length) {
        if (length == 0) {
            return 0;
        }
        byte[] file = contents[fd - FIRST];
        int position = (int) Math.min(positions[fd - FIRST], file.length);
        int count = Math.min(length, file.length - position);
        if (count <= 0) {
            return -1;
        }
        System.arraycopy(file, position, into, offset, count);
        positions[fd - FIRST] = position + count;
        return count;
    }

    /** The bytes of open file {@code fd} from its position to its end. */
    static int available(int fd) {
        return (int) Math.max(0, contents[fd - FIRST].length - positions[fd - FIRST]);
    }

    /** Moves the position of {@code fd} by {@code count} (not past the end when forward) and returns the move. */
    static long skip(int fd, long count) {
        long position = positions[fd - FIRST];
        long target = Math.max(0, Math.min(position + count, contents[fd - FIRST].length));
        positions[fd - FIRST] = target;
        return target - position;
    }

    /** The length of open file {@code fd}. */
    static long length(int fd) {
        return contents[fd - FIRST].length;
    }

    /** The position of open file {@code fd}. */
    static long position(int fd) {
        return positions[fd - FIRST];
    }

    /** Closes {@code fd} if it is an open image file. */
    static void close(int fd) {
        if (isOpen(fd)) {
            contents[fd - FIRST] = null;
        }
    }
}
