package org.keelvm.boot.heap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.keelvm.boot.BuildException;
import org.keelvm.boot.layout.DispatchTables;
import org.keelvm.boot.layout.FieldLayout;
import org.keelvm.boot.universe.BuildTimeValues;
import org.keelvm.boot.universe.ClassUniverse;
import org.keelvm.boot.universe.Reachability;
import org.keelvm.vm.object.ClassDeclaration;
import org.keelvm.vm.object.Hub;
import org.keelvm.vm.object.MethodDeclaration;
import org.keelvm.jit.MemberRef;
import org.keelvm.vm.runtime.ClassInitialization;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InnerClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Makes the {@link Hub} (and {@link Mirror}) of every type reachability found, plus the primitive types. Method
 * tables are allocated here with their final sizes and filled with entry addresses once code is placed
 * ({@link #fillTables}).
 */
public final class HubFactory {
    private static final String PRIMITIVES = "ZBCSIJFDV";

    private final ClassUniverse universe;
    private final Reachability reachability;
    private final FieldLayout fields;
    private final DispatchTables tables;
    private final Map<String, Hub> hubs = new LinkedHashMap<>();
    private final Map<Hub, String> types = new LinkedHashMap<>();
    private final Map<String, Long> initializers;
    private java.util.function.ToLongFunction<String> enumValues;
    private java.util.function.ToLongFunction<MemberRef> entrySlot;

    /**
     * @param initializers the statics-table entry address of each compiled class initializer, by class
     */
    public HubFactory(ClassUniverse universe, Reachability reachability, FieldLayout fields, DispatchTables tables,
                      Map<String, Long> initializers) {
        this.universe = universe;
        this.reachability = reachability;
        this.fields = fields;
        this.tables = tables;
        this.initializers = initializers;
    }

    /** Creates the hubs of every reachable type and of the primitive types. */
    public void createAll() throws BuildException {
        for (char primitive : PRIMITIVES.toCharArray()) {
            hub(primitiveName(primitive));
        }
        for (String type : new ArrayList<>(reachability.types())) {
            hub(type);
        }
    }

    /** Every hub made, in creation order. */
    public Map<String, Hub> hubs() {
        return hubs;
    }

    /** The type (internal name, array or primitive descriptor) of {@code hub}. */
    public String typeOf(Hub hub) {
        return types.get(hub);
    }

    /**
     * The key of a primitive type's hub: its Java name ({@code int}), which no class can have, where a descriptor
     * letter could be the name of a class in the unnamed package.
     */
    public static String primitiveName(char descriptor) {
        return Type.getType(String.valueOf(descriptor)).getClassName();
    }

    /** The hubs of the classes named, those that have one. */
    private Hub[] known(List<String> names) {
        List<Hub> found = new ArrayList<>();
        if (names != null) {
            for (String name : names) {
                if (hubs.containsKey(name)) {
                    found.add(hubs.get(name));
                }
            }
        }
        return found.toArray(new Hub[0]);
    }

    /** The key of the hub of the type a field descriptor names. */
    private static String typeKey(String descriptor) {
        char first = descriptor.charAt(0);
        if (first == 'L') {
            return descriptor.substring(1, descriptor.length() - 1);
        }
        return first == '[' ? descriptor : primitiveName(first);
    }

    private static boolean isPrimitiveName(String type) {
        for (char primitive : PRIMITIVES.toCharArray()) {
            if (primitiveName(primitive).equals(type)) {
                return true;
            }
        }
        return false;
    }

    /** The hub of {@code type} (for a primitive type: {@link #primitiveName}), made on first request. */
    public Hub hub(String type) throws BuildException {
        Hub known = hubs.get(type);
        if (known != null) {
            return known;
        }
        Hub hub;
        if (isPrimitiveName(type)) {
            hub = new Hub(type, Hub.PRIMITIVE,
                    Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL | Opcodes.ACC_ABSTRACT, null, new Hub[1], new Hub[0],
                    new long[0], new Object[0], 0, new int[0], new String[0], new int[0], null, 0, 0, null, "java.base",
                    Hub.INITIALIZED);
        } else if (type.startsWith("[")) {
            hub = arrayHub(type);
        } else {
            hub = classHub(type);
        }
        hub.display[hub.depth] = hub;
        hub.mirror = new Mirror(hub);
        if (hub.componentHub != null) {
            ((Mirror) hub.mirror).componentType = (Mirror) hub.componentHub.mirror;
            hub.componentHub.arrayHub = hub;
        }
        hubs.put(type, hub);
        types.put(hub, type);
        return hub;
    }

    private Hub arrayHub(String type) throws BuildException {
        Hub object = hub("java/lang/Object");
        String element = type.substring(1);
        Hub component = hub(element.startsWith("L") ? Type.getType(element).getInternalName()
                : element.startsWith("[") ? element : primitiveName(element.charAt(0)));
        Hub[] interfaces = {hub("java/lang/Cloneable"), hub("java/io/Serializable")};
        Object[] itables = {interfaces[0], new long[0], interfaces[1], new long[0]};
        int modifiers = (component.modifiers & Opcodes.ACC_PUBLIC) | Opcodes.ACC_FINAL | Opcodes.ACC_ABSTRACT;
        return new Hub(type.replace('/', '.'), Hub.ARRAY, modifiers, object, new Hub[] {object, null}, interfaces,
                object.vtable, itables, 0, new int[0], new String[0], new int[0], component,
                elementShift(type.charAt(1)), 0, null,
                component.module, Hub.INITIALIZED);
    }

    private static int elementShift(char element) {
        return switch (element) {
            case 'Z', 'B' -> 0;
            case 'C', 'S' -> 1;
            case 'I', 'F' -> 2;
            default -> 3;
        };
    }

    private Hub classHub(String type) throws BuildException {
        ClassNode node = universe.require(type, "hub creation");
        boolean isInterface = (node.access & Opcodes.ACC_INTERFACE) != 0;
        Hub superHub = node.superName == null || isInterface ? null : hub(node.superName);
        Hub[] display = new Hub[superHub == null ? 1 : superHub.depth + 2];
        if (superHub != null) {
            System.arraycopy(superHub.display, 0, display, 0, superHub.depth + 1);
        }
        List<Hub> interfaces = new ArrayList<>();
        List<Object> itables = new ArrayList<>();
        for (String supertype : reachability.supertypes(type)) {
            if (!supertype.equals(type) && isInterface(supertype)) {
                Hub interfaceHub = hub(supertype);
                interfaces.add(interfaceHub);
                if (!isInterface) {
                    itables.add(interfaceHub);
                    itables.add(new long[tables.interfaceMethods(supertype).size()]);
                }
            }
        }
        long[] vtable = isInterface ? hub("java/lang/Object").vtable : new long[tables.vtable(type).size()];
        FieldLayout.Layout layout = fields.of(type);
        int modifiers = node.access;
        for (InnerClassNode inner : node.innerClasses) {
            if (inner.name.equals(node.name)) {
                // A member or local class's modifiers are those its InnerClasses entry records (static, private...).
                modifiers = inner.access;
            }
        }
        modifiers &= 0xFFFF & ~Opcodes.ACC_SUPER;
        if (isInterface && declaresDefaultMethods(node)) {
            modifiers |= ClassInitialization.DECLARES_DEFAULT_METHODS;
        }
        List<String> fieldNames = new ArrayList<>();
        List<Integer> fieldOffsets = new ArrayList<>();
        for (FieldNode field : node.fields) {
            if ((field.access & Opcodes.ACC_STATIC) == 0) {
                fieldNames.add(field.name);
                fieldOffsets.add(layout.offsets().get(field.name + ":" + field.desc));
            }
        }
        Long initializer = initializers.get(type);
        int initState = universe.isHostInitialized(type) || !needsInitialization(type) ? Hub.INITIALIZED
                : Hub.UNINITIALIZED;
        return new Hub(type.replace('/', '.'), isInterface ? Hub.INTERFACE : Hub.INSTANCE, modifiers, superHub,
                display, interfaces.toArray(new Hub[0]), vtable, itables.toArray(), isInterface ? 0 : layout.size(),
                layout.referenceOffsets(), fieldNames.toArray(new String[0]),
                fieldOffsets.stream().mapToInt(Integer::intValue).toArray(), null, 0,
                initializer == null ? 0 : initializer, node.sourceFile,
                universe.moduleOf(type), initState);
    }

    /** Whether initializing {@code type} would run any code: its or an inherited class initializer. */
    public boolean needsInitialization(String type) throws BuildException {
        if (universe.isHostInitialized(type) || BuildTimeValues.initializes(type)) {
            return false;
        }
        ClassNode node = universe.require(type, "class initialization");
        if (ClassUniverse.declaredMethod(node, "<clinit>", "()V") != null) {
            return true;
        }
        if ((node.access & Opcodes.ACC_INTERFACE) != 0) {
            return false;
        }
        if (node.superName != null && needsInitialization(node.superName)) {
            return true;
        }
        for (String supertype : reachability.supertypes(type)) {
            if (!supertype.equals(type) && isInterface(supertype)
                    && declaresDefaultMethods(universe.require(supertype, "class initialization"))
                    && needsInitialization(supertype)) {
                return true;
            }
        }
        return false;
    }

    private boolean isInterface(String type) throws BuildException {
        return (universe.require(type, "hub creation").access & Opcodes.ACC_INTERFACE) != 0;
    }

    private static boolean declaresDefaultMethods(ClassNode node) {
        for (MethodNode method : node.methods) {
            if ((method.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_STATIC)) == 0 && !method.name.startsWith("<")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Gives every class hub its {@link ClassDeclaration}, from the class file; classes it names that reachability
     * did not find are left out (their members cannot be reflected on in this image). {@code enumValues} gives an
     * enum class's {@code $VALUES} slot address, or 0; {@code entrySlot} the statics-table slot of a compiled method
     * or of a static field the image keeps, or 0.
     */
    public void declareAll(java.util.function.ToLongFunction<String> enumValues,
                           java.util.function.ToLongFunction<MemberRef> entrySlot) throws BuildException {
        this.enumValues = enumValues;
        this.entrySlot = entrySlot;
        for (Map.Entry<String, Hub> entry : new ArrayList<>(hubs.entrySet())) {
            String type = entry.getKey();
            Hub hub = entry.getValue();
            if (hub.kind == Hub.INSTANCE || hub.kind == Hub.INTERFACE) {
                hub.declaration = declaration(universe.require(type, "class declarations"));
            }
        }
    }

    private ClassDeclaration declaration(ClassNode node) {
        Hub declaringClass = null;
        String simpleName = null;
        List<Hub> members = new ArrayList<>();
        for (InnerClassNode inner : node.innerClasses) {
            if (inner.name.equals(node.name)) {
                declaringClass = inner.outerName == null ? null : hubs.get(inner.outerName);
                simpleName = inner.innerName == null ? "" : inner.innerName;
            } else if (node.name.equals(inner.outerName) && hubs.containsKey(inner.name)) {
                members.add(hubs.get(inner.name));
            }
        }
        Object[] enclosingMethod = null;
        if (node.outerClass != null && hubs.containsKey(node.outerClass)) {
            enclosingMethod = new Object[] {hubs.get(node.outerClass).mirror, node.outerMethod,
                node.outerMethodDesc};
        }
        List<Hub> interfaces = new ArrayList<>();
        for (String name : node.interfaces) {
            if (hubs.containsKey(name)) {
                interfaces.add(hubs.get(name));
            }
        }
        Hub[] permitted = null;
        if (node.permittedSubclasses != null) {
            List<Hub> subclasses = new ArrayList<>();
            for (String name : node.permittedSubclasses) {
                if (hubs.containsKey(name)) {
                    subclasses.add(hubs.get(name));
                }
            }
            permitted = subclasses.toArray(new Hub[0]);
        }
        return new ClassDeclaration(declaringClass, simpleName, enclosingMethod,
                node.nestHostClass == null ? null : hubs.get(node.nestHostClass), known(node.nestMembers),
                interfaces.toArray(new Hub[0]),
                members.toArray(new Hub[0]), node.signature, permitted, enumValues.applyAsLong(node.name),
                node.fields.stream().map(f -> f.name).toArray(String[]::new),
                node.fields.stream().map(f -> hubs.get(typeKey(f.desc))).toArray(Hub[]::new),
                node.fields.stream().mapToInt(f -> f.access & 0xFFFF).toArray(),
                node.fields.stream().mapToLong(f -> (f.access & Opcodes.ACC_STATIC) == 0 ? 0
                        : entrySlot.applyAsLong(new MemberRef(node.name, f.name, f.desc))).toArray(),
                recordComponents(node), methods(node));
    }

    /** Name, descriptor and signature of each record component of {@code node}, or {@code null} if not a record. */
    private static String[] recordComponents(ClassNode node) {
        if (node.recordComponents == null || (node.access & Opcodes.ACC_RECORD) == 0) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (org.objectweb.asm.tree.RecordComponentNode component : node.recordComponents) {
            parts.add(component.name);
            parts.add(component.descriptor);
            parts.add(component.signature);
        }
        return parts.toArray(new String[0]);
    }

    /**
     * The methods of {@code node} that reflection can see: of an application class and of {@code Object} (whose
     * public methods every class's {@code getMethods} lists) every one, of another JDK or Keel class every constructor
     * (so that reflection fails on access as HotSpot's does) and the public and protected methods compiled into the
     * image (the others could not be invoked, or not from outside java.base, and describing them all would add
     * megabytes).
     */
    private MethodDeclaration[] methods(ClassNode node) {
        boolean application = universe.isApplicationClass(node.name) || node.name.equals("java/lang/Object");
        List<MethodDeclaration> methods = new ArrayList<>();
        for (MethodNode method : node.methods) {
            if (method.name.equals("<clinit>")) {
                continue;
            }
            long slot = entrySlot.applyAsLong(new MemberRef(node.name, method.name, method.desc));
            boolean constructor = method.name.equals("<init>");
            boolean accessible = (method.access & (Opcodes.ACC_PUBLIC | Opcodes.ACC_PROTECTED)) != 0;
            if (!application && !constructor && (slot == 0 || !accessible)) {
                continue;
            }
            methods.add(new MethodDeclaration(method.name, method.desc, method.access & 0xFFFF, method.signature,
                    method.exceptions.isEmpty() ? null : method.exceptions.toArray(new String[0]), slot));
        }
        return methods.toArray(new MethodDeclaration[0]);
    }

    /**
     * Fills every vtable and interface method table with entry addresses: {@code entryOf} gives the code address of
     * a compiled method or of the stub for one that is abstract or never compiled.
     */
    public void fillTables(EntryResolver entryOf) throws BuildException {
        for (Map.Entry<String, Hub> entry : hubs.entrySet()) {
            String type = entry.getKey();
            Hub hub = entry.getValue();
            if (hub.kind != Hub.INSTANCE) {
                continue;
            }
            List<String> keys = tables.vtable(type);
            for (int i = 0; i < keys.size(); i++) {
                hub.vtable[i] = entryOf.entry(type, keys.get(i));
            }
            for (int i = 0; i < hub.itables.length; i += 2) {
                String interfaceType = types.get((Hub) hub.itables[i]);
                List<String> methods = tables.interfaceMethods(interfaceType);
                long[] itable = (long[]) hub.itables[i + 1];
                for (int m = 0; m < methods.size(); m++) {
                    itable[m] = entryOf.entry(type, methods.get(m));
                }
            }
        }
    }

    /** The code address a table slot of class {@code type} with key {@code name + descriptor} holds. */
    @FunctionalInterface
    public interface EntryResolver {
        long entry(String type, String key) throws BuildException;
    }
}
