package org.keelvm.boot.elf;

/**
 * An image that cannot be booted because its bytes are not a well-formed Keel ELF image. The message is one line that
 * names the problem, such as {@code "no PVH entry note (Xen note type 18)"}, fit to be shown to the user as it is.
 */
public final class ImageFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with its one-line {@code message}. */
    public ImageFormatException(String message) {
        super(message);
    }
}
