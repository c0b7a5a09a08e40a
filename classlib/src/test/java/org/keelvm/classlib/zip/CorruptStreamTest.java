package org.keelvm.classlib.zip;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;

/**
 * Corrupt streams are refused where and as the host JDK's zlib refuses them: the same message, the same output
 * before it, the same input consumed. Each fault is made once on purpose, then thousands of damaged streams are
 * compared with the host as a whole.
 */
class CorruptStreamTest {
    /** Bits of a deflate stream in order: values least significant bit first, Huffman codes most significant. */
    private static final class Bits {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private int buffer;
        private int count;

        Bits value(int value, int width) {
            for (int i = 0; i < width; i++) {
                bit(value >>> i & 1);
            }
            return this;
        }

        Bits code(int code, int length) {
            for (int i = length - 1; i >= 0; i--) {
                bit(code >>> i & 1);
            }
            return this;
        }

        Bits bytes(int... values) {
            while (count != 0) {
                bit(0);
            }
            for (int value : values) {
                bytes.write(value);
            }
            return this;
        }

        private void bit(int bit) {
            buffer |= bit << count;
            if (++count == 8) {
                bytes.write(buffer);
                buffer = 0;
                count = 0;
            }
        }

        /** The stream, its last byte padded with zeros and followed by {@code padding} zero bytes. */
        byte[] toByteArray(int padding) {
            while (count != 0) {
                bit(0);
            }
            for (int i = 0; i < padding; i++) {
                bytes.write(0);
            }
            return bytes.toByteArray();
        }
    }

    /** A final dynamic block's header: counts, then the code-length code's lengths in the RFC's order. */
    private static Bits dynamicHeader(int literals, int distances, int... codeLengthLengths) {
        Bits bits = new Bits().value(1, 1).value(2, 2).value(literals - 257, 5).value(distances - 1, 5)
                .value(codeLengthLengths.length - 4, 4);
        for (int length : codeLengthLengths) {
            bits.value(length, 3);
        }
        return bits;
    }

    /** Checks that the host and the decoder refuse {@code stream} with {@code message}, and agree on all else. */
    private static void assertRefused(String message, byte[] stream, boolean nowrap) {
        Inflation host = Inflation.ofHost(stream, nowrap);
        assertEquals(message, host.error(), "the host's message (the test's expectation is wrong)");
        Inflation.assertSame(host, Inflation.ofDecoder(stream, nowrap), message);
        Inflation inPieces = Inflation.ofDecoder(new DeflateDecoder(nowrap), stream, new Random(stream.length), 2, 3);
        Inflation.assertSame(host, inPieces, message + ", in pieces");
    }

    @Test
    void zlibHeader() {
        assertRefused("incorrect header check", new byte[] {0x78, 0x00, 0, 0}, false);
        int cmf = 0x77;
        assertRefused("unknown compression method", new byte[] {(byte) cmf, (byte) (31 - cmf * 256 % 31), 0}, false);
        cmf = 0x88;
        assertRefused("invalid window size", new byte[] {(byte) cmf, (byte) (31 - cmf * 256 % 31), 0}, false);
    }

    @Test
    void blockHeaders() {
        assertRefused("invalid block type", new Bits().value(1, 1).value(3, 2).toByteArray(2), true);
        assertRefused("invalid stored block lengths",
                new Bits().value(1, 1).value(0, 2).bytes(5, 0, 0xFA, 0xFE).toByteArray(8), true);
        assertRefused("too many length or distance symbols", dynamicHeader(287, 1, 0, 0, 0, 0).toByteArray(4), true);
        assertRefused("too many length or distance symbols", dynamicHeader(257, 31, 0, 0, 0, 0).toByteArray(4), true);
    }

    @Test
    void codeDescriptions() {
        // code-length codes (lengths of 16, 17, 18, 0, 8, ...): four of one bit, and one of two bits alone
        assertRefused("invalid code lengths set", dynamicHeader(257, 1, 1, 1, 1, 1).toByteArray(4), true);
        assertRefused("invalid code lengths set", dynamicHeader(257, 1, 0, 0, 2, 0).toByteArray(4), true);
        // codes 0 (0) and 1 (16): a repeat with nothing before it
        assertRefused("invalid bit length repeat", dynamicHeader(257, 1, 1, 0, 0, 1).code(1, 1).value(0, 2)
                .toByteArray(4), true);
        // codes 0 (0) and 1 (18): 138 + 138 zeros for 258 lengths
        assertRefused("invalid bit length repeat", dynamicHeader(257, 1, 0, 0, 1, 1).code(1, 1).value(127, 7)
                .code(1, 1).value(127, 7).toByteArray(4), true);
        assertRefused("invalid code -- missing end-of-block", dynamicHeader(257, 1, 0, 0, 1, 1).code(1, 1)
                .value(127, 7).code(1, 1).value(120 - 11, 7).toByteArray(4), true);
        // a code-length code without codes: zlib reads one bit as a length 0 for each symbol
        assertRefused("invalid code -- missing end-of-block", dynamicHeader(257, 1, 0, 0, 0, 0).toByteArray(40),
                true);
        assertRefused("invalid literal/lengths set", incompleteTwoBitCodes(true), true);
        assertRefused("invalid distances set", incompleteTwoBitCodes(false), true);
    }

    /**
     * A block whose literal/length code (with {@code literals}) or distance code is one code of two bits, the rest
     * complete. The code-length code gives 0, 1, 2 and 18 two bits each: 00, 01, 10 and 11.
     */
    private static byte[] incompleteTwoBitCodes(boolean literals) {
        int zero = 0b00;
        int one = 0b01;
        int two = 0b10;
        int zeros = 0b11;
        Bits bits = dynamicHeader(257, 2, 0, 0, 2, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 2);
        bits.code(zeros, 2).value(97 - 11, 7); // 0 .. 96
        bits.code(literals ? two : one, 2); // 'a'
        bits.code(zeros, 2).value(138 - 11, 7).code(zeros, 2).value(20 - 11, 7); // 98 .. 255
        bits.code(one, 2); // end of block
        if (literals) {
            bits.code(one, 2).code(one, 2);
        } else {
            bits.code(two, 2).code(zero, 2);
        }
        return bits.toByteArray(4);
    }

    @Test
    void compressedData() {
        // fixed codes: literal 'a' 00110000 + 'a', length 3 (257) 0000001, length 286 11000110; distances 5 bits
        int a = 0b00110000 + 'a';
        assertRefused("invalid literal/length code",
                new Bits().value(1, 1).value(1, 2).code(0b11000110, 8).toByteArray(2), true);
        assertRefused("invalid distance code",
                new Bits().value(1, 1).value(1, 2).code(a, 8).code(1, 7).code(30, 5).toByteArray(2), true);
        assertRefused("invalid distance too far back",
                new Bits().value(1, 1).value(1, 2).code(a, 8).code(1, 7).code(1, 5).toByteArray(2), true);
        // code-length code 18: 0, 0: 10, 1: 11; a literal/length code of 256 alone (bit 0), so bit 1 is no code
        assertRefused("invalid literal/length code", dynamicHeader(257, 1, 0, 0, 1, 2, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                0, 0, 0, 0, 2).code(0, 1).value(138 - 11, 7).code(0, 1).value(118 - 11, 7).code(0b11, 2)
                .code(0b10, 2).value(1, 1).toByteArray(0), true);
    }

    @Test
    void zlibTrailer() {
        byte[] stream = Inflation.deflate(Samples.text(1000, 30), 6, Deflater.DEFAULT_STRATEGY, false);
        stream[stream.length - 1] ^= 1;
        assertRefused("incorrect data check", stream, false);
    }

    @Test
    void errorsRepeatWithoutConsumingInput() {
        DeflateDecoder decoder = new DeflateDecoder(true);
        byte[] stream = {0x07, 1, 2, 3};
        byte[] output = new byte[10];
        DataFormatException first = assertThrows(DataFormatException.class,
                () -> decoder.inflate(stream, 0, 4, output, 0, 10));
        assertEquals("invalid block type", first.getMessage());
        assertEquals(1, decoder.inputUsed());
        DataFormatException again = assertThrows(DataFormatException.class,
                () -> decoder.inflate(stream, 1, 3, output, 0, 10));
        assertEquals("invalid block type", again.getMessage());
        assertEquals(0, decoder.inputUsed());
        IllegalArgumentException dictionary = assertThrows(IllegalArgumentException.class,
                () -> new DeflateDecoder(false).setDictionary(output, 0, 1));
        assertEquals(null, dictionary.getMessage(), "zlib leaves no message for a refused dictionary");
    }

    /** Damaged copies of real streams: flipped bits, replaced bytes, cut ends; the host is the oracle. */
    @Test
    void damagedStreamsAsTheHostSeesThem() {
        Random random = new Random(31);
        List<byte[]> streams = new ArrayList<>();
        List<Boolean> raw = new ArrayList<>();
        for (boolean nowrap : new boolean[] {false, true}) {
            for (int level : new int[] {0, 1, 6, 9}) {
                for (byte[] data : new byte[][] {Samples.text(3000, 32), Samples.random(600, 33),
                        Samples.mixed(20_000, 34), Samples.repetitive(5000), Samples.text(150, 35)}) {
                    for (int strategy : new int[] {Deflater.DEFAULT_STRATEGY, Deflater.HUFFMAN_ONLY}) {
                        streams.add(Inflation.deflate(data, level, strategy, nowrap));
                        raw.add(nowrap);
                    }
                }
            }
        }
        Deflater withDictionary = new Deflater();
        withDictionary.setDictionary(Samples.text(500, 36));
        withDictionary.setInput(Samples.text(2000, 36));
        withDictionary.finish();
        byte[] buffer = new byte[4000];
        streams.add(Arrays.copyOf(buffer, withDictionary.deflate(buffer)));
        raw.add(false);
        withDictionary.end();
        int refused = 0;
        for (int trial = 0; trial < 5000; trial++) {
            int which = random.nextInt(streams.size());
            byte[] stream = streams.get(which).clone();
            switch (random.nextInt(4)) {
                case 0 -> stream[random.nextInt(stream.length)] ^= (byte) (1 << random.nextInt(8));
                case 1 -> {
                    for (int i = 0; i < 3; i++) {
                        stream[random.nextInt(stream.length)] ^= (byte) (1 << random.nextInt(8));
                    }
                }
                case 2 -> stream[random.nextInt(stream.length)] = (byte) random.nextInt(256);
                default -> stream = Arrays.copyOf(stream, random.nextInt(stream.length));
            }
            boolean nowrap = raw.get(which);
            Inflation host = Inflation.ofHost(stream, nowrap);
            String context = "trial " + trial + " of stream " + which;
            Inflation.assertSame(host, Inflation.ofDecoder(stream, nowrap), context);
            Inflation.assertSame(host, Inflation.ofDecoder(new DeflateDecoder(nowrap), stream, random, 97, 1000),
                    context + ", in pieces");
            if (host.error() != null) {
                refused++;
            }
        }
        assertTrue(refused > 1000, "most damage is detected: " + refused);
    }
}
