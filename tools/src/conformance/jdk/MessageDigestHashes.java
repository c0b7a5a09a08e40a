// java.security.MessageDigest MD5, SHA-1, SHA-256, SHA-512 of fixed inputs (incremental update vs one shot), and java.util.zip CRC32/Adler32 checksums.
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.Adler32;
import java.util.zip.CRC32;

public class MessageDigestHashes {
    public static void main(String[] args) throws Exception {
        String[] inputs = {"", "abc", "The quick brown fox jumps over the lazy dog", "a".repeat(1000)};
        for (String alg : new String[]{"MD5", "SHA-1", "SHA-256", "SHA-512"}) {
            MessageDigest md = MessageDigest.getInstance(alg);
            System.out.println(alg + " length " + md.getDigestLength());
            for (String s : inputs) {
                String hex = HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
                System.out.println("  " + (s.length() > 20 ? s.substring(0, 20) + "..." : "\"" + s + "\"") + " " + hex);
            }
        }
        MessageDigest inc = MessageDigest.getInstance("SHA-256");
        byte[] data = "incremental update equals one shot".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < data.length; i += 5) inc.update(data, i, Math.min(5, data.length - i));
        byte[] one = MessageDigest.getInstance("SHA-256").digest(data);
        System.out.println("incremental " + MessageDigest.isEqual(inc.digest(), one));
        try { MessageDigest.getInstance("NO-SUCH-DIGEST"); } catch (NoSuchAlgorithmException e) { System.out.println("NoSuchAlgorithmException: " + e.getMessage()); }
        for (String s : inputs) {
            CRC32 crc = new CRC32(); Adler32 ad = new Adler32();
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            crc.update(b); ad.update(b);
            System.out.println("crc32 " + Long.toHexString(crc.getValue()) + " adler32 " + Long.toHexString(ad.getValue()));
        }
        CRC32 stepwise = new CRC32();
        for (byte x : data) stepwise.update(x);
        CRC32 whole = new CRC32();
        whole.update(data);
        System.out.println("crc stepwise equals whole " + (stepwise.getValue() == whole.getValue()));
    }
}
