package org.keelvm.boot;

import java.nio.file.Path;

/**
 * What a finished build produced.
 *
 * @param image        the image written
 * @param classes      classes that contributed compiled code
 * @param methods      methods compiled into the image
 * @param codeBytes    bytes of machine code, boot stub included
 * @param dataBytes    bytes of the data segment: page tables, descriptor tables, the statics table, the boot stack
 * @param imageBytes   size of the image file
 * @param millis       wall time of the build
 */
public record BuildReport(Path image, int classes, int methods, long codeBytes, long dataBytes, long imageBytes,
                          long millis) {
}
