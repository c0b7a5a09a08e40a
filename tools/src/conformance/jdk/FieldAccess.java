// getfield/putfield/getstatic/putstatic for every field type, defaults, field hiding, static vs instance, final fields.
public class FieldAccess {
    static boolean sz; static byte sb; static char sc; static short ss; static int si; static long sl; static float sf; static double sd; static Object so;
    boolean z; byte b; char c; short s; int i; long l; float f; double d; String str;
    static final int CONST = 42;
    final long created;
    static int instances;

    FieldAccess() { created = ++instances; }

    static class Parent { int x = 1; static String name = "Parent"; int get() { return x; } }
    static class Child extends Parent { int x = 2; static String name = "Child"; int get() { return x; } int parentX() { return super.x; } }

    public static void main(String[] args) {
        System.out.println("static defaults " + sz + " " + sb + " " + (int) sc + " " + ss + " " + si + " " + sl + " " + sf + " " + sd + " " + so);
        FieldAccess a = new FieldAccess();
        System.out.println("instance defaults " + a.z + " " + a.b + " " + (int) a.c + " " + a.s + " " + a.i + " " + a.l + " " + a.f + " " + a.d + " " + a.str);
        sz = true; sb = -128; sc = 'z'; ss = 1234; si = -5; sl = 1L << 60; sf = 2.5f; sd = -1e-5; so = "obj";
        a.z = true; a.b = 127; a.c = '0'; a.s = -1; a.i = 7; a.l = -7L; a.f = 1e10f; a.d = 1e100; a.str = "hi";
        System.out.println("static " + sz + " " + sb + " " + sc + " " + ss + " " + si + " " + sl + " " + sf + " " + sd + " " + so);
        System.out.println("instance " + a.z + " " + a.b + " " + a.c + " " + a.s + " " + a.i + " " + a.l + " " + a.f + " " + a.d + " " + a.str);
        sb++; sc++; ss += 10; si *= si; sl >>= 10; sf -= 0.5f; sd *= 2;
        a.b++; a.c += 9; a.s--; a.i <<= 4; a.l ^= 0xff; a.f /= 10; a.d = -a.d;
        System.out.println("updated " + sb + " " + sc + " " + ss + " " + si + " " + sl + " " + sf + " " + sd);
        System.out.println("updated " + a.b + " " + a.c + " " + a.s + " " + a.i + " " + a.l + " " + a.f + " " + a.d);
        FieldAccess b2 = new FieldAccess(), b3 = new FieldAccess();
        System.out.println("final " + a.created + " " + b2.created + " " + b3.created + " " + instances + " " + CONST);
        Child ch = new Child();
        Parent asParent = ch;
        System.out.println("hiding " + ch.x + " " + asParent.x + " " + ch.get() + " " + asParent.get() + " " + ch.parentX() + " " + ((Parent) ch).x);
        System.out.println("static hiding " + Parent.name + " " + Child.name);
        long sum = 0;
        for (int k = 0; k < 1000; k++) { a.l += k; si += k; sum += a.l + si; }
        System.out.println("loop " + a.l + " " + si + " " + sum);
    }
}
