package org.keelvm.classlib;

import org.keelvm.vm.substitution.Substitute;
import org.keelvm.vm.substitution.TargetClass;

/** Standard input is empty until the console reads input; a guest has no files to open yet. */
@TargetClass(java.io.FileInputStream.class)
final class Target_java_io_FileInputStream {
    @Substitute
    private static void initIDs() {
    }

    @Substitute
    private void open0(String name) throws java.io.FileNotFoundException {
        throw new java.io.FileNotFoundException(name + " (No such file or directory)");
    }

    @Substitute
    private int read0() {
        return -1;
    }

    @Substitute
    private int readBytes(byte[] b, int off, int len) {
        return -1;
    }

    @Substitute
    private int available0() {
        return 0;
    }
}
