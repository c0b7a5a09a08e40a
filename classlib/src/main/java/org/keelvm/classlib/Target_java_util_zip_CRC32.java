package org.keelvm.classlib;

import org.keelvm.classlib.zip.Crc32;
import org.keelvm.hal.Address;
import org.keelvm.vm.substitution.Substitute;
import org.keelvm.vm.substitution.TargetClass;

/** {@code CRC32}'s natives, computed by {@link Crc32}; a direct buffer is read in place, a byte at a time. */
@TargetClass(java.util.zip.CRC32.class)
final class Target_java_util_zip_CRC32 {
    @Substitute
    private static int update(int crc, int b) {
        return Crc32.update(crc, b);
    }

    @Substitute
    private static int updateBytes0(int crc, byte[] b, int off, int len) {
        return Crc32.update(crc, b, off, len);
    }

    @Substitute
    private static int updateByteBuffer0(int crc, long address, int off, int len) {
        Address start = Address.fromLong(address);
        for (int i = 0; i < len; i++) {
            crc = Crc32.update(crc, start.loadUnsignedByte(off + i));
        }
        return crc;
    }
}
