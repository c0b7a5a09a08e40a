package org.keelvm.boot.heap;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.keelvm.boot.BuildException;
import org.keelvm.boot.layout.FieldLayout;
import org.keelvm.hal.Address;
import org.keelvm.vm.object.Hub;
import org.keelvm.vm.object.ObjectHeader;

/**
 * The objects an image starts with, written in the target layout ({@link ObjectHeader}, {@link FieldLayout}):
 * hubs and their {@code Class} mirrors, string constants, the runtime's metadata, and whatever Keel's host-initialized
 * static fields refer to. Host objects are given addresses on first request, in order, in the current region; a
 * region is a contiguous range of the image, and the builder opens a second one after the code for what only exists
 * once code is placed.
 *
 * <p>Host objects map to target objects like this: a {@code String} becomes the JDK's {@code String} (compact:
 * Latin-1 bytes when every character fits, else UTF-16 in the machine's byte order), equal strings become one
 * object (string constants are interned); arrays keep their type; a {@link Mirror} becomes a {@code Class}; any
 * other object must be of one of Keel's classes and is written field by field, read reflectively.
 */
public final class ImageHeap {
    private static final byte LATIN1 = 0;
    private static final byte UTF16 = 1;

    private final FieldLayout layouts;
    private final HubFactory hubs;
    private final Map<Object, Long> addresses = new IdentityHashMap<>();
    private final Map<String, String> interned = new HashMap<>();
    private final Map<Class<?>, Object> emptyArrays = new HashMap<>();
    private final Map<String, byte[]> stringValues = new HashMap<>();
    private final List<Object> objects = new ArrayList<>();
    private final List<long[]> regions = new ArrayList<>();
    private long next;

    /** A heap whose first region starts at {@code base}. */
    public ImageHeap(FieldLayout layouts, HubFactory hubs, long base) {
        this.layouts = layouts;
        this.hubs = hubs;
        startRegion(base);
    }

    /** Ends the current region; later objects go from {@code base} on. */
    public void startRegion(long base) {
        if (!regions.isEmpty()) {
            regions.get(regions.size() - 1)[1] = next;
        }
        regions.add(new long[] {base, base});
        next = base;
    }

    /** The end of the current region so far. */
    public long top() {
        return next;
    }

    /** The address of {@code object} in the image (0 for null), assigning one if it has none yet. */
    public long addressOf(Object object) throws BuildException {
        if (object == null) {
            return 0;
        }
        if (object instanceof String string) {
            object = interned.computeIfAbsent(string, s -> s);
        } else if (object.getClass().isArray() && Array.getLength(object) == 0) {
            // Nothing can tell two empty arrays of one type apart but identity, which the image's metadata never
            // compares: one object serves them all.
            object = emptyArrays.computeIfAbsent(object.getClass(), type -> Array.newInstance(
                    type.getComponentType(), 0));
        }
        Long known = addresses.get(object);
        if (known != null) {
            return known;
        }
        long address = next;
        addresses.put(object, address);
        objects.add(object);
        next += ObjectHeader.align(sizeOf(object));
        return address;
    }

    /** The strings placed so far: the string constants of compiled code among them. */
    public String[] strings() {
        return interned.keySet().stream().sorted().toArray(String[]::new);
    }

    /** The address of the interned string constant {@code value}. */
    public long stringConstant(String value) throws BuildException {
        return addressOf(value);
    }

    /**
     * Gives every object reachable from the ones placed so far an address too, then returns each region's bytes,
     * in order of the regions.
     */
    public List<Region> write() throws BuildException {
        for (int i = 0; i < objects.size(); i++) {
            forEachReference(objects.get(i));
        }
        regions.get(regions.size() - 1)[1] = next;
        List<Region> result = new ArrayList<>();
        List<ByteBuffer> buffers = new ArrayList<>();
        for (long[] region : regions) {
            ByteBuffer buffer = ByteBuffer.allocate((int) (region[1] - region[0])).order(ByteOrder.LITTLE_ENDIAN);
            buffers.add(buffer);
            result.add(new Region(region[0], buffer.array()));
        }
        for (Object object : objects) {
            long address = addresses.get(object);
            int index = regionOf(address);
            writeObject(object, buffers.get(index), (int) (address - regions.get(index)[0]));
        }
        return result;
    }

    /** Bytes of the image heap by the host class of the objects, largest first. */
    public List<Map.Entry<String, Long>> bytesByClass() throws BuildException {
        Map<String, Long> bytes = new java.util.HashMap<>();
        for (Object object : objects) {
            bytes.merge(object.getClass().getName(), ObjectHeader.align(sizeOf(object)), Long::sum);
        }
        List<Map.Entry<String, Long>> sorted = new ArrayList<>(bytes.entrySet());
        sorted.sort(Map.Entry.<String, Long>comparingByValue().reversed());
        return sorted;
    }

    /** A contiguous range of the image heap. */
    public record Region(long base, byte[] bytes) {
    }

    private int regionOf(long address) {
        for (int i = 0; i < regions.size(); i++) {
            if (address >= regions.get(i)[0] && address < regions.get(i)[1]) {
                return i;
            }
        }
        throw new IllegalStateException("address outside the image heap: " + address);
    }

    private void forEachReference(Object object) throws BuildException {
        if (object instanceof String string) {
            addressOf(stringValue(string));
        } else if (object instanceof Mirror mirror) {
            addressOf(mirror.hub);
            addressOf(mirror.componentType);
            addressOf(mirror.hub.name);
        } else if (object.getClass().isArray()) {
            if (!object.getClass().getComponentType().isPrimitive()) {
                for (Object element : (Object[]) object) {
                    addressOf(element);
                }
            }
        } else {
            for (String[] field : layouts.of(internalName(object.getClass())).fields()) {
                Object value = read(object, field[0]);
                if ((field[1].startsWith("L") || field[1].startsWith("[")) && !(value instanceof Address)) {
                    addressOf(value);
                }
            }
        }
        addressOf(hubOf(object));
    }

    private long sizeOf(Object object) throws BuildException {
        if (object instanceof String) {
            return layouts.of("java/lang/String").size();
        }
        if (object instanceof Mirror) {
            return layouts.of("java/lang/Class").size();
        }
        if (object.getClass().isArray()) {
            int length = Array.getLength(object);
            return ObjectHeader.ARRAY_BASE_OFFSET + (long) length * elementSize(object.getClass().getComponentType());
        }
        return layouts.of(internalName(object.getClass())).size();
    }

    private static int elementSize(Class<?> component) {
        if (component == boolean.class || component == byte.class) {
            return 1;
        }
        if (component == char.class || component == short.class) {
            return 2;
        }
        if (component == int.class || component == float.class) {
            return 4;
        }
        return 8;
    }

    private Hub hubOf(Object object) throws BuildException {
        String type;
        if (object instanceof String) {
            type = "java/lang/String";
        } else if (object instanceof Mirror) {
            type = "java/lang/Class";
        } else if (object.getClass().isArray()) {
            type = object.getClass().getName().replace('.', '/');
        } else {
            type = internalName(object.getClass());
        }
        Hub hub = hubs.hubs().get(type);
        if (hub == null) {
            throw new BuildException("the image heap holds an instance of " + type.replace('/', '.')
                    + ", a type reachability did not find");
        }
        return hub;
    }

    private static String internalName(Class<?> type) throws BuildException {
        if (!type.getName().startsWith("org.keelvm.")) {
            throw new BuildException("the image heap cannot hold a host object of class " + type.getName());
        }
        return type.getName().replace('.', '/');
    }

    private byte[] stringValue(String string) {
        return stringValues.computeIfAbsent(string, s -> {
            boolean latin1 = s.chars().allMatch(c -> c < 256);
            byte[] value = new byte[latin1 ? s.length() : 2 * s.length()];
            for (int i = 0; i < s.length(); i++) {
                if (latin1) {
                    value[i] = (byte) s.charAt(i);
                } else {
                    value[2 * i] = (byte) s.charAt(i);
                    value[2 * i + 1] = (byte) (s.charAt(i) >> 8);
                }
            }
            return value;
        });
    }

    private void writeObject(Object object, ByteBuffer out, int at) throws BuildException {
        out.putLong(at + ObjectHeader.HUB_OFFSET, addressOf(hubOf(object)));
        if (object instanceof String string) {
            FieldLayout.Layout layout = layouts.of("java/lang/String");
            byte[] value = stringValue(string);
            out.putLong(at + layout.offsets().get("value:[B"), addressOf(value));
            out.put(at + layout.offsets().get("coder:B"), value.length == string.length() ? LATIN1 : UTF16);
            int hash = string.hashCode();
            out.putInt(at + layout.offsets().get("hash:I"), hash);
            out.put(at + layout.offsets().get("hashIsZero:Z"), (byte) (hash == 0 ? 1 : 0));
        } else if (object instanceof Mirror mirror) {
            FieldLayout.Layout layout = layouts.of("java/lang/Class");
            out.putLong(at + layout.offsets().get("name:Ljava/lang/String;"), addressOf(mirror.hub.name));
            out.putLong(at + layout.offsets().get("componentType:Ljava/lang/Class;"),
                    addressOf(mirror.componentType));
            out.putLong(at + layout.offsets().get(FieldLayout.CLASS_HUB_FIELD + ":" + FieldLayout.HUB_DESCRIPTOR),
                    addressOf(mirror.hub));
        } else if (object.getClass().isArray()) {
            writeArray(object, out, at);
        } else {
            for (String[] field : layouts.of(internalName(object.getClass())).fields()) {
                writeValue(out, at + Integer.parseInt(field[2]), field[1].charAt(0), read(object, field[0]));
            }
        }
    }

    private void writeArray(Object array, ByteBuffer out, int at) throws BuildException {
        int length = Array.getLength(array);
        out.putInt(at + ObjectHeader.ARRAY_LENGTH_OFFSET, length);
        Class<?> component = array.getClass().getComponentType();
        char type = component.isPrimitive() ? org.objectweb.asm.Type.getDescriptor(component).charAt(0) : 'L';
        int size = elementSize(component);
        for (int i = 0; i < length; i++) {
            writeValue(out, at + ObjectHeader.ARRAY_BASE_OFFSET + i * size, type, Array.get(array, i));
        }
    }

    private void writeValue(ByteBuffer out, int at, char type, Object value) throws BuildException {
        switch (type) {
            case 'Z' -> out.put(at, (byte) ((Boolean) value ? 1 : 0));
            case 'B' -> out.put(at, (Byte) value);
            case 'C' -> out.putChar(at, (Character) value);
            case 'S' -> out.putShort(at, (Short) value);
            case 'I' -> out.putInt(at, (Integer) value);
            case 'F' -> out.putFloat(at, (Float) value);
            case 'J' -> out.putLong(at, (Long) value);
            case 'D' -> out.putDouble(at, (Double) value);
            default -> out.putLong(at, value instanceof Address word ? word.toLong() : addressOf(value));
        }
    }

    private static Object read(Object object, String name) throws BuildException {
        for (Class<?> type = object.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                return field.get(object);
            } catch (NoSuchFieldException e) {
                // declared further up
            } catch (IllegalAccessException e) {
                throw new BuildException("cannot read field " + name + " of " + type.getName() + ": " + e);
            }
        }
        throw new BuildException("host object of " + object.getClass().getName() + " has no field " + name);
    }
}
