package org.keelvm.classlib.zip;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.Map;
import java.util.Random;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import java.util.zip.InflaterInputStream;
import org.junit.jupiter.api.Test;

/**
 * Streams the host's {@link Deflater} made decompress to the bytes it was given, whatever pieces the input comes
 * in and whatever buffers the output goes to; each run draws the piece sizes from a fixed seed.
 */
class DeflateDecoderTest {
    private static final int[] STRATEGIES = {Deflater.DEFAULT_STRATEGY, Deflater.FILTERED, Deflater.HUFFMAN_ONLY};

    /** Inflates {@code stream} in random pieces and checks it gives {@code data} and ends on its last byte. */
    private static void assertInflates(byte[] data, byte[] stream, boolean nowrap, Random random, int maxInput,
            int maxOutput, String context) {
        DeflateDecoder decoder = new DeflateDecoder(nowrap);
        Inflation inflation = Inflation.ofDecoder(decoder, stream, random, maxInput, maxOutput);
        assertNull(inflation.error(), context);
        assertTrue(inflation.finished(), context);
        assertEquals(stream.length, inflation.inputUsed(), context + ": input used");
        assertArrayEquals(data, inflation.output(), context);
        assertEquals(nowrap ? 0 : Adler32.update(1, data, 0, data.length), decoder.adler(), context + ": adler");
    }

    @Test
    void everyLevelAndStrategyInPieces() {
        Random random = new Random(11);
        for (Map.Entry<String, byte[]> sample : Samples.all().entrySet()) {
            for (boolean nowrap : new boolean[] {false, true}) {
                for (int level = 0; level <= 9; level++) {
                    for (int strategy : STRATEGIES) {
                        byte[] stream = Inflation.deflate(sample.getValue(), level, strategy, nowrap);
                        int maxInput = new int[] {1, 3, 64, 5000}[random.nextInt(4)];
                        int maxOutput = new int[] {1, 7, 300, 70_000}[random.nextInt(4)];
                        assertInflates(sample.getValue(), stream, nowrap, random, maxInput, maxOutput,
                                sample.getKey() + ", level " + level + ", strategy " + strategy + ", nowrap "
                                        + nowrap + ", pieces of " + maxInput + "/" + maxOutput);
                    }
                }
            }
        }
    }

    @Test
    void oneMegabyte() {
        byte[] data = Samples.mixed(1 << 20, 5);
        Random random = new Random(12);
        int[][] settings = {{0, Deflater.DEFAULT_STRATEGY}, {1, Deflater.DEFAULT_STRATEGY},
            {6, Deflater.DEFAULT_STRATEGY}, {9, Deflater.DEFAULT_STRATEGY}, {6, Deflater.FILTERED},
            {6, Deflater.HUFFMAN_ONLY}};
        for (int[] setting : settings) {
            byte[] stream = Inflation.deflate(data, setting[0], setting[1], false);
            assertInflates(data, stream, false, random, 8192, 8192, "level " + setting[0] + ", strategy "
                    + setting[1]);
        }
        byte[] stream = Inflation.deflate(data, 6, Deflater.DEFAULT_STRATEGY, true);
        assertInflates(data, stream, true, random, 100, 17, "raw, small pieces");
        assertInflates(data, stream, true, null, stream.length, data.length, "raw, at once");
    }

    @Test
    void flushesAndLevelChangesWithinOneStream() throws IOException {
        Random random = new Random(13);
        byte[] data = Samples.mixed(200_000, 6);
        for (boolean nowrap : new boolean[] {false, true}) {
            Deflater deflater = new Deflater(6, nowrap);
            ByteArrayOutputStream compressed = new ByteArrayOutputStream();
            byte[] buffer = new byte[100_000];
            for (int position = 0; position < data.length; ) {
                int n = Math.min(data.length - position, random.nextInt(20_000));
                deflater.setLevel(random.nextInt(10));
                deflater.setInput(data, position, n);
                position += n;
                int flush = new int[] {Deflater.NO_FLUSH, Deflater.SYNC_FLUSH, Deflater.FULL_FLUSH}[random.nextInt(3)];
                int written;
                do {
                    written = deflater.deflate(buffer, 0, buffer.length, flush);
                    compressed.write(buffer, 0, written);
                } while (written == buffer.length || !deflater.needsInput());
            }
            deflater.finish();
            while (!deflater.finished()) {
                compressed.write(buffer, 0, deflater.deflate(buffer));
            }
            deflater.end();
            assertInflates(data, compressed.toByteArray(), nowrap, random, 700, 900, "nowrap " + nowrap);
        }
    }

    @Test
    void bytesAfterTheStreamStayUnread() {
        byte[] data = Samples.text(5000, 7);
        byte[] trailing = "trailing bytes".getBytes(StandardCharsets.ISO_8859_1);
        Random random = new Random(14);
        for (boolean nowrap : new boolean[] {false, true}) {
            for (int level : new int[] {0, 1, 9}) {
                byte[] stream = Inflation.deflate(data, level, Deflater.DEFAULT_STRATEGY, nowrap);
                byte[] followed = Arrays.copyOf(stream, stream.length + trailing.length);
                System.arraycopy(trailing, 0, followed, stream.length, trailing.length);
                Inflation inflation = Inflation.ofDecoder(new DeflateDecoder(nowrap), followed, random, 50, 50);
                assertEquals(stream.length, inflation.inputUsed(), "level " + level + ", nowrap " + nowrap);
                assertArrayEquals(data, inflation.output());
                Inflation.assertSame(Inflation.ofHost(followed, nowrap), Inflation.ofDecoder(followed, nowrap),
                        "level " + level + ", nowrap " + nowrap);
            }
        }
    }

    @Test
    void zlibStreamWithPresetDictionary() throws DataFormatException {
        byte[] dictionary = Samples.text(3000, 8);
        byte[] data = Samples.text(10_000, 8);
        Deflater deflater = new Deflater(9);
        deflater.setDictionary(dictionary);
        deflater.setInput(data);
        deflater.finish();
        byte[] stream = new byte[20_000];
        stream = Arrays.copyOf(stream, deflater.deflate(stream));
        deflater.end();
        assertTrue(stream.length < 9000, "the dictionary is used");

        DeflateDecoder decoder = new DeflateDecoder(false);
        assertThrows(IllegalArgumentException.class, () -> decoder.setDictionary(dictionary, 0, dictionary.length),
                "a dictionary before the stream asks for one");
        byte[] output = new byte[data.length];
        assertEquals(0, decoder.inflate(stream, 0, 3, output, 0, output.length));
        assertFalse(decoder.needsDictionary());
        assertEquals(0, decoder.inflate(stream, 3, stream.length - 3, output, 0, output.length));
        assertTrue(decoder.needsDictionary());
        assertEquals(3, decoder.inputUsed(), "the rest of the header and the dictionary's checksum");
        assertEquals(Adler32.update(1, dictionary, 0, dictionary.length), decoder.adler());
        assertEquals(0, decoder.inflate(stream, 6, stream.length - 6, output, 0, output.length));
        assertTrue(decoder.needsDictionary(), "still waiting");
        assertThrows(IllegalArgumentException.class, () -> decoder.setDictionary(dictionary, 1, 100),
                "another dictionary");
        decoder.setDictionary(dictionary, 0, dictionary.length);
        assertFalse(decoder.needsDictionary());
        Inflation rest = Inflation.ofDecoder(decoder, Arrays.copyOfRange(stream, 6, stream.length), new Random(15),
                40, 40);
        assertArrayEquals(data, rest.output());
        assertTrue(rest.finished());
        assertEquals(stream.length - 6, rest.inputUsed());
        assertEquals(Adler32.update(1, data, 0, data.length), decoder.adler());
    }

    @Test
    void rawStreamWithPresetDictionary() {
        byte[] dictionary = Samples.text(40_000, 9);
        byte[] data = Arrays.copyOfRange(dictionary, 30_000, 40_000);
        Deflater deflater = new Deflater(9, true);
        deflater.setDictionary(dictionary);
        deflater.setInput(data);
        deflater.finish();
        byte[] stream = new byte[20_000];
        stream = Arrays.copyOf(stream, deflater.deflate(stream));
        deflater.end();
        assertTrue(stream.length < 200, "the dictionary is used");

        DeflateDecoder decoder = new DeflateDecoder(true);
        decoder.setDictionary(dictionary, 0, dictionary.length);
        Inflation inflation = Inflation.ofDecoder(decoder, stream, new Random(16), 10, 1000);
        assertArrayEquals(data, inflation.output());
        assertTrue(inflation.finished());
        Inflation.assertSame(Inflation.ofHost(stream, true), Inflation.ofDecoder(stream, true), "no dictionary");
        assertEquals("invalid distance too far back", Inflation.ofDecoder(stream, true).error());
    }

    @Test
    void gzipMemberBody() throws IOException {
        byte[] data = Samples.mixed(150_000, 10);
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(file)) {
            gzip.write(data);
        }
        byte[] member = file.toByteArray();
        int body = gzipHeaderLength(member);
        Inflation inflation = Inflation.ofDecoder(new DeflateDecoder(true),
                Arrays.copyOfRange(member, body, member.length), new Random(17), 1000, 333);
        assertArrayEquals(data, inflation.output());
        int trailer = body + (int) inflation.inputUsed();
        assertEquals(member.length - 8, trailer, "the trailer follows the body");
        assertEquals(Crc32.update(0, data, 0, data.length), littleEndianInt(member, trailer), "CRC-32");
        assertEquals(data.length, littleEndianInt(member, trailer + 4), "ISIZE");
    }

    /** The length of a gzip member header (RFC 1952 section 2.3): fixed part, then the optional fields. */
    private static int gzipHeaderLength(byte[] member) {
        assertEquals(0x1F, member[0] & 0xFF);
        assertEquals(0x8B, member[1] & 0xFF);
        assertEquals(8, member[2], "CM: deflate");
        int flags = member[3];
        int position = 10;
        if ((flags & 4) != 0) {
            position += 2 + (member[position] & 0xFF | (member[position + 1] & 0xFF) << 8);
        }
        for (int zeroTerminated : new int[] {8, 16}) {
            if ((flags & zeroTerminated) != 0) {
                while (member[position++] != 0) {
                    // skip FNAME or FCOMMENT
                }
            }
        }
        return (flags & 2) != 0 ? position + 2 : position;
    }

    private static int littleEndianInt(byte[] b, int at) {
        return b[at] & 0xFF | (b[at + 1] & 0xFF) << 8 | (b[at + 2] & 0xFF) << 16 | (b[at + 3] & 0xFF) << 24;
    }

    /** The table {@code Character.getName} reads through {@code InflaterInputStream}. */
    @Test
    void theJdksCharacterNames() throws IOException {
        byte[] stream = Files.readAllBytes(FileSystems.getFileSystem(URI.create("jrt:/"))
                .getPath("modules", "java.base", "java/lang/uniName.dat"));
        byte[] expected;
        try (InflaterInputStream host = new InflaterInputStream(new ByteArrayInputStream(stream))) {
            expected = host.readAllBytes();
        }
        Inflation inflation = Inflation.ofDecoder(new DeflateDecoder(false), stream, new Random(23), 512, 4096);
        assertTrue(inflation.finished());
        assertEquals(stream.length, inflation.inputUsed());
        assertArrayEquals(expected, inflation.output());
    }

    @Test
    void headersAndTrailerNeedNoOutputRoom() throws DataFormatException {
        byte[] stream = Inflation.deflate(new byte[0], 6, Deflater.DEFAULT_STRATEGY, false);
        DeflateDecoder decoder = new DeflateDecoder(false);
        assertEquals(0, decoder.inflate(stream, 0, stream.length, new byte[0], 0, 0));
        assertTrue(decoder.finished(), "as the host's Inflater finishes an empty stream into no room");
        assertEquals(stream.length, decoder.inputUsed());
        assertEquals(0, decoder.inflate(stream, 0, stream.length, new byte[0], 0, 0));
        assertEquals(0, decoder.inputUsed(), "a finished stream reads nothing more");
    }

    @Test
    void adlerFollowsTheOutput() throws DataFormatException {
        byte[] data = Samples.text(30_000, 18);
        byte[] stream = Inflation.deflate(data, 6, Deflater.DEFAULT_STRATEGY, false);
        DeflateDecoder decoder = new DeflateDecoder(false);
        assertEquals(1, decoder.adler());
        byte[] output = new byte[data.length];
        int in = 0;
        int out = 0;
        Random random = new Random(19);
        while (!decoder.finished()) {
            out += decoder.inflate(stream, in, Math.min(stream.length - in, random.nextInt(500)), output, out,
                    Math.min(data.length - out, random.nextInt(500)));
            in += decoder.inputUsed();
            assertEquals(Adler32.update(1, output, 0, out), decoder.adler(), "after " + out + " bytes");
        }
        assertEquals(0, new DeflateDecoder(true).adler(), "raw data has no check value; zlib leaves it 0");
    }

    @Test
    void resetStartsANewStream() throws DataFormatException {
        byte[] first = Inflation.deflate(Samples.text(4000, 20), 6, Deflater.DEFAULT_STRATEGY, false);
        byte[] data = Samples.random(4000, 21);
        byte[] second = Inflation.deflate(data, 6, Deflater.DEFAULT_STRATEGY, false);
        DeflateDecoder decoder = new DeflateDecoder(false);
        decoder.inflate(first, 0, first.length / 2, new byte[100], 0, 100);
        decoder.reset();
        assertEquals(1, decoder.adler());
        Inflation inflation = Inflation.ofDecoder(decoder, second, new Random(22), 100, 100);
        assertArrayEquals(data, inflation.output());

        decoder.reset();
        assertThrows(DataFormatException.class, () -> decoder.inflate(new byte[] {0x78, 0}, 0, 2, new byte[1], 0, 1));
        decoder.reset();
        inflation = Inflation.ofDecoder(decoder, second, null, second.length, data.length);
        assertArrayEquals(data, inflation.output(), "the error is forgotten");
    }
}
