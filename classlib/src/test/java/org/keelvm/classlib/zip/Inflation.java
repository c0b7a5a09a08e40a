package org.keelvm.classlib.zip;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Objects;
import java.util.Random;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * What inflating a stream came to: the output, the input consumed, and how it stopped (finished, asking for a
 * dictionary, wanting more input, or with a data error and its message). Made by {@link DeflateDecoder} or by
 * the host JDK's {@link Inflater}, so that the two can be compared as a whole.
 */
record Inflation(byte[] output, long inputUsed, boolean finished, boolean needsDictionary, String error) {
    /** The host's result, input and output given at once (a large output buffer, refilled as it fills). */
    static Inflation ofHost(byte[] stream, boolean nowrap) {
        Inflater inflater = new Inflater(nowrap);
        inflater.setInput(stream);
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        String error = null;
        try {
            while (!inflater.finished() && !inflater.needsDictionary()) {
                int n = inflater.inflate(buffer);
                output.write(buffer, 0, n);
                if (n == 0 && inflater.needsInput()) {
                    break;
                }
            }
        } catch (DataFormatException e) {
            // what the failed call wrote is in the buffer, and counted
            output.write(buffer, 0, (int) (inflater.getBytesWritten() - output.size()));
            error = String.valueOf(e.getMessage());
        }
        Inflation result = new Inflation(output.toByteArray(), inflater.getBytesRead(), inflater.finished(),
                inflater.needsDictionary(), error);
        inflater.end();
        return result;
    }

    /** {@link DeflateDecoder}'s result with input and output given at once, as {@link #ofHost} gives them. */
    static Inflation ofDecoder(byte[] stream, boolean nowrap) {
        return ofDecoder(new DeflateDecoder(nowrap), stream, null, 1 << 16, 1 << 16);
    }

    /**
     * {@code decoder}'s result when the input arrives in pieces of 0 to {@code maxInput} bytes and the output
     * goes to buffers of 0 to {@code maxOutput} bytes, both drawn from {@code random} (null: always the maximum).
     */
    static Inflation ofDecoder(DeflateDecoder decoder, byte[] stream, Random random, int maxInput, int maxOutput) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        byte[] buffer = new byte[maxOutput + 2];
        int position = 0;
        int outOffset = 0;
        try {
            while (!decoder.finished() && !decoder.needsDictionary()) {
                int inLength = Math.min(stream.length - position,
                        random == null ? maxInput : random.nextInt(maxInput + 1));
                int outLength = random == null ? maxOutput : random.nextInt(maxOutput + 1);
                outOffset = random == null ? 0 : random.nextInt(2);
                int n = decoder.inflate(stream, position, inLength, buffer, outOffset, outLength);
                if (n != decoder.outputUsed() || decoder.inputUsed() > inLength || n > outLength) {
                    throw new AssertionError("inconsistent counts: returned " + n + ", used " + decoder.inputUsed()
                            + " of " + inLength + " and " + decoder.outputUsed() + " of " + outLength);
                }
                output.write(buffer, outOffset, n);
                position += decoder.inputUsed();
                boolean progress = decoder.inputUsed() > 0 || n > 0;
                if (!progress && outLength > 0 && position == stream.length) {
                    break;
                }
                if (!progress && outLength > 0 && inLength > 0 && !decoder.finished() && !decoder.needsDictionary()) {
                    throw new AssertionError("no progress with input and room for output, at input byte " + position);
                }
            }
        } catch (DataFormatException e) {
            output.write(buffer, outOffset, decoder.outputUsed());
            return new Inflation(output.toByteArray(), position + decoder.inputUsed(), false, false,
                    String.valueOf(e.getMessage()));
        }
        return new Inflation(output.toByteArray(), position, decoder.finished(), decoder.needsDictionary(), null);
    }

    /** Fails unless {@code actual} came to the same as {@code expected}, byte for byte. */
    static void assertSame(Inflation expected, Inflation actual, String context) {
        if (!Arrays.equals(expected.output, actual.output) || expected.inputUsed != actual.inputUsed
                || expected.finished != actual.finished || expected.needsDictionary != actual.needsDictionary
                || !Objects.equals(expected.error, actual.error)) {
            int mismatch = Arrays.mismatch(expected.output, actual.output);
            throw new AssertionError(context + ": expected " + expected + " but was " + actual
                    + (mismatch >= 0 ? ", outputs differ from byte " + mismatch : ""));
        }
    }

    /** {@code data} compressed by the host's {@link Deflater} in one go. */
    static byte[] deflate(byte[] data, int level, int strategy, boolean nowrap) {
        Deflater deflater = new Deflater(level, nowrap);
        deflater.setStrategy(strategy);
        deflater.setInput(data);
        deflater.finish();
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        byte[] buffer = new byte[1 << 16];
        while (!deflater.finished()) {
            compressed.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return compressed.toByteArray();
    }

    /** Prints as a test failure should show it: sizes and the error rather than the bytes. */
    @Override
    public String toString() {
        return "Inflation[" + output.length + " bytes out, " + inputUsed + " in, finished=" + finished
                + ", needsDictionary=" + needsDictionary + ", error=" + error + "]";
    }
}
