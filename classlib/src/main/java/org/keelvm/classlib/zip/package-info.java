/**
 * What {@code java.util.zip}'s natives do in HotSpot with zlib, in Java: decompression of deflate data (RFC 1951),
 * raw or in a zlib stream (RFC 1950), compression to it, and the CRC-32 and Adler-32 checksums. The substitutions
 * in {@code org.keelvm.classlib} for {@code Inflater}, {@code Deflater}, {@code CRC32} and {@code Adler32} call these
 * classes; the JDK builds {@code InflaterInputStream}, {@code GZIPInputStream}, {@code ZipInputStream},
 * {@code ZipFile}'s entry streams, {@code DeflaterOutputStream}, {@code GZIPOutputStream} and
 * {@code ZipOutputStream} on top, and reads {@code java/lang/uniName.dat} for {@code Character.getName} through them.
 *
 * <p>The decoder is written from the RFCs. It matches zlib where a program can see the difference: where it stops
 * in the input (the end of the last byte of the stream, so that a gzip trailer or the next zip entry follows),
 * which streams it rejects, and the message it rejects them with, which the JDK passes on in
 * {@code DataFormatException}. The tests hold it to the host JDK's {@code java.util.zip}.
 *
 * <p>The encoder ({@link org.keelvm.classlib.zip.DeflateEncoder}, over {@link org.keelvm.classlib.zip.SlidingWindow}
 * for string matching and {@link org.keelvm.classlib.zip.BlockWriter} for block coding) must match zlib more
 * closely still: deflate has many valid encodings of the same input, and programs print compressed sizes and bytes.
 * It follows zlib 1.2.13's algorithm (the version HotSpot's {@code libzip} links on the hosts Keel is checked on)
 * decision for decision, and its tests compare every call's output with the host's {@code Deflater}.
 *
 * <p>Plain Java that runs on the host as well as in a guest: nothing here may name a substitution class or touch
 * raw memory; the substitutions copy between direct buffers and arrays.
 */
package org.keelvm.classlib.zip;
