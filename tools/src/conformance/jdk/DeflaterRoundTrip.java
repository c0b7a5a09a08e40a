// Deflater compression (kept separate because Keel may not implement it): compress text at several levels and strategies, nowrap raw deflate, DeflaterOutputStream/GZIPOutputStream, then Inflater round trips; compressed sizes are printed only as "smaller than input" checks, adler/crc and byte counts exactly.
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.*;

public class DeflaterRoundTrip {
    static byte[] deflate(byte[] in, int level, int strategy, boolean nowrap) {
        Deflater d = new Deflater(level, nowrap);
        d.setStrategy(strategy);
        d.setInput(in);
        d.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64];
        while (!d.finished()) out.write(buf, 0, d.deflate(buf));
        System.out.println("  deflater in=" + d.getBytesRead() + " out=" + (level == 0 ? String.valueOf(d.getBytesWritten()) : "(zlib-dependent)") + " totalIn=" + d.getTotalIn() + " adler=" + (nowrap ? "n/a" : Long.toHexString(d.getAdler())));
        d.end();
        return out.toByteArray();
    }

    static byte[] inflate(byte[] in, boolean nowrap) throws DataFormatException {
        Inflater inf = new Inflater(nowrap);
        inf.setInput(in);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[37];
        while (!inf.finished()) {
            int n = inf.inflate(buf);
            if (n == 0 && (inf.needsInput() || inf.needsDictionary())) break;
            out.write(buf, 0, n);
        }
        inf.end();
        return out.toByteArray();
    }

    public static void main(String[] args) throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 200; i++) sb.append("line ").append(i % 17).append(": the quick brown fox ").append(i * i % 101).append('\n');
        byte[] text = sb.toString().getBytes(StandardCharsets.US_ASCII);
        System.out.println("input " + text.length);
        int[] levels = {Deflater.NO_COMPRESSION, Deflater.BEST_SPEED, Deflater.DEFAULT_COMPRESSION, Deflater.BEST_COMPRESSION};
        for (int level : levels) {
            for (int strategy : new int[]{Deflater.DEFAULT_STRATEGY, Deflater.FILTERED, Deflater.HUFFMAN_ONLY}) {
                System.out.println("level " + level + " strategy " + strategy);
                byte[] z = deflate(text, level, strategy, false);
                byte[] back = inflate(z, false);
                System.out.println("  smaller=" + (z.length < text.length) + " roundTrip=" + Arrays.equals(back, text) + " zlibHeader=" + ((z[0] & 0xff) == 0x78));
            }
        }
        System.out.println("raw nowrap");
        byte[] raw = deflate(text, 6, Deflater.DEFAULT_STRATEGY, true);
        System.out.println("  roundTrip=" + Arrays.equals(inflate(raw, true), text));
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        try (DeflaterOutputStream dos = new DeflaterOutputStream(bos)) {
            for (int i = 0; i < text.length; i += 100) dos.write(text, i, Math.min(100, text.length - i));
        }
        byte[] viaStream = bos.toByteArray();
        try (InflaterInputStream iis = new InflaterInputStream(new ByteArrayInputStream(viaStream))) {
            System.out.println("DeflaterOutputStream roundTrip=" + Arrays.equals(iis.readAllBytes(), text));
        }
        ByteArrayOutputStream gbos = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(gbos)) { gz.write(text); }
        byte[] g = gbos.toByteArray();
        System.out.println("gzip magic " + Integer.toHexString(g[0] & 0xff) + Integer.toHexString(g[1] & 0xff) + " method " + g[2]);
        try (GZIPInputStream gin = new GZIPInputStream(new ByteArrayInputStream(g))) {
            System.out.println("gzip roundTrip=" + Arrays.equals(gin.readAllBytes(), text));
        }
        Deflater dictDef = new Deflater();
        byte[] dict = "the quick brown fox".getBytes(StandardCharsets.US_ASCII);
        dictDef.setDictionary(dict);
        dictDef.setInput("the quick brown fox jumps; the quick brown fox sleeps".getBytes(StandardCharsets.US_ASCII));
        dictDef.finish();
        byte[] dbuf = new byte[200];
        int dlen = dictDef.deflate(dbuf);
        dictDef.end();
        Inflater dictInf = new Inflater();
        dictInf.setInput(dbuf, 0, dlen);
        byte[] obuf = new byte[200];
        int n = dictInf.inflate(obuf);
        System.out.println("dictionary needed=" + dictInf.needsDictionary() + " n=" + n + " adler=" + Long.toHexString(dictInf.getAdler()));
        dictInf.setDictionary(dict);
        n = dictInf.inflate(obuf);
        System.out.println("with dictionary: " + new String(obuf, 0, n, StandardCharsets.US_ASCII) + " finished=" + dictInf.finished());
        dictInf.end();
        Deflater flush = new Deflater();
        flush.setInput("partial".getBytes(StandardCharsets.US_ASCII));
        byte[] fb = new byte[100];
        int f1 = flush.deflate(fb, 0, fb.length, Deflater.SYNC_FLUSH);
        System.out.println("sync flush produced bytes=" + (f1 > 0) + " tail=" + Integer.toHexString(fb[f1 - 4] & 0xff) + Integer.toHexString(fb[f1 - 3] & 0xff) + Integer.toHexString(fb[f1 - 2] & 0xff) + Integer.toHexString(fb[f1 - 1] & 0xff));
        flush.end();
        try { new Deflater(10); } catch (IllegalArgumentException e) { System.out.println("bad level: " + e.getMessage()); }
        Deflater ended = new Deflater();
        ended.end();
        try { ended.setInput(new byte[1]); ended.deflate(new byte[10]); } catch (NullPointerException e) { System.out.println("after end: " + e.getMessage()); }
    }
}
