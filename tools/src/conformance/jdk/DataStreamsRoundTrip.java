// byte I/O in memory: DataOutputStream/DataInputStream round trip of every primitive and modified UTF-8, ByteArrayOutputStream contents, EOFException, BufferedInputStream mark/reset.
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.util.HexFormat;

public class DataStreamsRoundTrip {
    public static void main(String[] args) throws IOException {
        ByteArrayOutputStream bos = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bos);
        out.writeBoolean(true); out.writeByte(-2); out.writeShort(-32768); out.writeChar('\u20ac'); out.writeInt(0xCAFEBABE); out.writeLong(Long.MIN_VALUE + 1);
        out.writeFloat(-1.5f); out.writeDouble(Math.PI); out.writeUTF("h\u00e9llo \u0000 \ud83d\ude00"); out.writeBytes("AB"); out.writeChars("CD");
        out.flush();
        byte[] bytes = bos.toByteArray();
        System.out.println(out.size() + " " + bytes.length + " " + HexFormat.of().formatHex(bytes));
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
        System.out.println(in.readBoolean() + " " + in.readByte() + " " + in.readShort() + " " + Integer.toHexString(in.readChar()) + " " + Integer.toHexString(in.readInt()) + " " + in.readLong() + " " + in.readFloat() + " " + in.readDouble());
        String utf = in.readUTF();
        StringBuilder cps = new StringBuilder();
        utf.codePoints().forEach(cp -> cps.append(Integer.toHexString(cp)).append(' '));
        System.out.println("utf " + utf.length() + " " + cps.toString().trim());
        System.out.println((char) in.readUnsignedByte() + "" + (char) in.readUnsignedByte() + " " + in.readChar() + in.readChar() + " available " + in.available());
        try { in.readInt(); } catch (EOFException e) { System.out.println("EOFException " + e.getMessage()); }
        DataInputStream unsigned = new DataInputStream(new ByteArrayInputStream(new byte[]{(byte) 0xff, (byte) 0xff, (byte) 0xfe}));
        System.out.println(unsigned.readUnsignedShort() + " " + unsigned.readUnsignedByte() + " " + unsigned.read());
        ByteArrayOutputStream raw = new ByteArrayOutputStream(2);
        for (int i = 0; i < 300; i++) raw.write(i);
        raw.write(new byte[]{1, 2, 3}, 1, 2);
        System.out.println(raw.size() + " " + raw.toByteArray()[255] + " " + raw.toByteArray()[256] + " " + raw.toString(java.nio.charset.StandardCharsets.ISO_8859_1).length());
        BufferedInputStream bis = new BufferedInputStream(new ByteArrayInputStream("0123456789".getBytes()), 4);
        bis.read(); bis.mark(5);
        byte[] two = new byte[2];
        bis.read(two);
        bis.reset();
        System.out.println("mark/reset " + (char) bis.read() + " " + new String(two) + " skip " + bis.skip(3) + " next " + (char) bis.read() + " rest " + new String(bis.readAllBytes()));
        ByteArrayInputStream bais = new ByteArrayInputStream(new byte[]{10, 20, 30, 40, 50}, 1, 3);
        System.out.println(bais.available() + " " + bais.read() + " " + new String(bais.readNBytes(5), java.nio.charset.StandardCharsets.ISO_8859_1).length() + " " + bais.read());
        try { new DataOutputStream(new ByteArrayOutputStream()).writeUTF("x".repeat(70000)); } catch (java.io.UTFDataFormatException e) { System.out.println("UTFDataFormatException " + e.getMessage()); }
    }
}
