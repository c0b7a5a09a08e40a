// compound assignment implicit narrowing: byte/short/char op= with int/long/float/double right-hand sides, >>>= on negative bytes and shorts (promote, shift, truncate), shift counts masked to 5/6 bits (negative and >=64), ++/-- wrap on every type, float/double += precision loss, and op= on array elements and fields evaluated once.
public class CompoundAssignmentNarrowing {
    static int evals;
    static byte[] arr = {10, 20, 30};
    static int idx() { evals++; return 1; }

    static class Holder { short s = 1000; char c = 'A'; long l = 1; float f = 1.5f; }
    static Holder h = new Holder();
    static Holder holder() { evals++; return h; }

    public static void main(String[] args) {
        byte b = 100;
        b += 100; System.out.print("byte+=100 " + b);
        b *= 3; System.out.print(" *=3 " + b);
        b -= 300; System.out.print(" -=300 " + b);
        b /= -1; System.out.print(" /=-1 " + b);
        b = -128; b /= -1; System.out.print(" MIN/=-1 " + b);
        b = 7; b += 1.9; System.out.print(" +=1.9 " + b);
        b = 7; b += 1e10; System.out.print(" +=1e10 " + b);
        b = 7; b += 300L; System.out.print(" +=300L " + b);
        b = 7; b -= Float.NaN; System.out.println(" -=NaN " + b);
        byte nb = -16;
        nb >>>= 2; System.out.print("byte -16>>>=2 " + nb);
        nb = -16; nb >>>= 28; System.out.print(" >>>=28 " + nb);
        nb = -16; nb >>= 2; System.out.print(" >>=2 " + nb);
        nb = -1; nb >>>= 24; System.out.print(" -1>>>=24 " + nb);
        nb = -1; nb >>>= 25; System.out.println(" -1>>>=25 " + nb);
        short s = -1;
        s >>>= 10; System.out.print("short -1>>>=10 " + s);
        s = -1; s >>>= 16; System.out.print(" >>>=16 " + s);
        s = -1; s >>>= 17; System.out.print(" >>>=17 " + s);
        s = Short.MAX_VALUE; s++; System.out.print(" MAX++ " + s);
        s = 300; s *= 300; System.out.print(" 300*=300 " + s);
        s = 1; s <<= 15; System.out.print(" 1<<=15 " + s);
        s = 1; s <<= 16; System.out.println(" 1<<=16 " + s);
        char c = 'z';
        c += 1; System.out.print("char z+1 " + (int) c);
        c = 0; c--; System.out.print(" 0-- " + (int) c);
        c = 'a'; c *= 1000; System.out.print(" a*=1000 " + (int) c);
        c = 'A'; c += 0.99f; System.out.print(" A+=0.99f " + c);
        c = 'A'; c -= 66; System.out.print(" A-=66 " + (int) c);
        c = '\uffff'; c >>= 4; System.out.print(" ffff>>=4 " + Integer.toHexString(c));
        c = '\uffff'; c >>>= 4; System.out.println(" ffff>>>=4 " + Integer.toHexString(c));
        int i = 1;
        System.out.print("int shifts " + (i << 32) + " " + (i << 33) + " " + (i << -1) + " " + (-1 >>> 32) + " " + (-1 >>> -31) + " " + (8 >> 35));
        long L = 1;
        System.out.println(" long shifts " + (L << 64) + " " + (L << 65) + " " + (L << -1) + " " + (-1L >>> 64) + " " + (-1L >>> -63) + " " + (1L << 63 >> 63));
        int shiftBy = 40;
        int si = 3; si <<= shiftBy; long sl = 3; sl <<= shiftBy;
        System.out.println("<<= 40: int " + si + " long " + sl + " int<<=long " + (si = 3) + "->" + (si <<= 40L));
        int big = Integer.MAX_VALUE;
        big += 1; System.out.print("int MAX+=1 " + big);
        big = Integer.MAX_VALUE; big += 1.0f; System.out.print(" MAX+=1.0f " + big);
        big = 16777217; big += 0.0f; System.out.print(" 16777217+=0.0f " + big);
        big = 16777217; big += 0.0; System.out.print(" +=0.0 " + big);
        big = 5; big *= 2.6; System.out.print(" 5*=2.6 " + big);
        big = -5; big /= 2.0; System.out.print(" -5/=2.0 " + big);
        big = 7; big %= 2.5; System.out.println(" 7%=2.5 " + big);
        long lg = Long.MAX_VALUE;
        lg += 1.0; System.out.print("long MAX+=1.0 " + lg);
        lg = 1L << 53; lg += 1.0; System.out.print(" 2^53+=1.0 " + lg);
        lg = (1L << 53) + 1; lg += 0.0f; System.out.println(" (2^53+1)+=0.0f " + lg);
        float f = 16777216f;
        f += 1; System.out.print("float 2^24+=1 " + f);
        f += 2; System.out.print(" +=2 " + f);
        f = 0.1f; f += 0.2; System.out.print(" 0.1f+=0.2 " + f);
        double d = 0.1; d += 0.2f; System.out.println(" 0.1+=0.2f " + d);
        evals = 0;
        arr[idx()] += 5;
        arr[idx()] <<= 3;
        arr[idx()]++;
        System.out.println("array op= " + java.util.Arrays.toString(arr) + " evals " + evals);
        evals = 0;
        holder().s *= 40;
        holder().c += 2;
        holder().l <<= 62;
        holder().f /= 0;
        holder().s--;
        System.out.println("field op= s=" + h.s + " c=" + h.c + " l=" + h.l + " f=" + h.f + " evals=" + evals);
        int x = 5;
        x += x++ * --x;
        System.out.print("x+=x++*--x " + x);
        int y = 10;
        y -= y = 3;
        System.out.print(" y-=y=3 " + y);
        int z = 2;
        z = z++ + z++;
        System.out.println(" z=z++ + z++ " + z);
        byte[] bs = {Byte.MIN_VALUE, -1, 0, 1, Byte.MAX_VALUE};
        StringBuilder sb = new StringBuilder("byte ops:");
        for (byte v : bs) {
            byte n = v; n = (byte) -n;
            byte inc = v; inc++;
            byte dec = v; dec--;
            byte not = (byte) ~v;
            sb.append(' ').append(v).append("->").append(n).append('/').append(inc).append('/').append(dec).append('/').append(not).append('/').append(v >>> 1).append('/').append((byte) (v >>> 1)).append('/').append((v & 0xff) >>> 1);
        }
        System.out.println(sb);
        short[] ss = {Short.MIN_VALUE, -2, 2, Short.MAX_VALUE};
        sb.setLength(0);
        sb.append("short ops:");
        for (short v : ss) {
            short m = v; m *= v;
            short q = v; q /= -1;
            sb.append(' ').append(v).append("->").append(m).append('/').append(q).append('/').append((char) v + 0).append('/').append((short) (char) v);
        }
        System.out.println(sb);
        char cc = 'x';
        cc ^= ' ';
        int ci = 'a' + 1;
        char cx = 'a' + 1;
        final int fi = 98;
        char fromConst = fi;
        System.out.println("char xor " + cc + " 'a'+1 int " + ci + " char " + cx + " const-narrowed " + fromConst + " ternary " + (true ? 'b' : 0) + " " + (false ? 'b' : i) + " " + (true ? 'b' : (Integer) 0));
    }
}
