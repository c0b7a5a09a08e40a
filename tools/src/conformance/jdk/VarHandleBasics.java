// java.lang.invoke.VarHandle on a field, a static field and array elements: get/set, compareAndSet, getAndAdd, getAndSet, accumulate loops; single-threaded so results are exact.
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;

public class VarHandleBasics {
    volatile int counter;
    long total;
    static String label = "start";
    static final VarHandle COUNTER, TOTAL, LABEL, INTS, LONGS;
    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            COUNTER = l.findVarHandle(VarHandleBasics.class, "counter", int.class);
            TOTAL = l.findVarHandle(VarHandleBasics.class, "total", long.class);
            LABEL = l.findStaticVarHandle(VarHandleBasics.class, "label", String.class);
            INTS = MethodHandles.arrayElementVarHandle(int[].class);
            LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.BIG_ENDIAN);
        } catch (ReflectiveOperationException e) { throw new ExceptionInInitializerError(e); }
    }

    public static void main(String[] args) {
        VarHandleBasics o = new VarHandleBasics();
        COUNTER.set(o, 5);
        System.out.println((int) COUNTER.get(o) + " cas ok " + COUNTER.compareAndSet(o, 5, 10) + " cas fail " + COUNTER.compareAndSet(o, 5, 20) + " now " + o.counter);
        System.out.println("getAndAdd " + (int) COUNTER.getAndAdd(o, 3) + " -> " + o.counter + " getAndSet " + (int) COUNTER.getAndSet(o, -1) + " -> " + o.counter + " volatile read " + (int) COUNTER.getVolatile(o));
        for (int i = 1; i <= 100; i++) TOTAL.getAndAdd(o, (long) i * i);
        System.out.println("total " + o.total + " " + (long) TOTAL.getOpaque(o) + " weakCAS loop " + casLoop(o));
        System.out.println(LABEL.get() + " " + LABEL.compareAndSet("start", "changed") + " " + label + " " + LABEL.compareAndExchange("nope", "x") + " " + LABEL.getAndSet("final") + " " + label);
        int[] arr = new int[5];
        for (int i = 0; i < arr.length; i++) INTS.setRelease(arr, i, i * 10);
        INTS.getAndAdd(arr, 2, 7);
        boolean swapped = INTS.compareAndSet(arr, 4, 40, 44);
        System.out.println(Arrays.toString(arr) + " " + swapped + " " + (int) INTS.getAcquire(arr, 3) + " bitwise " + (int) INTS.getAndBitwiseOr(arr, 0, 0xF) + " " + arr[0]);
        try { INTS.get(arr, 5); } catch (ArrayIndexOutOfBoundsException e) { System.out.println("AIOOBE " + e.getMessage()); }
        byte[] bytes = new byte[16];
        LONGS.set(bytes, 0, 0x0102030405060708L);
        LONGS.set(bytes, 8, -1L);
        System.out.println(Arrays.toString(bytes) + " " + Long.toHexString((long) LONGS.get(bytes, 0)));
        try { COUNTER.set(o, "not an int"); } catch (ClassCastException | java.lang.invoke.WrongMethodTypeException e) { System.out.println("wrong type -> " + e.getClass().getSimpleName()); }
        System.out.println(COUNTER.varType() + " " + COUNTER.coordinateTypes() + " " + INTS.coordinateTypes());
    }
    static int casLoop(VarHandleBasics o) {
        int attempts = 0;
        for (int i = 0; i < 50; i++) { int v; do { v = (int) COUNTER.get(o); attempts++; } while (!COUNTER.weakCompareAndSetPlain(o, v, v + 2)); }
        return o.counter + attempts / 1000;
    }
}
