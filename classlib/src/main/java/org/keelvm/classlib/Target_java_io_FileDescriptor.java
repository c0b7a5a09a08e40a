package org.keelvm.classlib;

import org.keelvm.vm.substitution.Alias;
import org.keelvm.vm.substitution.Substitute;
import org.keelvm.vm.substitution.TargetClass;

/** File descriptors: the standard ones and the image's open files ({@link OpenFiles}); there is no Windows handle. */
@TargetClass(java.io.FileDescriptor.class)
final class Target_java_io_FileDescriptor {
    @Alias
    int fd;

    @Substitute
    private static void initIDs() {
    }

    @Substitute
    private static long getHandle(int fd) {
        return -1;
    }

    @Substitute
    private static boolean getAppend(int fd) {
        return false;
    }

    @Substitute
    private void close0() {
        OpenFiles.close(fd);
        fd = -1;
    }
}
