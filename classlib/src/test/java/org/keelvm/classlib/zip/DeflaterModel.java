package org.keelvm.classlib.zip;

import java.util.zip.Deflater;

/**
 * The Java half of {@code java.util.zip.Deflater} over a {@link DeflateEncoder}, as the substitution runs it in a
 * guest: the same bookkeeping of input, parameters and totals around the same native calls, so that a test can
 * drive it and the host's {@link Deflater} with the same calls and compare every answer.
 */
final class DeflaterModel implements DeflaterUnderTest {
    private final DeflateEncoder encoder;
    private byte[] inputArray = new byte[0];
    private int inputPos;
    private int inputLim;
    private int level;
    private int strategy = Deflater.DEFAULT_STRATEGY;
    private boolean setParams;
    private boolean finish;
    private boolean finished;
    private long bytesRead;
    private long bytesWritten;

    DeflaterModel(int level, boolean nowrap) {
        this.level = level;
        encoder = new DeflateEncoder(level, Deflater.DEFAULT_STRATEGY, nowrap);
    }

    @Override
    public void setInput(byte[] input, int offset, int length) {
        inputArray = input;
        inputPos = offset;
        inputLim = offset + length;
    }

    @Override
    public void setDictionary(byte[] dictionary, int offset, int length) {
        if (!encoder.setDictionary(dictionary, offset, length)) {
            throw new IllegalArgumentException();
        }
    }

    @Override
    public void setLevel(int level) {
        if (this.level != level) {
            this.level = level;
            setParams = true;
        }
    }

    @Override
    public void setStrategy(int strategy) {
        if (this.strategy != strategy) {
            this.strategy = strategy;
            setParams = true;
        }
    }

    @Override
    public boolean needsInput() {
        return inputLim == inputPos;
    }

    @Override
    public void finish() {
        finish = true;
    }

    @Override
    public boolean finished() {
        return finished;
    }

    @Override
    public int deflate(byte[] output, int offset, int length, int flush) {
        if (finish) {
            flush = DeflateEncoder.FINISH;
        }
        int params = setParams ? 1 | strategy << 1 | level << 3 : 0;
        long result = encoder.deflaterCall(inputArray, inputPos, inputLim - inputPos, output, offset, length, flush,
                params);
        int read = (int) (result & 0x7fff_ffffL);
        int written = (int) (result >>> 31 & 0x7fff_ffffL);
        if ((result >>> 62 & 1) != 0) {
            finished = true;
        }
        if (params != 0 && (result >>> 63 & 1) == 0) {
            setParams = false;
        }
        inputPos += read;
        bytesWritten += written;
        bytesRead += read;
        return written;
    }

    @Override
    public int getAdler() {
        return encoder.adler();
    }

    @Override
    public long getBytesRead() {
        return bytesRead;
    }

    @Override
    public long getBytesWritten() {
        return bytesWritten;
    }

    @Override
    public void reset() {
        encoder.reset();
        finish = false;
        finished = false;
        inputArray = new byte[0];
        inputPos = 0;
        inputLim = 0;
        bytesRead = 0;
        bytesWritten = 0;
    }
}
