// toHexString/toOctalString/toBinaryString (unsigned two's complement view) for int and long, and their round trips via parseUnsigned.
public class HexBinaryOctalStrings {
    public static void main(String[] args) {
        int[] is = {0, 1, -1, 10, 255, 256, -256, Integer.MAX_VALUE, Integer.MIN_VALUE, 0xCAFEBABE, 0x00010000};
        for (int i : is) {
            String h = Integer.toHexString(i), o = Integer.toOctalString(i), b = Integer.toBinaryString(i);
            System.out.println(i + " hex=" + h + " oct=" + o + " bin=" + b + " rt=" + (Integer.parseUnsignedInt(h, 16) == i && Integer.parseUnsignedInt(o, 8) == i && Integer.parseUnsignedInt(b, 2) == i));
        }
        long[] ls = {0L, -1L, 1L << 63, Long.MAX_VALUE, 0xDEADBEEFL, -0xDEADBEEFL};
        for (long l : ls) {
            System.out.println(l + " hex=" + Long.toHexString(l) + " oct=" + Long.toOctalString(l) + " bin=" + Long.toBinaryString(l).length() + ":" + Long.toBinaryString(l)
                + " rt=" + (Long.parseUnsignedLong(Long.toHexString(l), 16) == l));
        }
        System.out.println(Integer.toHexString((byte) -1) + " " + Integer.toHexString(((byte) -1) & 0xff) + " " + Integer.toHexString((short) -2) + " " + Integer.toHexString('A'));
        System.out.println(String.format("%02x%02x%02x", 1, 171, 255) + " " + Integer.toString(0xff, 2) + " " + Integer.toString(-0xff, 16));
        byte[] bytes = {0, 1, 15, 16, 127, -128, -1};
        StringBuilder sb = new StringBuilder();
        for (byte by : bytes) sb.append(Character.forDigit((by >> 4) & 0xF, 16)).append(Character.forDigit(by & 0xF, 16)).append(' ');
        System.out.println(sb);
        System.out.println(java.util.HexFormat.of().formatHex(new byte[]{1, 2, -3, 127}) + " " + java.util.HexFormat.ofDelimiter(":").withUpperCase().formatHex(new byte[]{10, -86}));
        System.out.println(java.util.Arrays.toString(java.util.HexFormat.of().parseHex("00ff7f80")) + " " + java.util.HexFormat.of().toHexDigits(0x1234) + " " + java.util.HexFormat.fromHexDigits("7fff"));
    }
}
