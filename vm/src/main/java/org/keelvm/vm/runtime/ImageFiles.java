package org.keelvm.vm.runtime;

/**
 * The read-only files an image carries, set by the image builder: class-path resources (what
 * {@code Class.getResourceAsStream} finds: the JDK's data files such as {@code java/util/currency.data}) and the files
 * of the guest's {@code java.home} that the JDK opens by path ({@code /lib/tzdb.dat},
 * {@code /conf/security/java.security}). Each kind is two parallel arrays, names ascending.
 */
public final class ImageFiles {
    /** Resource names without a leading slash ({@code java/util/currency.data}), ascending; set by the builder. */
    static String[] resourceNames = new String[0];
    /** Their contents. */
    static byte[][] resourceContents = new byte[0][];
    /** Absolute paths of the guest's files, ascending; set by the builder. */
    static String[] fileNames = new String[0];
    /** Their contents. */
    static byte[][] fileContents = new byte[0][];
    /** Bit of {@link #attributes}: the path names a file or directory. */
    public static final int EXISTS = 0x01;
    /** Bit of {@link #attributes}: the path names a regular file. */
    public static final int REGULAR = 0x02;
    /** Bit of {@link #attributes}: the path names a directory. */
    public static final int DIRECTORY = 0x04;

    private ImageFiles() {
    }

    /** The contents of resource {@code name} (no leading slash), or {@code null} if the image has none. */
    public static byte[] resource(String name) {
        int index = indexOf(resourceNames, name);
        return index < 0 ? null : resourceContents[index];
    }

    /** The contents of the file at absolute, normalized {@code path}, or {@code null} if there is none. */
    public static byte[] file(String path) {
        int index = indexOf(fileNames, path);
        return index < 0 ? null : fileContents[index];
    }

    /** {@link #EXISTS}, {@link #REGULAR} and {@link #DIRECTORY} for absolute, normalized {@code path}. */
    public static int attributes(String path) {
        if (indexOf(fileNames, path) >= 0) {
            return EXISTS | REGULAR;
        }
        String prefix = path.endsWith("/") ? path : path + "/";
        int insertion = -indexOf(fileNames, prefix) - 1;
        if (insertion < fileNames.length && fileNames[insertion].startsWith(prefix)) {
            return EXISTS | DIRECTORY;
        }
        return 0;
    }

    private static int indexOf(String[] names, String name) {
        int low = 0;
        int high = names.length - 1;
        while (low <= high) {
            int middle = (low + high) >>> 1;
            int order = names[middle].compareTo(name);
            if (order < 0) {
                low = middle + 1;
            } else if (order > 0) {
                high = middle - 1;
            } else {
                return middle;
            }
        }
        return -(low + 1);
    }
}
