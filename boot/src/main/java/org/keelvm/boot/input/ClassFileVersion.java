package org.keelvm.boot.input;

/**
 * The major version of a class file, and how it relates to the Java releases Keel can compile.
 */
final class ClassFileVersion {
    /** The newest class-file major version Keel compiles: Java 17. */
    static final int MAX_SUPPORTED_MAJOR = 61;

    private static final int MAGIC = 0xCAFEBABE;
    /** Major versions count up by one per release from Java 5 (49) on, so the release is the major minus 44. */
    private static final int RELEASE_OFFSET = 44;
    private static final int JAVA_5_MAJOR = 49;

    private ClassFileVersion() {
    }

    /**
     * The major version of {@code classFile}, or {@code -1} when it does not start like a class file.
     */
    static int major(byte[] classFile) {
        if (classFile.length < 8) {
            return -1;
        }
        int magic = (classFile[0] & 0xff) << 24 | (classFile[1] & 0xff) << 16 | (classFile[2] & 0xff) << 8
                | (classFile[3] & 0xff);
        if (magic != MAGIC) {
            return -1;
        }
        return (classFile[6] & 0xff) << 8 | (classFile[7] & 0xff);
    }

    /** The Java release that introduced {@code major}, as people name it: "Java 21", "Java 1.4". */
    static String release(int major) {
        if (major >= JAVA_5_MAJOR) {
            return "Java " + (major - RELEASE_OFFSET);
        }
        // Java 1.1 (45) through 1.4 (48) all precede the one-version-per-release numbering.
        return "Java 1." + Math.max(1, major - RELEASE_OFFSET);
    }
}
