package org.keelvm.classlib;

import org.keelvm.hal.Address;
import org.keelvm.vm.substitution.Substitute;
import org.keelvm.vm.substitution.TargetClass;

/**
 * {@code Adler32}'s natives, computed by {@link org.keelvm.classlib.zip.Adler32}; a direct buffer is read in place,
 * a byte at a time.
 */
@TargetClass(java.util.zip.Adler32.class)
final class Target_java_util_zip_Adler32 {
    @Substitute
    private static int update(int adler, int b) {
        return org.keelvm.classlib.zip.Adler32.update(adler, b);
    }

    @Substitute
    private static int updateBytes(int adler, byte[] b, int off, int len) {
        return org.keelvm.classlib.zip.Adler32.update(adler, b, off, len);
    }

    @Substitute
    private static int updateByteBuffer(int adler, long address, int off, int len) {
        Address start = Address.fromLong(address);
        for (int i = 0; i < len; i++) {
            adler = org.keelvm.classlib.zip.Adler32.update(adler, start.loadUnsignedByte(off + i));
        }
        return adler;
    }
}
