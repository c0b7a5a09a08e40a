package org.keelvm.boot.image;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.keelvm.boot.universe.Reachability;
import org.keelvm.boot.universe.ResolvedField;
import org.keelvm.boot.universe.ResolvedMethod;
import org.keelvm.boot.universe.ClassUniverse;
import org.keelvm.jit.CompilationException;
import org.keelvm.jit.JdkIntrinsics;
import org.keelvm.jit.Linker;
import org.keelvm.jit.MemberRef;

/**
 * The global statics table: one 8-byte slot per reachable static method (holding the address of its code; every
 * static call goes through it) and one per static field (holding its value, in the low bytes for narrower types).
 *
 * <pre>
 *  slot 0 .. m-1      method entries, in reachability order
 *  slot m .. m+f-1    static fields, in reachability order
 * </pre>
 *
 * It also answers the compiler's link questions ({@link Linker}) from the resolutions that reachability recorded.
 */
public final class StaticsTable implements Linker {
    private final Reachability reachability;
    private final ImageLayout layout;
    private final Map<MemberRef, Integer> slots = new HashMap<>();
    private final List<ResolvedMethod> methods;
    private final List<ResolvedField> fields;

    private StaticsTable(Reachability reachability, ImageLayout layout, List<ResolvedMethod> methods,
                         List<ResolvedField> fields) {
        this.reachability = reachability;
        this.layout = layout;
        this.methods = methods;
        this.fields = fields;
        int next = 0;
        for (ResolvedMethod method : methods) {
            slots.put(method.ref(), next++);
        }
        for (ResolvedField field : fields) {
            slots.put(field.ref(), next++);
        }
    }

    /** The table for everything {@code reachability} found; it decides the image layout too. */
    public static StaticsTable of(Reachability reachability) {
        List<ResolvedMethod> methods = reachability.methods();
        List<ResolvedField> fields = reachability.staticFields();
        ImageLayout layout = new ImageLayout(methods.size() + fields.size());
        return new StaticsTable(reachability, layout, methods, fields);
    }

    /** The image layout sized for this table. */
    public ImageLayout layout() {
        return layout;
    }

    /** The address of the entry slot of a reachable method, by its declaring-class reference. */
    public long methodEntry(MemberRef declared) {
        return slotAddress(declared);
    }

    /** The address of the slot of a reachable static field, by its declaring-class reference. */
    public long fieldSlot(MemberRef declared) {
        return slotAddress(declared);
    }

    @Override
    public long staticMethodEntry(MemberRef method) {
        ResolvedMethod resolved = reachability.linkMethod(method);
        if (resolved == null) {
            throw new CompilationException("call to " + method.symbolName() + " was not seen by reachability");
        }
        return slotAddress(resolved.ref());
    }

    @Override
    public long staticFieldAddress(MemberRef field) {
        ResolvedField resolved = reachability.linkField(field);
        if (resolved == null) {
            throw new CompilationException("access to " + field + " was not seen by reachability");
        }
        return slotAddress(resolved.ref());
    }

    @Override
    public boolean isIntrinsic(MemberRef method) {
        if (JdkIntrinsics.contains(method)) {
            return true;
        }
        ResolvedMethod resolved = reachability.linkMethod(method);
        return resolved != null && ClassUniverse.isIntrinsic(resolved.method());
    }

    /**
     * Writes the table into the data segment: method entries from {@code codeAddresses} (parallel to the methods in
     * reachability order) and static fields' initial values from their {@code ConstantValue} attributes.
     */
    public void write(byte[] dataSegment, long[] codeAddresses) {
        ByteBuffer data = ByteBuffer.wrap(dataSegment).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < methods.size(); i++) {
            data.putLong(offset(methods.get(i).ref()), codeAddresses[i]);
        }
        for (ResolvedField field : fields) {
            Object value = field.field().value;
            int at = offset(field.ref());
            if (value instanceof Integer i) {
                putNarrow(data, at, field.field().desc.charAt(0), i);
            } else if (value instanceof Long l) {
                data.putLong(at, l);
            } else if (value instanceof Float f) {
                data.putInt(at, Float.floatToRawIntBits(f));
            } else if (value instanceof Double d) {
                data.putLong(at, Double.doubleToRawLongBits(d));
            }
        }
    }

    private static void putNarrow(ByteBuffer data, int at, char type, int value) {
        switch (type) {
            case 'Z', 'B' -> data.put(at, (byte) value);
            case 'C', 'S' -> data.putShort(at, (short) value);
            default -> data.putInt(at, value);
        }
    }

    private int offset(MemberRef declared) {
        return (int) (slotAddress(declared) - ImageLayout.DATA_BASE);
    }

    private long slotAddress(MemberRef declared) {
        Integer slot = slots.get(declared);
        if (slot == null) {
            throw new CompilationException(declared.symbolName() + " has no statics-table slot");
        }
        return layout.staticSlot(slot);
    }
}
