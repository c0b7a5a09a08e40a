package org.keelvm.boot.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.keelvm.boot.BuildException;
import org.keelvm.boot.universe.ClassUniverse;
import org.keelvm.boot.universe.Reachability;
import org.keelvm.boot.universe.ResolvedMethod;
import org.keelvm.jit.MemberRef;
import org.keelvm.jit.VirtualCall;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Vtables and interface method tables. A class's vtable starts with its superclass's slots, in the same order; a
 * method that overrides one takes its slot, a new one is appended, and so is every interface method the class
 * does not declare (its default method, or none). An interface's method table lists the interface's own instance
 * methods in declaration order; a class has one per interface it implements, filled with what each method selects
 * in the class. A slot is keyed by {@code name + descriptor}.
 */
public final class DispatchTables {
    private final ClassUniverse universe;
    private final Reachability reachability;
    private final Map<String, List<String>> vtableKeys = new HashMap<>();
    private final Map<String, List<String>> interfaceKeys = new HashMap<>();

    public DispatchTables(ClassUniverse universe, Reachability reachability) {
        this.universe = universe;
        this.reachability = reachability;
    }

    /** The slot keys of class {@code type}'s vtable; interfaces and arrays have {@code Object}'s. */
    public List<String> vtable(String type) throws BuildException {
        List<String> known = vtableKeys.get(type);
        if (known != null) {
            return known;
        }
        ClassNode node = universe.require(type, "vtable layout");
        List<String> keys;
        if ((node.access & Opcodes.ACC_INTERFACE) != 0) {
            keys = vtable("java/lang/Object");
        } else {
            keys = node.superName == null ? new ArrayList<>() : new ArrayList<>(vtable(node.superName));
            for (MethodNode method : node.methods) {
                if (isVirtual(method)) {
                    String key = method.name + method.desc;
                    if (!keys.contains(key)) {
                        keys.add(key);
                    }
                }
            }
            for (String superInterface : reachability.supertypes(type)) {
                ClassNode candidate = universe.require(superInterface, "vtable layout");
                if ((candidate.access & Opcodes.ACC_INTERFACE) != 0) {
                    for (String key : interfaceMethods(superInterface)) {
                        if (!keys.contains(key)) {
                            keys.add(key);
                        }
                    }
                }
            }
        }
        vtableKeys.put(type, keys);
        return keys;
    }

    /** The slot keys of interface {@code type}'s method table. */
    public List<String> interfaceMethods(String type) throws BuildException {
        List<String> known = interfaceKeys.get(type);
        if (known != null) {
            return known;
        }
        List<String> keys = new ArrayList<>();
        for (MethodNode method : universe.require(type, "interface table layout").methods) {
            if (isVirtual(method)) {
                keys.add(method.name + method.desc);
            }
        }
        interfaceKeys.put(type, keys);
        return keys;
    }

    private static boolean isVirtual(MethodNode method) {
        return (method.access & (Opcodes.ACC_STATIC | Opcodes.ACC_PRIVATE)) == 0 && !method.name.startsWith("<");
    }

    /** What a method with key {@code key} selects in class {@code type}: the method, or {@code null} if abstract. */
    public ResolvedMethod selected(String type, String key) throws BuildException {
        int paren = key.indexOf('(');
        return universe.selectMethod(type, key.substring(0, paren), key.substring(paren));
    }

    /** How {@code invokevirtual}/{@code invokeinterface} of {@code ref} (already resolved to {@code resolved}) runs. */
    public VirtualCall dispatch(MemberRef ref, ResolvedMethod resolved, boolean isInterface) throws BuildException {
        if (Reachability.isNonVirtual(resolved)) {
            return VirtualCall.direct(resolved.ref());
        }
        String key = resolved.method().name + resolved.method().desc;
        boolean declaredByInterface = (resolved.owner().access & Opcodes.ACC_INTERFACE) != 0;
        if (isInterface && declaredByInterface) {
            return VirtualCall.itable(resolved.owner().name, interfaceMethods(resolved.owner().name).indexOf(key));
        }
        String vtableOwner = isInterface ? "java/lang/Object" : ref.owner();
        if (vtableOwner.startsWith("[")) {
            vtableOwner = "java/lang/Object";
        }
        int index = vtable(vtableOwner).indexOf(key);
        if (index < 0) {
            throw new BuildException("no vtable slot for " + ref.symbolName());
        }
        return VirtualCall.vtable(index);
    }
}
