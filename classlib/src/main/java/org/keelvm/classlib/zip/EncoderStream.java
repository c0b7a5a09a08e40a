package org.keelvm.classlib.zip;

/**
 * The input and output of one call into a {@link DeflateEncoder}, and the running Adler-32 of the input read:
 * what zlib keeps in its {@code z_stream}. Offsets advance and the counts fall as bytes are read and written.
 */
final class EncoderStream {
    byte[] input;
    int nextIn;
    int availIn;
    byte[] output;
    int nextOut;
    int availOut;
    /** Adler-32 of the input read so far, or of the preset dictionary until a zlib header is written. */
    int adler = 1;
    /** Whether input read counts towards {@link #adler}: only in a zlib stream, and not for a dictionary. */
    boolean summing;

    void set(byte[] input, int inputOffset, int inputLength, byte[] output, int outputOffset, int outputLength) {
        this.input = input;
        nextIn = inputOffset;
        availIn = inputLength;
        this.output = output;
        nextOut = outputOffset;
        availOut = outputLength;
    }

    /** Moves up to {@code size} input bytes to {@code into[offset ..]}; returns how many. */
    int read(byte[] into, int offset, int size) {
        int length = Math.min(availIn, size);
        if (length <= 0) {
            return 0;
        }
        availIn -= length;
        System.arraycopy(input, nextIn, into, offset, length);
        if (summing) {
            adler = Adler32.update(adler, into, offset, length);
        }
        nextIn += length;
        return length;
    }
}
