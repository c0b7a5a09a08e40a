// java.util.zip decompression and checksums: a dynamic-Huffman zlib stream through InflaterInputStream and Inflater (small buffers, counters, getRemaining, getAdler), the same deflate body as a gzip member and a zip entry, stored blocks, a preset dictionary, direct buffers, CRC32/Adler32, and the messages for corrupt and truncated streams.
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

public class ZipStreams {
    /** text() as java.util.zip.Deflater compresses it at level 9: a zlib header, one dynamic-Huffman block, Adler-32. */
    static final byte[] ZLIB = {
        120, -38, 109, -109, 75, 78, -61, 48, 16, 64, -9, -100, 98, -114, -32, -7, -7, 115, 28, 35, 12, 84, 114, 75,
        37, -78, -30, -12, 64, -99, 54, 99, 119, 118, -103, 104, -100, -105, -9, -108, -12, -45, -91, 65, -128, -38, -81, -97,
        21, -34, -38, 123, -81, 91, 123, -23, -1, 55, 17, 94, -37, 86, -57, 53, -63, 71, 61, -97, -9, -127, -1, -10,
        -6, -74, 108, 11, -76, -21, -9, -87, 127, 93, -58, -88, -16, -13, 56, 28, -95, -83, -37, 105, 0, -57, -112, 13,
        -88, 12, -48, -14, 38, 97, 16, -9, 9, 103, 20, -46, -115, -75, 28, 97, 120, 60, 19, -59, -46, 80, 111, -72,
        101, 61, 90, 65, 76, 19, 47, -33, 121, -53, -103, 98, 28, 41, 28, 60, 66, 47, 39, -111, -19, -55, -106, 71,
        -30, 21, 37, -99, 61, 41, 90, 94, 122, -114, 74, -39, 122, 82, 49, 60, 14, 94, 87, 70, -21, -55, 52, -13,
        -104, -99, -82, 44, -121, 39, -85, -27, 113, 116, -70, 114, -102, 62, -100, 60, -15, -118, -33, 85, -126, -15, 20, 60,
        120, 66, 94, 87, 97, -29, 41, 98, 121, -94, -18, -105, 26, 103, 79, 73, -106, -105, -97, -69, 74, -79, -98, 26,
        12, 79, -47, -21, -86, 100, 61, -107, -105, 95, 67, -100, -82, -86, -121, -89, -58, -119, -105, -100, -82, -102, -83, -89,
        -106, -99, -9, 11, 1, 106, 58, -105
    };

    /** "line gamma beta alpha line" at level 9 with the preset dictionary "line alpha beta gamma". */
    static final byte[] WITH_DICTIONARY = {120, -7, 84, -78, 7, -82, -53, 1, 9, -126, 89, 16, 65, -120, 60, 72, 20, 0, 127, -61, 9, 118};

    static String text() {
        String[] words = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            sb.append("line ").append(i).append(' ').append(words[i % 7]).append(i % 3 == 0 ? " deflate\n" : "\n");
        }
        return sb.toString();
    }

    public static void main(String[] args) throws Exception {
        byte[] data = text().getBytes(StandardCharsets.US_ASCII);

        byte[] read = readAll(new InflaterInputStream(new ByteArrayInputStream(ZLIB), new Inflater(), 7), 5);
        System.out.println("InflaterInputStream " + read.length + " " + Arrays.equals(read, data));

        Inflater inflater = new Inflater();
        byte[] followed = Arrays.copyOf(ZLIB, ZLIB.length + 3);
        inflater.setInput(followed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] small = new byte[100];
        int calls = 0;
        while (!inflater.finished()) {
            out.write(small, 0, inflater.inflate(small));
            calls++;
        }
        System.out.println("Inflater " + calls + " calls, " + Arrays.equals(out.toByteArray(), data) + " remaining "
                + inflater.getRemaining() + " read " + inflater.getBytesRead() + " written " + inflater.getBytesWritten()
                + " totals " + inflater.getTotalIn() + "/" + inflater.getTotalOut() + " adler " + Integer.toHexString(inflater.getAdler()));
        inflater.reset();
        System.out.println("after reset adler " + inflater.getAdler() + " finished " + inflater.finished() + " needsInput " + inflater.needsInput());
        inflater.setInput(ZLIB, 0, 10);
        int n = inflater.inflate(small);
        System.out.println("first 10 bytes give " + n + " bytes, needsInput " + inflater.needsInput());
        inflater.end();

        byte[] body = Arrays.copyOfRange(ZLIB, 2, ZLIB.length - 4);
        CRC32 crc = new CRC32();
        crc.update(data);
        byte[] member = concat(new byte[] {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, (byte) 0xff}, body,
                littleEndian((int) crc.getValue()), littleEndian(data.length));
        read = readAll(new GZIPInputStream(new ByteArrayInputStream(concat(member, member)), 64), 333);
        System.out.println("GZIPInputStream, two members " + read.length + " " + Arrays.equals(read, concat(data, data)));

        byte[] stored = storedZlib(data, 300);
        read = readAll(new InflaterInputStream(new ByteArrayInputStream(stored)), 1000);
        System.out.println("stored blocks " + stored.length + " -> " + read.length + " " + Arrays.equals(read, data));

        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        zip.write(localHeader("deflated.txt", 8, (int) crc.getValue(), body.length, data.length));
        zip.write(body);
        zip.write(localHeader("stored.txt", 0, (int) crc.getValue(), data.length, data.length));
        zip.write(data);
        zip.write(concat(littleEndian(0x06054b50), new byte[18]));
        ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip.toByteArray()));
        for (ZipEntry entry; (entry = entries.getNextEntry()) != null; ) {
            read = readAll(entries, 77);
            System.out.println("zip entry " + entry.getName() + " method " + entry.getMethod() + " " + read.length + " "
                    + Arrays.equals(read, data) + " compressed " + entry.getCompressedSize());
        }

        byte[] dictionary = "line alpha beta gamma".getBytes(StandardCharsets.US_ASCII);
        Inflater withDictionary = new Inflater();
        withDictionary.setInput(WITH_DICTIONARY);
        System.out.println("before the dictionary: " + withDictionary.inflate(small) + " bytes, needsDictionary "
                + withDictionary.needsDictionary() + " adler " + Integer.toHexString(withDictionary.getAdler())
                + " remaining " + withDictionary.getRemaining());
        try {
            withDictionary.setDictionary("wrong".getBytes(StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            System.out.println("wrong dictionary: IllegalArgumentException " + e.getMessage());
        }
        ByteBuffer directDictionary = ByteBuffer.allocateDirect(dictionary.length).put(dictionary).flip();
        withDictionary.setDictionary(directDictionary);
        n = withDictionary.inflate(small);
        System.out.println("with the dictionary: " + new String(small, 0, n, StandardCharsets.US_ASCII) + " finished "
                + withDictionary.finished());
        withDictionary.end();

        Inflater direct = new Inflater();
        direct.setInput(ByteBuffer.allocateDirect(ZLIB.length).put(ZLIB).flip());
        ByteBuffer target = ByteBuffer.allocateDirect(data.length + 10);
        while (!direct.finished()) {
            direct.inflate(target);
        }
        target.flip();
        byte[] fromDirect = new byte[target.remaining()];
        target.get(fromDirect);
        System.out.println("direct to direct " + Arrays.equals(fromDirect, data) + " read " + direct.getBytesRead());
        direct.reset();
        direct.setInput(ZLIB);
        target.clear().limit(50);
        n = direct.inflate(target);
        System.out.println("array to direct, 50 bytes of room: " + n + " position " + target.position());
        direct.reset();
        direct.setInput(ByteBuffer.allocateDirect(ZLIB.length).put(ZLIB).flip());
        byte[] all = new byte[data.length];
        n = direct.inflate(all);
        System.out.println("direct to array " + n + " " + Arrays.equals(all, data));
        direct.end();

        for (String s : new String[] {"", "a", "123456789", text()}) {
            byte[] b = s.getBytes(StandardCharsets.US_ASCII);
            CRC32 c = new CRC32();
            Adler32 a = new Adler32();
            c.update(b, 0, b.length);
            a.update(b, 0, b.length);
            CRC32 cb = new CRC32();
            Adler32 ab = new Adler32();
            ByteBuffer buffer = ByteBuffer.allocateDirect(b.length + 1).put(b).flip();
            cb.update(buffer);
            buffer.flip();
            ab.update(buffer);
            CRC32 ch = new CRC32();
            ch.update(ByteBuffer.wrap(b));
            Adler32 bytewise = new Adler32();
            for (byte x : b) {
                bytewise.update(x);
            }
            System.out.println("crc32 " + Long.toHexString(c.getValue()) + " adler32 " + Long.toHexString(a.getValue())
                    + " direct " + (cb.getValue() == c.getValue()) + (ab.getValue() == a.getValue())
                    + " heap " + (ch.getValue() == c.getValue()) + " bytewise " + (bytewise.getValue() == a.getValue()));
        }

        byte[] badCheck = ZLIB.clone();
        badCheck[badCheck.length - 1] ^= 1;
        byte[] badType = {0x78, (byte) 0x9c, 0x07, 0, 0};
        byte[] badStored = {0x78, 0x01, 0x01, 5, 0, 5, 0, 1, 2, 3, 4, 5};
        byte[] badHeader = {0x78, 0x00, 1, 2, 3};
        for (byte[] corrupt : new byte[][] {badCheck, badType, badStored, badHeader, Arrays.copyOf(ZLIB, 100)}) {
            try {
                readAll(new InflaterInputStream(new ByteArrayInputStream(corrupt)), 512);
                System.out.println("no error");
            } catch (ZipException | EOFException e) {
                System.out.println(e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        Inflater failing = new Inflater(true);
        failing.setInput(new byte[] {0x07, 1, 2});
        for (int i = 0; i < 2; i++) {
            try {
                failing.inflate(small);
            } catch (DataFormatException e) {
                System.out.println("DataFormatException " + e.getMessage() + " read " + failing.getBytesRead() + " remaining "
                        + failing.getRemaining());
            }
        }
        failing.end();
        try {
            failing.inflate(small);
        } catch (NullPointerException e) {
            System.out.println("ended: " + e.getMessage());
        }
    }

    static byte[] readAll(InputStream in, int chunk) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[chunk];
        for (int n; (n = in.read(buffer)) >= 0; ) {
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** A zlib stream of stored blocks of at most blockSize bytes (RFC 1950 and RFC 1951 3.2.4). */
    static byte[] storedZlib(byte[] data, int blockSize) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0x78);
        out.write(0x01);
        for (int position = 0; position < data.length; position += blockSize) {
            int length = Math.min(blockSize, data.length - position);
            out.write(position + length == data.length ? 1 : 0);
            out.write(length & 0xff);
            out.write(length >>> 8);
            out.write(~length & 0xff);
            out.write((~length >>> 8) & 0xff);
            out.write(data, position, length);
        }
        Adler32 adler = new Adler32();
        adler.update(data);
        int check = (int) adler.getValue();
        out.write(check >>> 24);
        out.write(check >>> 16);
        out.write(check >>> 8);
        out.write(check);
        return out.toByteArray();
    }

    static byte[] localHeader(String name, int method, int crc, int compressedSize, int size) {
        byte[] nameBytes = name.getBytes(StandardCharsets.US_ASCII);
        return concat(littleEndian(0x04034b50), new byte[] {20, 0, 0, 0, (byte) method, 0, 0, 0, 33, 0},
                littleEndian(crc), littleEndian(compressedSize), littleEndian(size),
                new byte[] {(byte) nameBytes.length, 0, 0, 0}, nameBytes);
    }

    static byte[] littleEndian(int value) {
        return new byte[] {(byte) value, (byte) (value >>> 8), (byte) (value >>> 16), (byte) (value >>> 24)};
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.write(part, 0, part.length);
        }
        return out.toByteArray();
    }
}
