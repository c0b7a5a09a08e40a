package org.keelvm.classlib;

import org.keelvm.classlib.zip.DeflateEncoder;
import org.keelvm.classlib.zip.DeflaterHandles;
import org.keelvm.hal.Address;
import org.keelvm.vm.substitution.Inject;
import org.keelvm.vm.substitution.Substitute;
import org.keelvm.vm.substitution.TargetClass;

/**
 * {@code Deflater}'s natives over a {@link DeflateEncoder}, which compresses to the same bytes as HotSpot's zlib;
 * the stream address the JDK keeps is a {@link DeflaterHandles} handle. The four {@code deflate*} natives answer
 * as the JDK's C natives do, with the packed counts {@link DeflateEncoder#deflaterCall} describes.
 *
 * <p>Direct buffers are raw memory. zlib's choices depend on how much input and output room a call has, so a call
 * with a direct buffer stages all of it at once, through arrays of the {@code Deflater} that grow to the largest
 * call.
 */
@TargetClass(java.util.zip.Deflater.class)
final class Target_java_util_zip_Deflater {
    @Inject
    private byte[] directInputStaging;

    @Inject
    private byte[] directOutputStaging;

    @Substitute
    private static long init(int level, int strategy, boolean nowrap) {
        return DeflaterHandles.open(level, strategy, nowrap);
    }

    @Substitute
    private static void setDictionary(long addr, byte[] b, int off, int len) {
        if (!DeflaterHandles.encoder(addr).setDictionary(b, off, len)) {
            throw new IllegalArgumentException();
        }
    }

    @Substitute
    private static void setDictionaryBuffer(long addr, long bufAddress, int len) {
        byte[] dictionary = new byte[len];
        loadFromMemory(bufAddress, dictionary, len);
        setDictionary(addr, dictionary, 0, len);
    }

    @Substitute
    private long deflateBytesBytes(long addr, byte[] inputArray, int inputOffset, int inputLength,
            byte[] outputArray, int outputOffset, int outputLength, int flush, int params) {
        return DeflaterHandles.encoder(addr).deflaterCall(inputArray, inputOffset, inputLength, outputArray,
                outputOffset, outputLength, flush, params);
    }

    @Substitute
    private long deflateBytesBuffer(long addr, byte[] inputArray, int inputOffset, int inputLength,
            long outputAddress, int outputLength, int flush, int params) {
        byte[] output = outputStaging(outputLength);
        long result = DeflaterHandles.encoder(addr).deflaterCall(inputArray, inputOffset, inputLength, output, 0,
                outputLength, flush, params);
        storeToMemory(output, written(result), outputAddress);
        return result;
    }

    @Substitute
    private long deflateBufferBytes(long addr, long inputAddress, int inputLength, byte[] outputArray,
            int outputOffset, int outputLength, int flush, int params) {
        byte[] input = inputStaging(inputLength);
        loadFromMemory(inputAddress, input, inputLength);
        return DeflaterHandles.encoder(addr).deflaterCall(input, 0, inputLength, outputArray, outputOffset,
                outputLength, flush, params);
    }

    @Substitute
    private long deflateBufferBuffer(long addr, long inputAddress, int inputLength, long outputAddress,
            int outputLength, int flush, int params) {
        byte[] input = inputStaging(inputLength);
        loadFromMemory(inputAddress, input, inputLength);
        byte[] output = outputStaging(outputLength);
        long result = DeflaterHandles.encoder(addr).deflaterCall(input, 0, inputLength, output, 0, outputLength,
                flush, params);
        storeToMemory(output, written(result), outputAddress);
        return result;
    }

    @Substitute
    private static int getAdler(long addr) {
        return DeflaterHandles.encoder(addr).adler();
    }

    @Substitute
    private static void reset(long addr) {
        DeflaterHandles.encoder(addr).reset();
    }

    @Substitute
    private static void end(long addr) {
        DeflaterHandles.close(addr);
    }

    private static int written(long result) {
        return (int) (result >>> 31 & 0x7fff_ffffL);
    }

    private byte[] inputStaging(int length) {
        if (directInputStaging == null || directInputStaging.length < length) {
            directInputStaging = new byte[Math.max(length, 4096)];
        }
        return directInputStaging;
    }

    private byte[] outputStaging(int length) {
        if (directOutputStaging == null || directOutputStaging.length < length) {
            directOutputStaging = new byte[Math.max(length, 4096)];
        }
        return directOutputStaging;
    }

    private static void loadFromMemory(long address, byte[] into, int length) {
        Address start = Address.fromLong(address);
        for (int i = 0; i < length; i++) {
            into[i] = (byte) start.loadUnsignedByte(i);
        }
    }

    private static void storeToMemory(byte[] from, int length, long address) {
        Address start = Address.fromLong(address);
        for (int i = 0; i < length; i++) {
            start.storeByte(i, from[i]);
        }
    }
}
