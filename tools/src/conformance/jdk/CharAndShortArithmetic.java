// char, byte and short arithmetic: promotion to int, compound assignment narrowing, ++ wrap-around, char as unsigned, casts between them, Caesar and Vigenere ciphers.
public class CharAndShortArithmetic {
    static String caesar(String s, int k) {
        StringBuilder sb = new StringBuilder();
        for (char c : s.toCharArray()) {
            if (c >= 'a' && c <= 'z') c = (char) ('a' + (c - 'a' + k + 26) % 26);
            else if (c >= 'A' && c <= 'Z') c = (char) ('A' + (c - 'A' + k + 26) % 26);
            sb.append(c);
        }
        return sb.toString();
    }
    static String vigenere(String s, String key, int sign) {
        char[] out = s.toCharArray();
        for (int i = 0, j = 0; i < out.length; i++) {
            if (Character.isUpperCase(out[i])) { out[i] += sign * (key.charAt(j++ % key.length()) - 'A'); if (out[i] > 'Z') out[i] -= 26; if (out[i] < 'A') out[i] += 26; }
        }
        return new String(out);
    }

    public static void main(String[] args) {
        char c = 'A';
        c += 2; c++; c *= 1;
        System.out.println(c + " " + (c + 1) + " " + (char) (c + 1) + " " + (int) c + " " + ('a' - 'A') + " " + (char) ('z' - 25));
        char max = Character.MAX_VALUE;
        max++;
        char min = 0;
        min--;
        System.out.println((int) max + " " + (int) min + " " + (min > 0));
        byte b = 127;
        b++;
        byte b2 = -128;
        b2--;
        byte b3 = 10;
        b3 *= 30;
        byte b4 = 100;
        b4 += 100;
        b4 >>= 1;
        byte b5 = -1;
        b5 >>>= 4;
        System.out.println(b + " " + b2 + " " + b3 + " " + b4 + " " + b5 + " " + (byte) (b5 >>> 4) + " " + ((b5 & 0xff) >>> 4));
        short s = Short.MAX_VALUE;
        s++;
        short s2 = 300;
        s2 *= 300;
        short s3 = -1;
        s3 >>>= 1;
        System.out.println(s + " " + s2 + " " + s3 + " " + (short) 65535 + " " + (short) 32768 + " " + (int) (char) (short) -1 + 0);
        byte x = 50, y = 100;
        int sum = x + y;
        byte narrowed = (byte) (x + y);
        System.out.println(sum + " " + narrowed + " " + (x * y) + " " + (byte) (x * y) + " " + (short) (x * y * y));
        char[] alphabet = new char[26];
        for (char ch = 'a'; ch <= 'z'; ch++) alphabet[ch - 'a'] = (char) (ch ^ 0x20);
        System.out.println(new String(alphabet));
        System.out.println(caesar("Hello, World!", 3) + " " + caesar(caesar("Hello, World!", 3), -3) + " " + caesar("xyz ABC", 13));
        String enc = vigenere("ATTACKATDAWN", "LEMON", 1);
        System.out.println(enc + " " + vigenere(enc, "LEMON", -1));
        int hash = 0;
        for (char ch : "checksum".toCharArray()) hash = (hash << 5) - hash + ch;
        short sh = (short) hash;
        byte by = (byte) hash;
        System.out.println(hash + " " + sh + " " + by + " " + (char) (hash & 0x7f));
        char digit = '7';
        int value = digit - '0';
        char next = (char) (digit + 1);
        System.out.println(value + " " + next + " " + (char) ('0' + 9) + " " + Character.getNumericValue('Z') + " " + (int) Character.forDigit(15, 16));
    }
}
