package org.keelvm.boot.heap;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import org.keelvm.boot.BuildException;
import org.keelvm.boot.universe.BuildTimeValues;
import org.keelvm.boot.universe.ClassUniverse;
import org.keelvm.boot.universe.ResolvedField;
import org.keelvm.hal.Address;
import org.keelvm.jit.MemberRef;

/**
 * The values static fields start with in the image. Keel's own classes are initialized on the host, so their
 * statics are read from the host classes (or taken from the builder's overrides, for what only the builder knows:
 * the code table, entry addresses); the JDK classes in {@code BuildTimeValues} take that table's values; every
 * other class starts with its {@code ConstantValue} attributes and zeros, and runs its initializer in the guest.
 */
public final class HostStatics {
    private final ClassUniverse universe;
    private final ImageHeap heap;
    private final Map<MemberRef, Object> overrides;
    private final ClassLoader loader;

    public HostStatics(ClassUniverse universe, ImageHeap heap, Map<MemberRef, Object> overrides,
                       ClassLoader loader) {
        this.universe = universe;
        this.heap = heap;
        this.overrides = overrides;
        this.loader = loader;
    }

    /** Gives every object that a host-initialized static field refers to its place in the image heap. */
    public void placeReferences(List<ResolvedField> fields) throws BuildException {
        for (ResolvedField field : fields) {
            if (isReference(field) && universe.isHostInitialized(field.owner().name)) {
                Object value = hostValue(field);
                if (!(value instanceof Address)) {
                    heap.addressOf(value);
                }
            }
        }
    }

    /** The initial value of {@code field}: a boxed primitive, a {@code Long} address, or null for zero. */
    public Object initialValue(ResolvedField field) throws BuildException {
        if (BuildTimeValues.initializes(field.owner().name)) {
            return BuildTimeValues.value(field.owner().name, field.field().name);
        }
        if (!universe.isHostInitialized(field.owner().name)) {
            return field.field().value;
        }
        Object value = hostValue(field);
        if (value instanceof Address word) {
            return word.toLong();
        }
        if (isReference(field)) {
            return value == null ? null : heap.addressOf(value);
        }
        if (value instanceof Boolean b) {
            return b ? 1 : 0;
        }
        if (value instanceof Character c) {
            return (int) c;
        }
        if (value instanceof Byte || value instanceof Short) {
            return ((Number) value).intValue();
        }
        return value;
    }

    private static boolean isReference(ResolvedField field) {
        char type = field.field().desc.charAt(0);
        return type == 'L' || type == '[';
    }

    private Object hostValue(ResolvedField field) throws BuildException {
        if (overrides.containsKey(field.ref())) {
            return overrides.get(field.ref());
        }
        try {
            Class<?> owner = Class.forName(field.owner().name.replace('/', '.'), true, loader);
            Field reflected = owner.getDeclaredField(field.field().name);
            reflected.setAccessible(true);
            return reflected.get(null);
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new BuildException("cannot read Keel static field " + field.ref() + " on the host: " + e);
        }
    }
}
