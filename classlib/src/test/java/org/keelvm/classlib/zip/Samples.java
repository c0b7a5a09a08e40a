package org.keelvm.classlib.zip;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/** Inputs for compression with different statistics, each the same bytes on every run. */
final class Samples {
    private static final String[] WORDS = ("the of and a to in is you that it he was for on are as with his they I at"
            + " be this have from or one had by word but not what all were we when your can said there use an each"
            + " which she do how their if will up other about out many then them these so some her would make like"
            + " Inflater GZIPInputStream java.util.zip deflate 0x1F8B 65521 {}[]();").split(" ");

    private Samples() {
    }

    /** English-like text: words of a small vocabulary, spaces and line breaks. */
    static byte[] text(int size, long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder(size + 16);
        while (text.length() < size) {
            text.append(WORDS[random.nextInt(WORDS.length)]).append(random.nextInt(12) == 0 ? '\n' : ' ');
        }
        return text.substring(0, size).getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Uniformly random bytes, which deflate stores or codes with flat Huffman codes. */
    static byte[] random(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    /** A short pattern repeated: long matches at small distances, overlapping their own output. */
    static byte[] repetitive(int size) {
        byte[] bytes = new byte[size];
        byte[] pattern = "abcabd".getBytes(StandardCharsets.ISO_8859_1);
        for (int i = 0; i < size; i++) {
            bytes[i] = pattern[i % pattern.length];
        }
        return bytes;
    }

    /**
     * Runs of text, random bytes, zeros and copies of earlier runs up to 32 KiB back, so that one stream mixes
     * block types and uses the whole distance range.
     */
    static byte[] mixed(int size, long seed) {
        Random random = new Random(seed);
        byte[] bytes = new byte[size];
        int position = 0;
        while (position < size) {
            int run = Math.min(size - position, 1 + random.nextInt(6000));
            switch (random.nextInt(4)) {
                case 0 -> System.arraycopy(text(run, random.nextLong()), 0, bytes, position, run);
                case 1 -> System.arraycopy(random(run, random.nextLong()), 0, bytes, position, run);
                case 2 -> Arrays.fill(bytes, position, position + run, (byte) 0);
                default -> {
                    int distance = 1 + random.nextInt(Math.min(position + 1, 32768));
                    for (int i = 0; i < run; i++) {
                        int from = position + i - distance;
                        bytes[position + i] = from >= 0 ? bytes[from] : 0;
                    }
                }
            }
            position += run;
        }
        return bytes;
    }

    /** The inputs most tests run over, by name. */
    static Map<String, byte[]> all() {
        Map<String, byte[]> samples = new LinkedHashMap<>();
        samples.put("empty", new byte[0]);
        samples.put("one byte", new byte[] {'x'});
        samples.put("text", text(20_000, 1));
        samples.put("random", random(20_000, 2));
        samples.put("zeros", new byte[50_000]);
        samples.put("repetitive", repetitive(30_000));
        samples.put("mixed", mixed(60_000, 3));
        return samples;
    }
}
