// java.util.Base64: basic, URL-safe and MIME encoders/decoders, padding and withoutPadding, line wrapping, illegal input messages, round trips of every byte value.
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

public class Base64Codec {
    public static void main(String[] args) {
        String[] inputs = {"", "f", "fo", "foo", "foob", "fooba", "foobar", "Keel JVM!", "\u00ff\u00fe\u00fd"};
        for (String s : inputs) {
            byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
            String enc = Base64.getEncoder().encodeToString(b), url = Base64.getUrlEncoder().encodeToString(b), np = Base64.getEncoder().withoutPadding().encodeToString(b);
            System.out.println("[" + s.length() + "] " + enc + " | " + url + " | " + np + " | rt=" + Arrays.equals(Base64.getDecoder().decode(enc), b) + Arrays.equals(Base64.getUrlDecoder().decode(Base64.getUrlEncoder().withoutPadding().encodeToString(b)), b));
        }
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) all[i] = (byte) i;
        String enc = Base64.getEncoder().encodeToString(all);
        System.out.println(enc.length() + " " + enc.substring(0, 40) + " ... " + enc.substring(enc.length() - 20));
        String mime = Base64.getMimeEncoder().encodeToString(all);
        System.out.println("mime lines " + mime.split("\r\n").length + " first line length " + mime.indexOf("\r\n") + " rt " + Arrays.equals(Base64.getMimeDecoder().decode(mime), all));
        String custom = Base64.getMimeEncoder(16, "|".getBytes()).encodeToString(Arrays.copyOf(all, 30));
        System.out.println(custom);
        System.out.println(new String(Base64.getDecoder().decode("SGVsbG8sIFdvcmxkIQ=="), StandardCharsets.US_ASCII) + " " + new String(Base64.getMimeDecoder().decode("SGVs\r\nbG8=!!"), StandardCharsets.US_ASCII));
        String[] bad = {"abc", "a===", "ab!c", "ab-_", "=abc", "YW=Jj"};
        for (String s : bad) {
            try { System.out.println(s + " -> " + Arrays.toString(Base64.getDecoder().decode(s))); } catch (IllegalArgumentException e) { System.out.println(s + " -> " + e.getMessage()); }
        }
        System.out.println(Arrays.toString(Base64.getUrlDecoder().decode("ab-_")) + " " + Arrays.toString(Base64.getDecoder().decode("YWI")) + " " + Base64.getEncoder().encode(new byte[]{-1, -2}).length);
    }
}
