package org.keelvm.classlib;

import java.io.FileDescriptor;
import java.io.IOException;
import org.keelvm.vm.substitution.Alias;
import org.keelvm.vm.substitution.Substitute;
import org.keelvm.vm.substitution.TargetClass;

/** Output to file descriptors 1 and 2 goes to the console; a guest has no files to open yet. */
@TargetClass(java.io.FileOutputStream.class)
final class Target_java_io_FileOutputStream {
    @Alias
    private FileDescriptor fd;

    @Substitute
    private static void initIDs() {
    }

    @Substitute
    private void open0(String name, boolean append) throws java.io.FileNotFoundException {
        throw new java.io.FileNotFoundException(name + " (No such file or directory)");
    }

    @Substitute
    private void write(int b, boolean append) throws IOException {
        StandardStreams.write(descriptor(), b);
    }

    @Substitute
    private void writeBytes(byte[] b, int off, int len, boolean append) throws IOException {
        int descriptor = descriptor();
        for (int i = 0; i < len; i++) {
            StandardStreams.write(descriptor, b[off + i]);
        }
    }

    private int descriptor() {
        return ((Target_java_io_FileDescriptor) (Object) fd).fd;
    }
}
