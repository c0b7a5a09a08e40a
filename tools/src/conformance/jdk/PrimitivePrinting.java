// printing every primitive and wrapper via println overloads, print(char[]), toString statics, MIN/MAX constants, SIZE/BYTES.
public class PrimitivePrinting {
    public static void main(String[] args) {
        System.out.println(true); System.out.println('c'); System.out.println(42); System.out.println(-42L);
        System.out.println(1.5f); System.out.println(2.5); System.out.println((Object) null); System.out.println((String) null);
        System.out.println(new char[]{'a', 'r', 'r'}); System.out.println("str");
        System.out.print(false); System.out.print(' '); System.out.print(7); System.out.print(' '); System.out.print(7L); System.out.print(' ');
        System.out.print(7f); System.out.print(' '); System.out.print(7d); System.out.print(' '); System.out.print(new char[]{'!', '\n'});
        System.out.println(Byte.MIN_VALUE + " " + Byte.MAX_VALUE + " " + Short.MIN_VALUE + " " + Short.MAX_VALUE + " " + (int) Character.MIN_VALUE + " " + (int) Character.MAX_VALUE);
        System.out.println(Integer.MIN_VALUE + " " + Integer.MAX_VALUE + " " + Long.MIN_VALUE + " " + Long.MAX_VALUE);
        System.out.println(Float.MIN_VALUE + " " + Float.MAX_VALUE + " " + Float.MIN_NORMAL + " " + Double.MIN_VALUE + " " + Double.MAX_VALUE + " " + Double.MIN_NORMAL);
        System.out.println(Float.MIN_EXPONENT + " " + Float.MAX_EXPONENT + " " + Double.MIN_EXPONENT + " " + Double.MAX_EXPONENT);
        System.out.println(Byte.SIZE + " " + Short.SIZE + " " + Character.SIZE + " " + Integer.SIZE + " " + Long.SIZE + " " + Float.SIZE + " " + Double.SIZE);
        System.out.println(Byte.BYTES + " " + Short.BYTES + " " + Character.BYTES + " " + Integer.BYTES + " " + Long.BYTES + " " + Float.BYTES + " " + Double.BYTES);
        System.out.println(Boolean.toString(true) + Byte.toString((byte) 3) + Short.toString((short) 4) + Character.toString('5') + Character.toString(0x36)
            + Integer.toString(7) + Long.toString(8) + Float.toString(9f) + Double.toString(10));
        System.out.println(Integer.valueOf(5) + " " + Long.valueOf(6) + " " + Double.valueOf(7) + " " + Character.valueOf('8') + " " + Byte.valueOf((byte) 9) + " " + Short.valueOf((short) 10));
        System.out.println(Integer.sum(3, 4) + " " + Integer.max(3, 4) + " " + Long.min(-3, 4) + " " + Double.sum(0.1, 0.2) + " " + Boolean.logicalXor(true, false));
        System.out.println(Integer.hashCode(-5) + " " + Long.hashCode(1L << 32) + " " + Long.hashCode(-1L) + " " + Double.hashCode(0.0) + " " + Double.hashCode(-0.0) + " " + Float.hashCode(1f) + " " + Boolean.hashCode(false) + " " + Byte.hashCode((byte) -1) + " " + Character.hashCode('A'));
        System.out.println(Integer.toString(Integer.MIN_VALUE).length() + " " + Long.toString(Long.MIN_VALUE).length());
        for (int i = -5; i <= 5; i++) System.out.print(i * 1111111 + " ");
        System.out.println();
        for (long l = 1; l > 0; l *= 7) System.out.print(l + " ");
        System.out.println();
    }
}
