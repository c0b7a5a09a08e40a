// CharsetEncoder/CharsetDecoder with REPORT/REPLACE/IGNORE actions: MalformedInputException and UnmappableCharacterException messages, canEncode, custom replacements, CoderResult.
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

public class CharsetDecoderErrors {
    static String units(CharSequence s) { StringBuilder sb = new StringBuilder(); for (int i = 0; i < s.length(); i++) sb.append(String.format("%04x ", (int) s.charAt(i))); return sb.toString().trim(); }

    public static void main(String[] args) {
        byte[] bad = {0x41, (byte) 0xc3, 0x28, 0x42, (byte) 0xff};
        for (CodingErrorAction a : new CodingErrorAction[]{CodingErrorAction.REPORT, CodingErrorAction.REPLACE, CodingErrorAction.IGNORE}) {
            CharsetDecoder dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(a);
            try { System.out.println("decode " + a + ": " + units(dec.decode(ByteBuffer.wrap(bad)))); }
            catch (CharacterCodingException e) { System.out.println("decode " + a + ": " + e.getClass().getSimpleName() + ": " + e.getMessage()); }
        }
        CharsetDecoder custom = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE).replaceWith("?");
        try { System.out.println("custom replacement " + custom.decode(ByteBuffer.wrap(bad))); } catch (CharacterCodingException e) { System.out.println(e); }
        String text = "caf\u00e9 \u20ac \ud83d\ude00";
        for (CodingErrorAction a : new CodingErrorAction[]{CodingErrorAction.REPORT, CodingErrorAction.REPLACE, CodingErrorAction.IGNORE}) {
            CharsetEncoder enc = StandardCharsets.US_ASCII.newEncoder().onUnmappableCharacter(a);
            try { ByteBuffer out = enc.encode(CharBuffer.wrap(text)); byte[] b = new byte[out.remaining()]; out.get(b); System.out.println("encode ascii " + a + ": " + HexFormat.of().formatHex(b)); }
            catch (CharacterCodingException e) { System.out.println("encode ascii " + a + ": " + e.getClass().getSimpleName() + ": " + e.getMessage()); }
        }
        CharsetEncoder latin = StandardCharsets.ISO_8859_1.newEncoder();
        System.out.println("canEncode " + latin.canEncode('\u00e9') + " " + latin.canEncode('\u20ac') + " " + latin.canEncode("plain") + " maxBytes " + latin.maxBytesPerChar() + " utf8 max " + StandardCharsets.UTF_8.newEncoder().maxBytesPerChar());
        try { StandardCharsets.UTF_8.newEncoder().encode(CharBuffer.wrap("a\ud800b")); } catch (CharacterCodingException e) { System.out.println("lone surrogate: " + e.getClass().getSimpleName() + ": " + e.getMessage()); }
        CharsetDecoder step = StandardCharsets.UTF_8.newDecoder();
        CharBuffer cb = CharBuffer.allocate(10);
        ByteBuffer part = ByteBuffer.wrap(new byte[]{0x68, (byte) 0xe2, (byte) 0x82});
        CoderResult r1 = step.decode(part, cb, false);
        System.out.println("partial: " + r1 + " consumed " + part.position() + " chars " + cb.position());
        ByteBuffer rest = ByteBuffer.wrap(new byte[]{(byte) 0xe2, (byte) 0x82, (byte) 0xac, 0x21});
        CoderResult r2 = step.decode(rest, cb, true);
        step.flush(cb);
        cb.flip();
        System.out.println("completed: " + r2 + " -> " + units(cb));
        CoderResult m = CoderResult.malformedForLength(2);
        System.out.println(m + " " + m.isMalformed() + " " + m.length() + " " + CoderResult.UNDERFLOW.isUnderflow() + " " + CoderResult.OVERFLOW);
    }
}
