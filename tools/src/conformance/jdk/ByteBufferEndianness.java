// java.nio.ByteBuffer/IntBuffer/CharBuffer on heap arrays: big vs little endian puts/gets, position/limit/flip/compact, slices and duplicates, views, overflow/underflow exceptions.
import java.nio.BufferOverflowException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.IntBuffer;
import java.util.Arrays;

public class ByteBufferEndianness {
    static String state(java.nio.Buffer b) { return "pos=" + b.position() + " lim=" + b.limit() + " cap=" + b.capacity() + " rem=" + b.remaining(); }

    public static void main(String[] args) {
        ByteBuffer bb = ByteBuffer.allocate(32);
        System.out.println(bb.order() + " " + ByteOrder.nativeOrder().equals(ByteOrder.LITTLE_ENDIAN) + " " + state(bb));
        bb.putInt(0x01020304).putShort((short) 0x0506).putLong(0x0708090A0B0C0D0EL).put((byte) 0x0F).putChar('A').putFloat(1.0f).putDouble(-2.0);
        System.out.println(state(bb) + " " + Arrays.toString(Arrays.copyOf(bb.array(), 29)));
        bb.flip();
        System.out.println(state(bb) + " " + Integer.toHexString(bb.getInt()) + " " + Integer.toHexString(bb.getShort()) + " " + Long.toHexString(bb.getLong()) + " " + bb.get() + " " + bb.getChar() + " " + bb.getFloat() + " " + bb.getDouble() + " " + state(bb));
        ByteBuffer le = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
        le.putInt(0x01020304).putLong(1L);
        System.out.println(le.order() + " " + Arrays.toString(le.array()) + " absolute big-endian read " + Integer.toHexString(le.order(ByteOrder.BIG_ENDIAN).getInt(0)));
        ByteBuffer w = ByteBuffer.wrap(new byte[]{1, 2, 3, 4, 5, 6, 7, 8}, 2, 4);
        System.out.println(state(w) + " " + w.get() + " slice " + state(w.slice()) + " first " + w.slice().get(0) + " dup " + state(w.duplicate()));
        w.compact();
        System.out.println("after compact " + state(w) + " " + Arrays.toString(w.array()));
        IntBuffer ib = ByteBuffer.wrap(new byte[]{0, 0, 0, 1, 0, 0, 1, 0, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff}).asIntBuffer();
        System.out.println("int view " + ib.get(0) + " " + ib.get(1) + " " + ib.get(2) + " " + state(ib));
        CharBuffer cb = CharBuffer.wrap("keel buffer");
        cb.position(5);
        System.out.println("char " + cb + " " + cb.length() + " " + cb.charAt(1) + " " + cb.subSequence(0, 3));
        try { ByteBuffer.allocate(2).putInt(1); } catch (BufferOverflowException e) { System.out.println("overflow " + e.getMessage()); }
        try { ByteBuffer.allocate(2).getLong(); } catch (BufferUnderflowException e) { System.out.println("underflow " + e.getMessage()); }
        try { ByteBuffer.allocate(4).getInt(1); } catch (IndexOutOfBoundsException e) { System.out.println("absolute out of bounds"); }
        try { ByteBuffer.wrap(new byte[4]).asReadOnlyBuffer().put((byte) 1); } catch (java.nio.ReadOnlyBufferException e) { System.out.println("read-only " + e.getMessage()); }
        ByteBuffer a = ByteBuffer.wrap(new byte[]{1, 2, 3}), b = ByteBuffer.wrap(new byte[]{1, 2, 4});
        System.out.println(a.compareTo(b) + " " + a.equals(ByteBuffer.wrap(new byte[]{1, 2, 3})) + " " + a.hashCode() + " " + a.mismatch(b));
        ByteBuffer direct = ByteBuffer.allocateDirect(8);
        direct.putLong(0, 0x1122334455667788L);
        System.out.println("direct " + direct.isDirect() + " " + Long.toHexString(direct.getLong(0)) + " " + direct.get(7));
    }
}
