package org.keelvm.classlib.zip;

/** The calls of {@code java.util.zip.Deflater} the tests make, on the host's deflater or on {@link DeflaterModel}. */
interface DeflaterUnderTest {
    void setInput(byte[] input, int offset, int length);

    void setDictionary(byte[] dictionary, int offset, int length);

    void setLevel(int level);

    void setStrategy(int strategy);

    boolean needsInput();

    void finish();

    boolean finished();

    int deflate(byte[] output, int offset, int length, int flush);

    int getAdler();

    long getBytesRead();

    long getBytesWritten();

    void reset();

    /** Frees the host deflater's native memory. */
    default void end() {
    }

    /** The host's own deflater. */
    static DeflaterUnderTest host(int level, boolean nowrap) {
        java.util.zip.Deflater deflater = new java.util.zip.Deflater(level, nowrap);
        return new DeflaterUnderTest() {
            @Override
            public void setInput(byte[] input, int offset, int length) {
                deflater.setInput(input, offset, length);
            }

            @Override
            public void setDictionary(byte[] dictionary, int offset, int length) {
                deflater.setDictionary(dictionary, offset, length);
            }

            @Override
            public void setLevel(int level) {
                deflater.setLevel(level);
            }

            @Override
            public void setStrategy(int strategy) {
                deflater.setStrategy(strategy);
            }

            @Override
            public boolean needsInput() {
                return deflater.needsInput();
            }

            @Override
            public void finish() {
                deflater.finish();
            }

            @Override
            public boolean finished() {
                return deflater.finished();
            }

            @Override
            public int deflate(byte[] output, int offset, int length, int flush) {
                return deflater.deflate(output, offset, length, flush);
            }

            @Override
            public int getAdler() {
                return deflater.getAdler();
            }

            @Override
            public long getBytesRead() {
                return deflater.getBytesRead();
            }

            @Override
            public long getBytesWritten() {
                return deflater.getBytesWritten();
            }

            @Override
            public void reset() {
                deflater.reset();
            }

            @Override
            public void end() {
                deflater.end();
            }
        };
    }
}
