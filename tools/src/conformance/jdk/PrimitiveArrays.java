// newarray of every primitive type: default values, stores that truncate, lengths, element loads/stores (baload..daload), clone.
public class PrimitiveArrays {
    public static void main(String[] args) {
        boolean[] z = new boolean[3]; byte[] b = new byte[4]; char[] c = new char[3]; short[] s = new short[3];
        int[] i = new int[5]; long[] l = new long[3]; float[] f = new float[3]; double[] d = new double[3];
        System.out.println("defaults " + z[0] + " " + b[0] + " " + (int) c[0] + " " + s[0] + " " + i[0] + " " + l[0] + " " + f[0] + " " + d[0]);
        System.out.println("lengths " + z.length + b.length + c.length + s.length + i.length + l.length + f.length + d.length);
        z[1] = true;
        for (int k = 0; k < b.length; k++) b[k] = (byte) (k * 100);
        c[0] = 'A'; c[1] = (char) 0x263A; c[2] = (char) -1;
        s[0] = (short) 70000; s[1] = -32768; s[2] = (short) (s[1] - 1);
        for (int k = 0; k < i.length; k++) i[k] = k * k - 3;
        l[0] = Long.MIN_VALUE; l[1] = 1L << 40; l[2] = l[0] + l[1];
        f[0] = 1.1f; f[1] = -0.0f; f[2] = f[0] * 3;
        d[0] = Math.PI; d[1] = Double.NaN; d[2] = d[0] / 7;
        System.out.println("z " + z[0] + z[1] + z[2]);
        System.out.println("b " + b[0] + " " + b[1] + " " + b[2] + " " + b[3]);
        System.out.println("c " + c[0] + " " + (int) c[1] + " " + (int) c[2]);
        System.out.println("s " + s[0] + " " + s[1] + " " + s[2]);
        System.out.println("i " + i[0] + " " + i[1] + " " + i[2] + " " + i[3] + " " + i[4]);
        System.out.println("l " + l[0] + " " + l[1] + " " + l[2]);
        System.out.println("f " + f[0] + " " + f[1] + " " + f[2]);
        System.out.println("d " + d[0] + " " + d[1] + " " + d[2]);
        b[0]++; b[3] += 200; c[0] += 2; s[0] <<= 3; i[4] *= -i[4]; l[1] >>>= 3; f[0] /= 0; d[2] %= 0.1;
        System.out.println("compound " + b[0] + " " + b[3] + " " + c[0] + " " + s[0] + " " + i[4] + " " + l[1] + " " + f[0] + " " + d[2]);
        int[] copy = i.clone();
        copy[0] = 99;
        System.out.println("clone " + i[0] + " " + copy[0] + " " + (copy != i) + " " + copy.length);
        long total = 0;
        int[] big = new int[1000];
        for (int k = 0; k < big.length; k++) big[k] = k ^ (k << 3);
        for (int v : big) total += v;
        System.out.println("big " + total);
        byte[] empty = new byte[0];
        System.out.println("empty " + empty.length + " " + new double[0].length);
        char[] word = {'h', 'e', 'l', 'l', 'o'};
        System.out.println(word);
        System.out.println(new String(word, 1, 3));
    }
}
