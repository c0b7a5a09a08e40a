package org.keelvm.classlib;

import java.io.FileDescriptor;
import org.keelvm.vm.substitution.Alias;
import org.keelvm.vm.substitution.Substitute;
import org.keelvm.vm.substitution.TargetClass;

/**
 * Reading files: the image's own files ({@link OpenFiles}); standard input is empty until the console reads input.
 */
@TargetClass(java.io.FileInputStream.class)
final class Target_java_io_FileInputStream {
    @Alias
    private FileDescriptor fd;

    @Substitute
    private static void initIDs() {
    }

    @Substitute
    private void open0(String name) throws java.io.FileNotFoundException {
        int opened = OpenFiles.open(name);
        if (opened < 0) {
            throw new java.io.FileNotFoundException(name + " (No such file or directory)");
        }
        ((Target_java_io_FileDescriptor) (Object) fd).fd = opened;
    }

    @Substitute
    private int read0() throws java.io.IOException {
        int file = descriptor();
        return OpenFiles.isOpen(file) ? OpenFiles.read(file) : -1;
    }

    @Substitute
    private int readBytes(byte[] b, int off, int len) throws java.io.IOException {
        java.util.Objects.checkFromIndexSize(off, len, b.length);
        int file = descriptor();
        return OpenFiles.isOpen(file) ? OpenFiles.read(file, b, off, len) : (len == 0 ? 0 : -1);
    }

    @Substitute
    private int available0() throws java.io.IOException {
        int file = descriptor();
        return OpenFiles.isOpen(file) ? OpenFiles.available(file) : 0;
    }

    @Substitute
    private long skip0(long n) throws java.io.IOException {
        int file = descriptor();
        return OpenFiles.isOpen(file) ? OpenFiles.skip(file, n) : 0;
    }

    @Substitute
    private long length0() throws java.io.IOException {
        int file = descriptor();
        return OpenFiles.isOpen(file) ? OpenFiles.length(file) : 0;
    }

    @Substitute
    private long position0() throws java.io.IOException {
        int file = descriptor();
        return OpenFiles.isOpen(file) ? OpenFiles.position(file) : 0;
    }

    private int descriptor() throws java.io.IOException {
        if (fd == null) {
            throw new java.io.IOException("Stream Closed");
        }
        return ((Target_java_io_FileDescriptor) (Object) fd).fd;
    }
}
