package org.keelvm.classlib;

import org.keelvm.vm.runtime.ImageFiles;
import org.keelvm.vm.substitution.Substitute;
import org.keelvm.vm.substitution.TargetClass;

/**
 * The guest's file system is the image's read-only files ({@link ImageFiles}) and the directories above them; no
 * path is a symbolic link, so canonical paths are the absolute paths with {@code .} and {@code ..} resolved.
 */
@TargetClass(className = "java.io.UnixFileSystem")
final class Target_java_io_UnixFileSystem {
    @Substitute
    private static void initIDs() {
    }

    @Substitute
    private String canonicalize0(String path) throws java.io.IOException {
        return OpenFiles.normalize(path);
    }

    @Substitute
    public int getBooleanAttributes0(java.io.File file) {
        // ImageFiles' bits are java.io.FileSystem's BA_EXISTS, BA_REGULAR and BA_DIRECTORY.
        return ImageFiles.attributes(OpenFiles.normalize(file.getPath()));
    }

    @Substitute
    public long getLength(java.io.File file) {
        byte[] contents = ImageFiles.file(OpenFiles.normalize(file.getPath()));
        return contents == null ? 0 : contents.length;
    }

    @Substitute
    public long getLastModifiedTime(java.io.File file) {
        return 0;
    }

    @Substitute
    public boolean checkAccess(java.io.File file, int access) {
        // java.io.FileSystem.ACCESS_READ: the image's files can be read, nothing else.
        return access == 0x04 && ImageFiles.attributes(OpenFiles.normalize(file.getPath())) != 0;
    }

    @Substitute
    public String[] list(java.io.File directory) {
        return null;
    }
}
