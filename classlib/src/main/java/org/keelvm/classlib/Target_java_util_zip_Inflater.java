package org.keelvm.classlib;

import java.util.zip.DataFormatException;
import org.keelvm.classlib.zip.DeflateDecoder;
import org.keelvm.classlib.zip.InflaterHandles;
import org.keelvm.hal.Address;
import org.keelvm.vm.substitution.Alias;
import org.keelvm.vm.substitution.Inject;
import org.keelvm.vm.substitution.Substitute;
import org.keelvm.vm.substitution.TargetClass;

/**
 * {@code Inflater}'s natives over a {@link DeflateDecoder}; the stream address the JDK keeps is an
 * {@link InflaterHandles} handle. The four {@code inflate*} natives answer as the JDK's own C natives do:
 *
 * <pre>
 *   63          62         61                 31 30                 0
 *  +-----------+----------+---------------------+--------------------+
 *  | needsDict | finished |   output written    |   input consumed   |
 *  +-----------+----------+---------------------+--------------------+
 * </pre>
 *
 * and for a corrupt stream throw {@code DataFormatException} after storing the two counts in
 * {@code inputConsumed} and {@code outputConsumed}, from which {@code Inflater.inflate} advances its input and
 * totals before passing the exception on.
 *
 * <p>Direct buffers are raw memory: their bytes pass through a staging array of the {@code Inflater}, a piece at a
 * time, since the decoder reads and writes arrays.
 */
@TargetClass(java.util.zip.Inflater.class)
final class Target_java_util_zip_Inflater {
    @Alias
    private int inputConsumed;

    @Alias
    private int outputConsumed;

    /** Input pieces from a direct buffer in the first half, output for one in the second; made on first use. */
    @Inject
    private byte[] directBufferStaging;

    @Substitute
    private static void initIDs() {
    }

    @Substitute
    private static long init(boolean nowrap) {
        return InflaterHandles.open(nowrap);
    }

    @Substitute
    private static void setDictionary(long addr, byte[] b, int off, int len) {
        InflaterHandles.decoder(addr).setDictionary(b, off, len);
    }

    @Substitute
    private static void setDictionaryBuffer(long addr, long bufAddress, int len) {
        byte[] dictionary = new byte[len];
        loadFromMemory(bufAddress, dictionary, 0, len);
        InflaterHandles.decoder(addr).setDictionary(dictionary, 0, len);
    }

    @Substitute
    private long inflateBytesBytes(long addr, byte[] inputArray, int inputOffset, int inputLength,
            byte[] outputArray, int outputOffset, int outputLength) throws DataFormatException {
        return inflateStaged(addr, inputArray, inputOffset, 0, inputLength, outputArray, outputOffset, 0,
                outputLength);
    }

    @Substitute
    private long inflateBytesBuffer(long addr, byte[] inputArray, int inputOffset, int inputLength,
            long outputAddress, int outputLength) throws DataFormatException {
        return inflateStaged(addr, inputArray, inputOffset, 0, inputLength, null, 0, outputAddress, outputLength);
    }

    @Substitute
    private long inflateBufferBytes(long addr, long inputAddress, int inputLength, byte[] outputArray,
            int outputOffset, int outputLength) throws DataFormatException {
        return inflateStaged(addr, null, 0, inputAddress, inputLength, outputArray, outputOffset, 0, outputLength);
    }

    @Substitute
    private long inflateBufferBuffer(long addr, long inputAddress, int inputLength, long outputAddress,
            int outputLength) throws DataFormatException {
        return inflateStaged(addr, null, 0, inputAddress, inputLength, null, 0, outputAddress, outputLength);
    }

    @Substitute
    private static int getAdler(long addr) {
        return InflaterHandles.decoder(addr).adler();
    }

    @Substitute
    private static void reset(long addr) {
        InflaterHandles.decoder(addr).reset();
    }

    @Substitute
    private static void end(long addr) {
        InflaterHandles.close(addr);
    }

    /**
     * Inflates from the input array, or memory at {@code inputAddress} if it is null, into the output array, or
     * memory at {@code outputAddress} if it is null. A side in memory is staged a piece at a time; another piece
     * follows while a staged side was used up and has more behind it.
     */
    private long inflateStaged(long addr, byte[] inputArray, int inputOffset, long inputAddress, int inputLength,
            byte[] outputArray, int outputOffset, long outputAddress, int outputLength) throws DataFormatException {
        DeflateDecoder decoder = InflaterHandles.decoder(addr);
        boolean inputInMemory = inputArray == null;
        boolean outputInMemory = outputArray == null;
        byte[] staging = inputInMemory || outputInMemory ? directBufferStaging() : null;
        int piece = inputInMemory || outputInMemory ? staging.length / 2 : 0;
        int read = 0;
        int written = 0;
        boolean more = true;
        while (more) {
            byte[] in = inputArray;
            int inOffset = inputOffset + read;
            int inLength = inputLength - read;
            if (inputInMemory) {
                in = staging;
                inOffset = 0;
                inLength = Math.min(inLength, piece);
                loadFromMemory(inputAddress + read, staging, 0, inLength);
            }
            byte[] out = outputArray;
            int outOffset = outputOffset + written;
            int outLength = outputLength - written;
            if (outputInMemory) {
                out = staging;
                outOffset = piece;
                outLength = Math.min(outLength, piece);
            }
            try {
                decoder.inflate(in, inOffset, inLength, out, outOffset, outLength);
            } catch (DataFormatException e) {
                inputConsumed = read + decoder.inputUsed();
                outputConsumed = written + decoder.outputUsed();
                throw e;
            } finally {
                if (outputInMemory) {
                    storeToMemory(staging, piece, decoder.outputUsed(), outputAddress + written);
                }
            }
            read += decoder.inputUsed();
            written += decoder.outputUsed();
            more = !decoder.finished() && !decoder.needsDictionary()
                    && (inputInMemory && decoder.inputUsed() == inLength && read < inputLength
                        || outputInMemory && decoder.outputUsed() == outLength && written < outputLength);
        }
        return (long) read | (long) written << 31 | (decoder.finished() ? 1L << 62 : 0)
                | (decoder.needsDictionary() ? 1L << 63 : 0);
    }

    private byte[] directBufferStaging() {
        if (directBufferStaging == null) {
            directBufferStaging = new byte[2 * 4096];
        }
        return directBufferStaging;
    }

    private static void loadFromMemory(long address, byte[] into, int offset, int length) {
        Address start = Address.fromLong(address);
        for (int i = 0; i < length; i++) {
            into[offset + i] = (byte) start.loadUnsignedByte(i);
        }
    }

    private static void storeToMemory(byte[] from, int offset, int length, long address) {
        Address start = Address.fromLong(address);
        for (int i = 0; i < length; i++) {
            start.storeByte(i, from[offset + i]);
        }
    }
}
