package org.keelvm.tools;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.keelvm.boot.elf.ElfReader;
import org.keelvm.boot.elf.ImageFormatException;

/**
 * Checks that a file is a bootable Keel image before QEMU is started on it, since QEMU's own complaints about a bad
 * kernel are cryptic and some bad images would boot into a hang instead.
 */
final class ImageCheck {
    private ImageCheck() {
    }

    /**
     * Reads and validates the image.
     *
     * @throws CliException naming the file and the reason when it is missing, unreadable or not a Keel image
     */
    static void validate(Path image) throws CliException {
        if (Files.isDirectory(image)) {
            throw notAnImage(image, "it is a directory");
        }
        if (!Files.exists(image)) {
            throw notAnImage(image, "no such file");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(image);
        } catch (AccessDeniedException e) {
            throw new CliException("cannot read " + image + ": permission denied");
        } catch (IOException | OutOfMemoryError e) {
            throw new CliException("cannot read " + image + ": " + e.getMessage());
        }
        try {
            ElfReader.read(bytes);
        } catch (ImageFormatException e) {
            throw notAnImage(image, e.getMessage());
        }
    }

    private static CliException notAnImage(Path image, String reason) {
        return new CliException(image + " is not a Keel image: " + reason);
    }
}
