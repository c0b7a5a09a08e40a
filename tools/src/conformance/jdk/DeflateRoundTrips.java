// java.util.zip compression: Deflater output (sizes, CRCs, hex of small streams) at every level and strategy, raw and zlib, with small buffers, sync and full flushes, level and strategy changes mid-stream, a preset dictionary and reset; then DeflaterOutputStream, GZIPOutputStream and ZipOutputStream written to memory and read back.
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

public class DeflateRoundTrips {
    static byte[] text(int size, long seed) {
        String[] words = {"alpha", "beta", "gamma", "delta", "deflate", "zlib", "the", "of", "and", "keel", "{}", "0x1F"};
        Random random = new Random(seed);
        StringBuilder sb = new StringBuilder();
        while (sb.length() < size) {
            sb.append(words[random.nextInt(words.length)]).append(random.nextInt(9) == 0 ? '\n' : ' ');
        }
        return sb.substring(0, size).getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] mixed(int size, long seed) {
        Random random = new Random(seed);
        byte[] bytes = new byte[size];
        int position = 0;
        while (position < size) {
            int run = Math.min(size - position, 1 + random.nextInt(3000));
            int kind = random.nextInt(4);
            for (int i = 0; i < run; i++) {
                int at = position + i;
                bytes[at] = kind == 0 ? (byte) random.nextInt(256) : kind == 1 ? 0
                        : kind == 2 ? (byte) ("abcab".charAt(i % 5)) : (at >= 700 ? bytes[at - 700] : 7);
            }
            position += run;
        }
        return bytes;
    }

    static String hex(byte[] b, int off, int len) {
        StringBuilder sb = new StringBuilder();
        for (int i = off; i < off + len; i++) {
            sb.append(String.format("%02x", b[i] & 0xff));
        }
        return sb.toString();
    }

    static long crc(byte[] b, int off, int len) {
        CRC32 crc = new CRC32();
        crc.update(b, off, len);
        return crc.getValue();
    }

    static byte[] compress(byte[] data, int level, int strategy, boolean nowrap) {
        Deflater deflater = new Deflater(level, nowrap);
        deflater.setStrategy(strategy);
        deflater.setInput(data);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        return out.toByteArray();
    }

    static byte[] inflate(byte[] stream, boolean nowrap) throws Exception {
        Inflater inflater = new Inflater(nowrap);
        inflater.setInput(stream);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        while (!inflater.finished()) {
            int n = inflater.inflate(buffer);
            if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                break;
            }
            out.write(buffer, 0, n);
        }
        inflater.end();
        return out.toByteArray();
    }

    public static void main(String[] args) throws Exception {
        byte[] hello = "hello, hello, hello deflate".getBytes(StandardCharsets.US_ASCII);
        byte[] text = text(20000, 1);
        byte[] mixed = mixed(70000, 2);
        String[] strategies = {"default", "filtered", "huffman"};

        for (int level = -1; level <= 9; level++) {
            System.out.println("hello level " + level + ": " + hex(compress(hello, level, 0, false), 0,
                    compress(hello, level, 0, false).length));
        }
        System.out.println("empty zlib: " + hex(compress(new byte[0], 6, 0, false), 0, 8)
                + " raw: " + hex(compress(new byte[0], 6, 0, true), 0, 2));
        for (int level = 0; level <= 9; level++) {
            StringBuilder line = new StringBuilder("level " + level + ":");
            for (int strategy = 0; strategy < 3; strategy++) {
                for (boolean nowrap : new boolean[] {false, true}) {
                    for (byte[] data : new byte[][] {text, mixed}) {
                        byte[] c = compress(data, level, strategy, nowrap);
                        if (!Arrays.equals(data, inflate(c, nowrap))) {
                            line.append(" MISMATCH");
                        }
                        line.append(' ').append(c.length).append('/').append(Long.toHexString(crc(c, 0, c.length)));
                    }
                }
            }
            System.out.println(line);
        }

        // Small output buffers, pieces of input, flushes and parameter changes, call by call.
        Deflater deflater = new Deflater(6);
        byte[] buffer = new byte[300];
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        StringBuilder counts = new StringBuilder();
        Random random = new Random(3);
        int position = 0;
        int step = 0;
        while (position < mixed.length) {
            int piece = Math.min(mixed.length - position, 1 + random.nextInt(9000));
            deflater.setInput(mixed, position, piece);
            position += piece;
            while (!deflater.needsInput()) {
                int n = deflater.deflate(buffer, 0, 1 + random.nextInt(buffer.length));
                counts.append(n).append(' ');
                all.write(buffer, 0, n);
            }
            switch (step++ % 5) {
                case 0 -> deflater.setLevel(step % 10);
                case 1 -> deflater.setStrategy(step % 3);
                case 2 -> {
                    int n;
                    while ((n = deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH)) > 0) {
                        counts.append('s').append(n).append(' ');
                        all.write(buffer, 0, n);
                    }
                }
                case 3 -> {
                    int n = deflater.deflate(buffer, 0, buffer.length, Deflater.FULL_FLUSH);
                    counts.append('f').append(n).append(' ');
                    all.write(buffer, 0, n);
                }
                default -> { }
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            int n = deflater.deflate(buffer, 0, 77);
            all.write(buffer, 0, n);
        }
        byte[] stream = all.toByteArray();
        System.out.println("changes: " + counts.length() + " chars of counts, crc " + Long.toHexString(crc(
                counts.toString().getBytes(StandardCharsets.US_ASCII), 0, counts.length())));
        System.out.println("changes: " + stream.length + " bytes, crc " + Long.toHexString(crc(stream, 0,
                stream.length)) + ", adler " + Integer.toHexString(deflater.getAdler()) + ", in "
                + deflater.getBytesRead() + ", out " + deflater.getBytesWritten() + ", round trip "
                + Arrays.equals(mixed, inflate(stream, false)));
        deflater.reset();
        deflater.setInput(hello);
        deflater.finish();
        int n = deflater.deflate(buffer);
        System.out.println("after reset: " + hex(buffer, 0, n));
        deflater.end();

        // A preset dictionary.
        byte[] dictionary = "hello deflate, ".getBytes(StandardCharsets.US_ASCII);
        for (boolean nowrap : new boolean[] {false, true}) {
            Deflater d = new Deflater(9, nowrap);
            d.setDictionary(dictionary);
            System.out.println("dictionary adler " + Integer.toHexString(d.getAdler()));
            d.setInput(hello);
            d.finish();
            n = d.deflate(buffer);
            System.out.println("dictionary nowrap " + nowrap + ": " + hex(buffer, 0, n) + " adler "
                    + Integer.toHexString(d.getAdler()));
            d.end();
        }

        // Direct buffers.
        Deflater direct = new Deflater(1);
        ByteBuffer input = ByteBuffer.allocateDirect(text.length);
        input.put(text).flip();
        ByteBuffer output = ByteBuffer.allocateDirect(4000);
        direct.setInput(input);
        direct.finish();
        ByteArrayOutputStream viaDirect = new ByteArrayOutputStream();
        while (!direct.finished()) {
            output.clear();
            direct.deflate(output);
            output.flip();
            byte[] chunk = new byte[output.remaining()];
            output.get(chunk);
            viaDirect.write(chunk);
        }
        direct.end();
        byte[] d1 = viaDirect.toByteArray();
        System.out.println("direct: " + d1.length + " crc " + Long.toHexString(crc(d1, 0, d1.length)) + " same "
                + Arrays.equals(d1, compress(text, 1, 0, false)));

        // Streams.
        ByteArrayOutputStream zlibBytes = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(zlibBytes, new Deflater(7), 100, true)) {
            out.write(text, 0, 5000);
            out.flush();
            out.write(text, 5000, text.length - 5000);
        }
        byte[] z = zlibBytes.toByteArray();
        System.out.println("DeflaterOutputStream: " + z.length + " crc " + Long.toHexString(crc(z, 0, z.length))
                + " back " + Arrays.equals(text, new InflaterInputStream(new ByteArrayInputStream(z)).readAllBytes()));

        ByteArrayOutputStream gzipBytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gzipBytes)) {
            out.write(mixed);
        }
        byte[] g = gzipBytes.toByteArray();
        System.out.println("gzip: " + g.length + " crc " + Long.toHexString(crc(g, 0, g.length)) + " head "
                + hex(g, 0, 10) + " back " + Arrays.equals(mixed, new GZIPInputStream(new ByteArrayInputStream(g))
                .readAllBytes()));

        ByteArrayOutputStream zipBytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zipBytes)) {
            out.setComment("made by DeflateRoundTrips");
            for (int i = 0; i < 3; i++) {
                ZipEntry entry = new ZipEntry("entry" + i + ".txt");
                entry.setTimeLocal(LocalDateTime.of(2020, 1, 2, 3, 4, 6));
                byte[] content = i == 1 ? mixed : text(3000 + 1000 * i, 10 + i);
                if (i == 2) {
                    entry.setMethod(ZipEntry.STORED);
                    entry.setSize(content.length);
                    entry.setCrc(crc(content, 0, content.length));
                }
                out.setLevel(i == 0 ? 1 : 9);
                out.putNextEntry(entry);
                out.write(content);
                out.closeEntry();
            }
        }
        byte[] zip = zipBytes.toByteArray();
        System.out.println("zip: " + zip.length + " crc " + Long.toHexString(crc(zip, 0, zip.length)));
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                byte[] content = in.readAllBytes();
                System.out.println("  " + entry.getName() + " method " + entry.getMethod() + " " + content.length
                        + " bytes, compressed " + entry.getCompressedSize() + ", crc "
                        + Long.toHexString(crc(content, 0, content.length)));
            }
        }
    }
}
