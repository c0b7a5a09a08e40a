// java.util.zip checksums beyond the basics: CRC32, CRC32C and Adler32 via update(int), array ranges, heap/direct/read-only/sliced ByteBuffers, reset, incremental vs one-shot equality, Adler32 modulo wrap on long inputs, and the Checksum default update(byte[]).
import java.nio.ByteBuffer;
import java.util.zip.*;

public class ChecksumVariants {
    static String hex(long v) { return String.format("%08x", v); }

    public static void main(String[] args) {
        byte[] text = "The quick brown fox jumps over the lazy dog".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        Checksum[] sums = {new CRC32(), new CRC32C(), new Adler32()};
        String[] names = {"CRC32", "CRC32C", "Adler32"};
        for (int k = 0; k < sums.length; k++) {
            Checksum c = sums[k];
            c.update(text);
            long oneShot = c.getValue();
            c.reset();
            long afterReset = c.getValue();
            for (byte b : text) c.update(b);
            long perByte = c.getValue();
            c.reset();
            c.update(text, 0, 10);
            c.update(text, 10, text.length - 10);
            long split = c.getValue();
            c.reset();
            c.update(ByteBuffer.wrap(text));
            long heap = c.getValue();
            c.reset();
            ByteBuffer direct = ByteBuffer.allocateDirect(text.length);
            direct.put(text).flip();
            c.update(direct);
            long dir = c.getValue();
            System.out.println(names[k] + " oneShot=" + hex(oneShot) + " reset=" + hex(afterReset) + " perByte=" + hex(perByte) + " split=" + hex(split) + " heapBuf=" + hex(heap) + " directBuf=" + hex(dir) + " directPos=" + direct.position());
            c.reset();
            ByteBuffer ro = ByteBuffer.wrap(text).asReadOnlyBuffer();
            ro.position(4).limit(9);
            c.update(ro);
            long roVal = c.getValue();
            c.reset();
            c.update(text, 4, 5);
            System.out.println(names[k] + " readOnly slice=" + hex(roVal) + " same as range=" + (roVal == c.getValue()) + " roPos=" + ro.position());
            c.reset();
            c.update(new byte[0]);
            c.update(text, 3, 0);
            System.out.println(names[k] + " empty=" + hex(c.getValue()));
            c.reset();
            c.update(0x1FF);
            c.update(-1);
            long viaInt = c.getValue();
            c.reset();
            c.update(new byte[]{(byte) 0xFF, (byte) 0xFF});
            System.out.println(names[k] + " update(int) low byte only=" + (viaInt == c.getValue()) + " value=" + hex(viaInt));
            try { c.update(text, 40, 10); } catch (ArrayIndexOutOfBoundsException e) { System.out.println(names[k] + " bad range AIOOBE " + e.getMessage()); }
        }
        byte[] zeros = new byte[100000];
        byte[] ffs = new byte[100000];
        java.util.Arrays.fill(ffs, (byte) 0xFF);
        byte[] ramp = new byte[65537];
        for (int i = 0; i < ramp.length; i++) ramp[i] = (byte) (i * 31 + (i >> 8));
        byte[][] inputs = {zeros, ffs, ramp};
        String[] in = {"zeros", "ffs", "ramp"};
        for (int j = 0; j < inputs.length; j++) {
            StringBuilder sb = new StringBuilder(in[j] + ":");
            for (int k = 0; k < 3; k++) {
                Checksum c = k == 0 ? new CRC32() : k == 1 ? new CRC32C() : new Adler32();
                c.update(inputs[j], 0, inputs[j].length);
                long whole = c.getValue();
                c.reset();
                for (int off = 0; off < inputs[j].length; off += 4099) c.update(inputs[j], off, Math.min(4099, inputs[j].length - off));
                sb.append(' ').append(names[k]).append('=').append(hex(whole)).append(whole == c.getValue() ? "" : "(chunk mismatch)");
            }
            System.out.println(sb);
        }
        String[] known = {"", "a", "abc", "message digest", "123456789"};
        for (String s : known) {
            byte[] b = s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            CRC32 c1 = new CRC32(); c1.update(b);
            CRC32C c2 = new CRC32C(); c2.update(b);
            Adler32 a = new Adler32(); a.update(b);
            System.out.println("'" + s + "' crc32=" + hex(c1.getValue()) + " crc32c=" + hex(c2.getValue()) + " adler32=" + hex(a.getValue()));
        }
        ByteBuffer mixed = ByteBuffer.allocate(64);
        for (int i = 0; i < 64; i++) mixed.put((byte) i);
        mixed.position(10).limit(50);
        ByteBuffer slice = mixed.slice();
        CRC32 s1 = new CRC32(); s1.update(slice);
        CRC32 s2 = new CRC32(); s2.update(mixed.array(), 10, 40);
        System.out.println("slice crc " + hex(s1.getValue()) + " eq " + (s1.getValue() == s2.getValue()) + " slice pos " + slice.position() + " mixed pos " + mixed.position());
    }
}
