package org.keelvm.boot.image;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.keelvm.boot.BuildException;
import org.keelvm.boot.universe.Reachability;
import org.keelvm.boot.universe.ResolvedField;
import org.keelvm.boot.universe.ResolvedMethod;
import org.keelvm.jit.CompilationException;
import org.keelvm.jit.MemberRef;

/**
 * The global statics table: one 8-byte slot per compiled method (holding the address of its code; every static and
 * direct call goes through it) and one per static field (holding its value, in the low bytes for narrower types).
 *
 * <pre>
 *  slot 0 .. m-1      method entries, in reachability order
 *  slot m .. m+f-1    static fields, in reachability order
 * </pre>
 */
public final class StaticsTable {
    private final ImageLayout layout;
    private final Map<MemberRef, Integer> slots = new HashMap<>();
    private final List<ResolvedMethod> methods;
    private final List<ResolvedField> fields;

    private StaticsTable(ImageLayout layout, List<ResolvedMethod> methods, List<ResolvedField> fields) {
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
        return new StaticsTable(new ImageLayout(methods.size() + fields.size()), methods, fields);
    }

    /** The image layout sized for this table. */
    public ImageLayout layout() {
        return layout;
    }

    /** The address of the entry slot of a compiled method, by its declaring-class reference. */
    public long methodEntry(MemberRef declared) {
        return slotAddress(declared);
    }

    /** Whether {@code declared} has a slot: whether the method is compiled, whether the static field is kept. */
    public boolean hasMethod(MemberRef declared) {
        return slots.containsKey(declared);
    }

    /** The address of the slot of a reachable static field, by its declaring-class reference. */
    public long fieldSlot(MemberRef declared) {
        return slotAddress(declared);
    }

    /** The value a static field starts with in the image. */
    @FunctionalInterface
    public interface InitialValue {
        /** The field's value as a host object (boxed primitive, or an address for a reference), or null for 0. */
        Object of(ResolvedField field) throws BuildException;
    }

    /**
     * The table's contents: method entries from {@code codeAddresses} (parallel to the methods in reachability
     * order) and static fields' initial values.
     */
    public byte[] contents(long[] codeAddresses, InitialValue initial) throws BuildException {
        ByteBuffer data = ByteBuffer.allocate(layout.staticsSize()).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < methods.size(); i++) {
            data.putLong(offset(methods.get(i).ref()), codeAddresses[i]);
        }
        for (ResolvedField field : fields) {
            Object value = initial.of(field);
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
        return data.array();
    }

    private static void putNarrow(ByteBuffer data, int at, char type, int value) {
        switch (type) {
            case 'Z', 'B' -> data.put(at, (byte) value);
            case 'C', 'S' -> data.putShort(at, (short) value);
            default -> data.putInt(at, value);
        }
    }

    private int offset(MemberRef declared) {
        return (int) (slotAddress(declared) - layout.staticsTable());
    }

    private long slotAddress(MemberRef declared) {
        Integer slot = slots.get(declared);
        if (slot == null) {
            throw new CompilationException(declared.symbolName() + " has no statics-table slot");
        }
        return layout.staticSlot(slot);
    }
}
