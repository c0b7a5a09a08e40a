// byte-array processing with unsigned masking: run-length encode/decode, histogram, bit packing into bytes, big/little-endian assembly of ints and longs, simple XOR cipher.
import java.util.Arrays;

public class RunLengthAndBytes {
    static byte[] rle(byte[] in) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < in.length; ) { int j = i; while (j < in.length && in[j] == in[i] && j - i < 255) j++; out.write(j - i); out.write(in[i]); i = j; }
        return out.toByteArray();
    }
    static byte[] unrle(byte[] in) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < in.length; i += 2) for (int k = 0; k < (in[i] & 0xff); k++) out.write(in[i + 1]);
        return out.toByteArray();
    }

    public static void main(String[] args) {
        byte[] data = new byte[600];
        for (int i = 0; i < data.length; i++) data[i] = (byte) (i < 300 ? 7 : i < 310 ? i : -1);
        byte[] enc = rle(data);
        System.out.println(enc.length + " " + Arrays.toString(Arrays.copyOf(enc, 16)) + " roundtrip " + Arrays.equals(unrle(enc), data));
        int[] hist = new int[256];
        for (byte b : data) hist[b & 0xff]++;
        System.out.println("hist[7]=" + hist[7] + " hist[255]=" + hist[255] + " hist[0x80]=" + hist[0x80] + " signed sum " + sum(data) + " unsigned sum " + usum(data));
        boolean[] bits = new boolean[21];
        for (int i = 0; i < bits.length; i++) bits[i] = i % 3 == 0 || i % 5 == 0;
        byte[] packed = new byte[(bits.length + 7) / 8];
        for (int i = 0; i < bits.length; i++) if (bits[i]) packed[i >> 3] |= (byte) (0x80 >>> (i & 7));
        StringBuilder sb = new StringBuilder();
        for (byte p : packed) sb.append(String.format("%8s", Integer.toBinaryString(p & 0xff)).replace(' ', '0')).append(' ');
        System.out.println("packed " + sb + Arrays.toString(packed));
        byte[] raw = {(byte) 0xDE, (byte) 0xAD, (byte) 0xBE, (byte) 0xEF, 0x01, 0x23, 0x45, 0x67};
        int be = (raw[0] & 0xff) << 24 | (raw[1] & 0xff) << 16 | (raw[2] & 0xff) << 8 | (raw[3] & 0xff);
        int le = (raw[3] & 0xff) << 24 | (raw[2] & 0xff) << 16 | (raw[1] & 0xff) << 8 | (raw[0] & 0xff);
        int wrong = raw[0] << 24 | raw[1] << 16 | raw[2] << 8 | raw[3];
        long l = 0;
        for (byte b : raw) l = l << 8 | (b & 0xff);
        System.out.println(Integer.toHexString(be) + " " + Integer.toHexString(le) + " " + Integer.toHexString(wrong) + " " + Long.toHexString(l) + " " + l);
        byte[] key = "k3y".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] msg = "attack at dawn".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] ct = msg.clone();
        for (int i = 0; i < ct.length; i++) ct[i] ^= key[i % key.length];
        byte[] pt = ct.clone();
        for (int i = 0; i < pt.length; i++) pt[i] ^= key[i % key.length];
        System.out.println(Arrays.toString(ct) + " " + new String(pt, java.nio.charset.StandardCharsets.US_ASCII));
        byte x = (byte) 0x80;
        System.out.println((x >> 1) + " " + (x >>> 1) + " " + ((x & 0xff) >>> 1) + " " + (byte) (x >>> 1) + " " + (byte) ((x & 0xff) >> 1) + " " + (x == (byte) 128) + " " + (x == 128));
    }
    static int sum(byte[] a) { int s = 0; for (byte b : a) s += b; return s; }
    static int usum(byte[] a) { int s = 0; for (byte b : a) s += b & 0xff; return s; }
}
