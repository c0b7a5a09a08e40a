package org.keelvm.classlib;

import org.keelvm.hal.Address;
import org.keelvm.vm.object.Hub;
import org.keelvm.vm.object.ObjectAccess;
import org.keelvm.vm.object.ObjectHeader;
import org.keelvm.vm.runtime.Allocation;
import org.keelvm.vm.runtime.ArrayClasses;
import org.keelvm.vm.runtime.TypeCheck;
import org.keelvm.vm.substitution.Substitute;
import org.keelvm.vm.substitution.TargetClass;

/** Reflective array creation and access, over the array layout of {@link ObjectHeader}. */
@TargetClass(java.lang.reflect.Array.class)
final class Target_java_lang_reflect_Array {
    @Substitute
    private static Object newArray(Class<?> componentType, int length) {
        Hub component = hubOf(componentType);
        if (component.kind == Hub.PRIMITIVE && component.name.equals("void")) {
            throw new IllegalArgumentException();
        }
        return Allocation.newArray(ArrayClasses.arrayOf(component), length);
    }

    @Substitute
    private static Object multiNewArray(Class<?> componentType, int[] dimensions) {
        if (dimensions.length == 0) {
            throw new IllegalArgumentException("Empty dimensions array");
        }
        return newLevel(hubOf(componentType), dimensions, 0);
    }

    private static Object newLevel(Hub element, int[] dimensions, int level) {
        Hub type = element;
        for (int i = level; i < dimensions.length; i++) {
            type = ArrayClasses.arrayOf(type);
        }
        Object array = Allocation.newArray(type, dimensions[level]);
        if (level + 1 < dimensions.length) {
            Object[] elements = (Object[]) array;
            for (int i = 0; i < elements.length; i++) {
                elements[i] = newLevel(element, dimensions, level + 1);
            }
        }
        return array;
    }

    @Substitute
    public static int getLength(Object array) {
        arrayHub(array);
        return Address.fromObject(array).loadInt(ObjectHeader.ARRAY_LENGTH_OFFSET);
    }

    @Substitute
    public static Object get(Object array, int index) {
        Hub hub = arrayHub(array);
        checkIndex(array, index);
        switch (elementKind(hub)) {
            case 'L':
                return ((Object[]) array)[index];
            case 'Z':
                return ((boolean[]) array)[index];
            case 'B':
                return ((byte[]) array)[index];
            case 'C':
                return ((char[]) array)[index];
            case 'S':
                return ((short[]) array)[index];
            case 'I':
                return ((int[]) array)[index];
            case 'J':
                return ((long[]) array)[index];
            case 'F':
                return ((float[]) array)[index];
            default:
                return ((double[]) array)[index];
        }
    }

    @Substitute
    public static void set(Object array, int index, Object value) {
        Hub hub = arrayHub(array);
        checkIndex(array, index);
        if (elementKind(hub) == 'L') {
            if (value != null && !TypeCheck.isSubtype(ObjectAccess.hubOf(value), hub.componentHub)) {
                throw new IllegalArgumentException("array element type mismatch");
            }
            ((Object[]) array)[index] = value;
            return;
        }
        if (value instanceof Boolean z) {
            store(array, index, 'Z', z ? 1 : 0, 0);
        } else if (value instanceof Byte b) {
            store(array, index, 'B', b, b);
        } else if (value instanceof Character c) {
            store(array, index, 'C', c, c);
        } else if (value instanceof Short v) {
            store(array, index, 'S', v, v);
        } else if (value instanceof Integer i) {
            store(array, index, 'I', i, i);
        } else if (value instanceof Long j) {
            store(array, index, 'J', j, j);
        } else if (value instanceof Float f) {
            store(array, index, 'F', 0, f);
        } else if (value instanceof Double d) {
            store(array, index, 'D', 0, d);
        } else if (value == null) {
            throw new IllegalArgumentException();
        } else {
            throw new IllegalArgumentException("argument type mismatch");
        }
    }

    @Substitute
    public static boolean getBoolean(Object array, int index) {
        return load(array, index, "Z") != 0;
    }

    @Substitute
    public static byte getByte(Object array, int index) {
        return (byte) load(array, index, "B");
    }

    @Substitute
    public static char getChar(Object array, int index) {
        return (char) load(array, index, "C");
    }

    @Substitute
    public static short getShort(Object array, int index) {
        return (short) load(array, index, "BS");
    }

    @Substitute
    public static int getInt(Object array, int index) {
        return (int) load(array, index, "BSCI");
    }

    @Substitute
    public static long getLong(Object array, int index) {
        return load(array, index, "BSCIJ");
    }

    @Substitute
    public static float getFloat(Object array, int index) {
        char kind = primitiveKind(array, index);
        return kind == 'F' ? ((float[]) array)[index] : (float) load(array, index, "BSCIJ");
    }

    @Substitute
    public static double getDouble(Object array, int index) {
        char kind = primitiveKind(array, index);
        if (kind == 'D') {
            return ((double[]) array)[index];
        }
        return kind == 'F' ? ((float[]) array)[index] : (double) load(array, index, "BSCIJ");
    }

    @Substitute
    public static void setBoolean(Object array, int index, boolean z) {
        store(array, index, 'Z', z ? 1 : 0, 0);
    }

    @Substitute
    public static void setByte(Object array, int index, byte b) {
        store(array, index, 'B', b, b);
    }

    @Substitute
    public static void setChar(Object array, int index, char c) {
        store(array, index, 'C', c, c);
    }

    @Substitute
    public static void setShort(Object array, int index, short s) {
        store(array, index, 'S', s, s);
    }

    @Substitute
    public static void setInt(Object array, int index, int i) {
        store(array, index, 'I', i, i);
    }

    @Substitute
    public static void setLong(Object array, int index, long l) {
        store(array, index, 'J', l, l);
    }

    @Substitute
    public static void setFloat(Object array, int index, float f) {
        store(array, index, 'F', 0, f);
    }

    @Substitute
    public static void setDouble(Object array, int index, double d) {
        store(array, index, 'D', 0, d);
    }

    /**
     * The element at {@code index} of a primitive array whose element kind is one of {@code kinds} (those that
     * widen to the type asked for), as a long; HotSpot's exceptions otherwise.
     */
    private static long load(Object array, int index, String kinds) {
        char kind = primitiveKind(array, index);
        if (kinds.indexOf(kind) < 0) {
            throw new IllegalArgumentException("argument type mismatch");
        }
        return switch (kind) {
            case 'Z' -> ((boolean[]) array)[index] ? 1 : 0;
            case 'B' -> ((byte[]) array)[index];
            case 'C' -> ((char[]) array)[index];
            case 'S' -> ((short[]) array)[index];
            case 'I' -> ((int[]) array)[index];
            default -> ((long[]) array)[index];
        };
    }

    /**
     * Stores a value of kind {@code source} (given as {@code integral} if it is boolean or integral, as
     * {@code floating} if it is float or double) into a primitive array, widened to the element type (JLS §5.1.2).
     */
    private static void store(Object array, int index, char source, long integral, double floating) {
        char kind = primitiveKind(array, index);
        if (!widens(source, kind)) {
            throw new IllegalArgumentException("argument type mismatch");
        }
        boolean fromFloating = source == 'F' || source == 'D';
        switch (kind) {
            case 'Z' -> ((boolean[]) array)[index] = integral != 0;
            case 'B' -> ((byte[]) array)[index] = (byte) integral;
            case 'C' -> ((char[]) array)[index] = (char) integral;
            case 'S' -> ((short[]) array)[index] = (short) integral;
            case 'I' -> ((int[]) array)[index] = (int) integral;
            case 'J' -> ((long[]) array)[index] = integral;
            case 'F' -> ((float[]) array)[index] = fromFloating ? (float) floating : (float) integral;
            default -> ((double[]) array)[index] = fromFloating ? floating : (double) integral;
        }
    }

    /** Whether a value of primitive kind {@code from} widens (or is equal) to kind {@code to}. */
    private static boolean widens(char from, char to) {
        if (from == to) {
            return true;
        }
        return switch (from) {
            case 'B' -> "SIJFD".indexOf(to) >= 0;
            case 'S', 'C' -> "IJFD".indexOf(to) >= 0;
            case 'I' -> "JFD".indexOf(to) >= 0;
            case 'J' -> "FD".indexOf(to) >= 0;
            case 'F' -> to == 'D';
            default -> false;
        };
    }

    /** The element kind of a primitive array, after HotSpot's checks in HotSpot's order. */
    private static char primitiveKind(Object array, int index) {
        Hub hub = arrayHub(array);
        char kind = elementKind(hub);
        if (kind == 'L') {
            throw new IllegalArgumentException("Argument is not an array of primitive type");
        }
        checkIndex(array, index);
        return kind;
    }

    /** {@code L} for an array of references, else the element type's descriptor letter. */
    private static char elementKind(Hub arrayHub) {
        return arrayHub.componentHub.kind == Hub.PRIMITIVE ? arrayHub.name.charAt(1) : 'L';
    }

    /** Reflection's bounds check, whose exception has no message (unlike the bytecodes'). */
    private static void checkIndex(Object array, int index) {
        if (index < 0 || index >= Address.fromObject(array).loadInt(ObjectHeader.ARRAY_LENGTH_OFFSET)) {
            throw new ArrayIndexOutOfBoundsException();
        }
    }

    private static Hub hubOf(Class<?> type) {
        return ((Target_java_lang_Class) (Object) type).hub;
    }

    private static Hub arrayHub(Object array) {
        Hub hub = ObjectAccess.hubOf(array);
        if (hub.kind != Hub.ARRAY) {
            throw new IllegalArgumentException("Argument is not an array");
        }
        return hub;
    }
}
