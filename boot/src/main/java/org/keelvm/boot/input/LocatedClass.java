package org.keelvm.boot.input;

import java.nio.file.Path;

/**
 * A class file together with the class-path entry it was taken from, so that messages can say where it came from.
 *
 * @param bytes     the class file
 * @param container the jar or directory that holds it
 */
record LocatedClass(byte[] bytes, Path container) {
}
