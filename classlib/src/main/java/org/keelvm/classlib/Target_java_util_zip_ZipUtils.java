package org.keelvm.classlib;

import org.keelvm.vm.substitution.Substitute;
import org.keelvm.vm.substitution.TargetClass;

/**
 * {@code java.util.zip}'s natives are Java substitutions ({@link Target_java_util_zip_Inflater},
 * {@link Target_java_util_zip_CRC32}, {@link Target_java_util_zip_Adler32}), so there is no {@code libzip} to load.
 */
@TargetClass(className = "java.util.zip.ZipUtils")
final class Target_java_util_zip_ZipUtils {
    @Substitute
    static void loadLibrary() {
    }
}
