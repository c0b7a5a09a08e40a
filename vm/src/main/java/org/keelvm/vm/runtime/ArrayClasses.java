package org.keelvm.vm.runtime;

import org.keelvm.hal.Address;
import org.keelvm.vm.object.Hub;

/**
 * Array classes on demand: {@code Array.newInstance} and friends may ask for an array class the image builder did
 * not make. The hub is made like the builder's (superclass {@code Object}, interfaces {@code Cloneable} and
 * {@code Serializable}, {@code Object}'s vtable), with a {@code Class} mirror, and remembered.
 */
public final class ArrayClasses {
    /** The hub of {@code java.lang.Class}; set by the image builder. */
    static Hub classHub;
    /** Offset of the injected hub field in a {@code Class}; set by the image builder. */
    static long mirrorHubOffset;
    /** Offset of {@code Class.componentType}; set by the image builder. */
    static long mirrorComponentOffset;

    private ArrayClasses() {
    }

    /** The hub of the array class whose elements are of the type of {@code component}. */
    public static Hub arrayOf(Hub component) {
        Hub known = component.arrayHub;
        if (known != null) {
            return known;
        }
        String name = arrayName(component);
        Hub found = ClassRegistry.lookup(name);
        if (found == null) {
            found = make(component, name);
            ClassRegistry.add(found);
        }
        component.arrayHub = found;
        return found;
    }

    private static Hub make(Hub component, String name) {
        Hub object = ClassRegistry.lookup("java.lang.Object");
        Hub[] interfaces = {ClassRegistry.lookup("java.lang.Cloneable"), ClassRegistry.lookup("java.io.Serializable")};
        Object[] itables = {interfaces[0], new long[0], interfaces[1], new long[0]};
        int modifiers = (component.modifiers & 0x0001) | 0x0010 | 0x0400;
        Hub hub = new Hub(name, Hub.ARRAY, modifiers, object, new Hub[] {object, null}, interfaces, object.vtable,
                itables, 0, new int[0], new String[0], new int[0], component, elementShift(component), 0, null,
                component.module, Hub.INITIALIZED);
        hub.display[1] = hub;
        Object mirror = Allocation.newInstance(classHub);
        Address.fromObject(mirror).storeReference(mirrorHubOffset, hub);
        Address.fromObject(mirror).storeReference(mirrorComponentOffset, component.mirror);
        hub.mirror = mirror;
        return hub;
    }

    private static int elementShift(Hub component) {
        if (component.kind != Hub.PRIMITIVE) {
            return 3;
        }
        String name = component.name;
        if (name.equals("boolean") || name.equals("byte")) {
            return 0;
        }
        if (name.equals("char") || name.equals("short")) {
            return 1;
        }
        if (name.equals("int") || name.equals("float")) {
            return 2;
        }
        return 3;
    }

    /** {@code [I}, {@code [Ljava.lang.String;}, {@code [[D}: the name {@code Class.getName} gives the array class. */
    private static String arrayName(Hub component) {
        if (component.kind == Hub.ARRAY) {
            return "[" + component.name;
        }
        if (component.kind == Hub.PRIMITIVE) {
            return "[" + PrimitiveTypes.descriptor(component);
        }
        return "[L" + component.name + ";";
    }
}
