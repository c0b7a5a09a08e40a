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
        if (hub.componentHub.kind != Hub.PRIMITIVE) {
            return ((Object[]) array)[index];
        }
        switch (hub.name.charAt(1)) {
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
        if (hub.componentHub.kind != Hub.PRIMITIVE) {
            if (value != null && !TypeCheck.isSubtype(ObjectAccess.hubOf(value), hub.componentHub)) {
                throw new IllegalArgumentException("array element type mismatch");
            }
            ((Object[]) array)[index] = value;
            return;
        }
        switch (hub.name.charAt(1)) {
            case 'Z' -> ((boolean[]) array)[index] = (Boolean) value;
            case 'B' -> ((byte[]) array)[index] = (Byte) value;
            case 'C' -> ((char[]) array)[index] = (Character) value;
            case 'S' -> ((short[]) array)[index] = (Short) value;
            case 'I' -> ((int[]) array)[index] = (Integer) value;
            case 'J' -> ((long[]) array)[index] = (Long) value;
            case 'F' -> ((float[]) array)[index] = (Float) value;
            default -> ((double[]) array)[index] = (Double) value;
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
