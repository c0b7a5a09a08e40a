package org.keelvm.boot.universe;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.keelvm.boot.BuildException;
import org.keelvm.jit.ArrayTypes;
import org.keelvm.jit.JdkIntrinsics;
import org.keelvm.jit.MemberRef;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.IntInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.MultiANewArrayInsnNode;
import org.objectweb.asm.tree.TryCatchBlockNode;
import org.objectweb.asm.tree.TypeInsnNode;

/**
 * What an image needs, found by rapid type analysis from the roots: the methods to compile, the static fields, the
 * types that need hubs, the classes that may have instances and the string constants. A virtual or interface call
 * reaches, in every class that may have instances and is a subtype of the call's class, the method that the call
 * selects there; a class gains instances where reachable code does {@code new} or the image heap holds one.
 * Everything is kept in discovery order, so images are reproducible.
 *
 * <p>Each bytecode reference is resolved once here and remembered, so the linker answers the compiler's questions
 * by table lookup. Calls to intrinsics are not followed: their bodies never run in the guest.
 */
public final class Reachability {
    private final ClassUniverse universe;
    private final Map<MemberRef, ResolvedMethod> methods = new LinkedHashMap<>();
    private final Map<MemberRef, ResolvedField> fields = new LinkedHashMap<>();
    private final Map<MemberRef, ResolvedMethod> methodLinks = new HashMap<>();
    private final Map<MemberRef, ResolvedField> fieldLinks = new HashMap<>();
    private final Set<String> types = new LinkedHashSet<>();
    private final Set<String> instantiated = new LinkedHashSet<>();
    private final Map<String, List<MemberRef>> virtualCallsByOwner = new HashMap<>();
    private final Set<MemberRef> virtualCalls = new LinkedHashSet<>();
    private final Map<String, Set<String>> supertypes = new HashMap<>();
    private final Map<String, List<String>> instantiatedSubtypes = new HashMap<>();
    private final Deque<ResolvedMethod> work = new ArrayDeque<>();
    private final NativeMethods natives;
    private final List<String> linkageFailures = new ArrayList<>();
    private final Map<String, ResolvedField> enumValues = new HashMap<>();
    private final VarHandleCalls varHandleCalls;
    /** The instructions of the method being scanned. */
    private org.objectweb.asm.tree.InsnList scanning;
    /** The array of its constants that javac gives every enum class. */
    private static final String ENUM_VALUES = "$VALUES";

    private Reachability(ClassUniverse universe) {
        this.universe = universe;
        this.natives = new NativeMethods(universe);
        this.varHandleCalls = new VarHandleCalls(universe);
    }

    /**
     * Walks the universe from {@code roots} (methods that run without a caller in Java) and {@code instantiatedRoots}
     * (classes whose instances exist without a {@code new}: those of the image heap).
     */
    public static Reachability compute(ClassUniverse universe, List<MemberRef> roots, List<String> instantiatedRoots)
            throws BuildException {
        Reachability reachability = new Reachability(universe);
        for (MemberRef root : roots) {
            reachability.addMethod(universe.resolveMethod(root, "the image builder"));
        }
        for (String type : instantiatedRoots) {
            reachability.instantiate(type, "the image builder");
        }
        reachability.drain();
        return reachability;
    }

    /** Makes {@code type} instantiated after the fact (the image heap met an instance) and finds what follows. */
    public void addInstantiated(String type) throws BuildException {
        instantiate(type, "the image heap");
        drain();
    }

    /**
     * Makes class {@code type} constructible by reflection: instances may exist and every constructor it declares is
     * compiled, for code that names the class only at run time and calls {@code Constructor.newInstance}.
     */
    public void addConstructedByName(String type) throws BuildException {
        constructedByName(type, "classes constructed by name");
        drain();
    }

    private void constructedByName(String type, String from) throws BuildException {
        var node = universe.require(type, from);
        needType(type, from);
        if ((node.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_INTERFACE)) != 0) {
            return;
        }
        instantiate(type, from);
        for (MethodNode method : node.methods) {
            if (method.name.equals("<init>")) {
                addMethod(universe.resolveMethod(new MemberRef(type, method.name, method.desc), from));
            }
        }
    }

    private void drain() throws BuildException {
        while (!work.isEmpty()) {
            scan(work.removeFirst());
        }
    }

    /** The methods to compile, in discovery order. */
    public List<ResolvedMethod> methods() {
        return new ArrayList<>(methods.values());
    }

    /** The static fields accessed, in discovery order. */
    public List<ResolvedField> staticFields() {
        return new ArrayList<>(fields.values());
    }

    /** Every type that needs a hub: internal names of classes and interfaces, descriptors of array classes. */
    public Set<String> types() {
        return types;
    }

    /** Whether instances of class {@code type} may exist. */
    public boolean isInstantiated(String type) {
        return instantiated.contains(type);
    }

    /** Whether the method is compiled into the image. */
    public boolean isCompiled(MemberRef method) {
        return methods.containsKey(method);
    }

    /** The resolution of a method reference that a reachable method makes, or {@code null}. */
    public ResolvedMethod linkMethod(MemberRef ref) {
        return methodLinks.get(ref);
    }

    /** The resolution of a field reference that a reachable method makes, or {@code null}. */
    public ResolvedField linkField(MemberRef ref) {
        return fieldLinks.get(ref);
    }

    /** Every supertype of class {@code type} (itself included): superclasses and all superinterfaces. */
    public Set<String> supertypes(String type) throws BuildException {
        Set<String> known = supertypes.get(type);
        if (known != null) {
            return known;
        }
        Set<String> all = new LinkedHashSet<>();
        all.add(type);
        var node = universe.require(type, "the class hierarchy");
        if (node.superName != null) {
            all.addAll(supertypes(node.superName));
        }
        for (String superInterface : node.interfaces) {
            all.addAll(supertypes(superInterface));
        }
        supertypes.put(type, all);
        return all;
    }

    private void addMethod(ResolvedMethod method) throws BuildException {
        if (methods.containsKey(method.ref())) {
            return;
        }
        if ((method.method().access & Opcodes.ACC_ABSTRACT) != 0) {
            return;
        }
        if ((method.method().access & Opcodes.ACC_NATIVE) != 0) {
            method = natives.stub(method);
        }
        needType(method.owner().name, method.ref().symbolName());
        methods.put(method.ref(), method);
        work.add(method);
    }

    private void scan(ResolvedMethod method) throws BuildException {
        String from = method.ref().symbolName();
        MethodNode code = method.method();
        Map<AbstractInsnNode, LinkageFailure> failures = new LinkedHashMap<>();
        scanning = code.instructions;
        for (AbstractInsnNode insn : code.instructions) {
            try {
                scan(insn, from);
            } catch (BuildException e) {
                failures.put(insn, LinkageFailure.of(insn, e.getMessage(), insn instanceof MethodInsnNode call
                        && universe.isSignaturePolymorphic(call.owner, call.name)));
            }
        }
        if (calls(code, "java/lang/Class", "forName")) {
            namedClasses(code, from);
        }
        if (calls(code, "java/lang/invoke/MethodHandles$Lookup", "findStaticVarHandle")) {
            keepStaticFieldsOfNamedClasses(code, from);
        }
        for (TryCatchBlockNode block : code.tryCatchBlocks) {
            if (block.type != null) {
                try {
                    needType(block.type, from);
                } catch (BuildException e) {
                    // A handler for a class that does not exist can never catch anything.
                    block.type = "java/lang/Throwable";
                    failures.put(block.handler, LinkageFailure.of(block.handler, e.getMessage(), false));
                }
            }
        }
        for (Map.Entry<AbstractInsnNode, LinkageFailure> failure : failures.entrySet()) {
            failure.getValue().replace(code, failure.getKey());
            linkageFailures.add(from + ": " + failure.getValue().message());
        }
        if (!failures.isEmpty()) {
            addMethod(universe.resolveMethod(LinkageFailure.RUNTIME_METHOD, from));
        }
    }

    /** Whether {@code code} calls method {@code name} of class {@code owner}. */
    private static boolean calls(MethodNode code, String owner, String name) {
        for (AbstractInsnNode insn : code.instructions) {
            if (insn instanceof MethodInsnNode call && call.owner.equals(owner) && call.name.equals(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A method that makes VarHandles for static fields names their classes as constants and the fields by string:
     * the fields of those classes get slots even if no bytecode reads or writes them (the JDK's concurrency classes
     * reach some static fields only through such handles).
     */
    private void keepStaticFieldsOfNamedClasses(MethodNode code, String from) throws BuildException {
        for (AbstractInsnNode insn : code.instructions) {
            if (insn instanceof LdcInsnNode ldc && ldc.cst instanceof Type type && type.getSort() == Type.OBJECT) {
                var node = universe.require(type.getInternalName(), from);
                for (var field : node.fields) {
                    if ((field.access & Opcodes.ACC_STATIC) != 0) {
                        ResolvedField kept = new ResolvedField(node, field);
                        fields.putIfAbsent(kept.ref(), kept);
                    }
                }
            }
        }
    }

    /**
     * A method that calls {@code Class.forName} may load any class whose name it holds as a string constant (the
     * JDK's {@code SharedSecrets} initializes classes this way, {@code CalendarSystem} instantiates them): those
     * classes get hubs, their initializers and their constructors, so that {@code forName} finds them in the image
     * and reflection can make instances. Loading classes the image does not hold comes with the compiler
     * in the guest.
     */
    private void namedClasses(MethodNode code, String from) throws BuildException {
        for (AbstractInsnNode insn : code.instructions) {
            if (insn instanceof LdcInsnNode ldc && ldc.cst instanceof String name && !name.isEmpty()
                    && name.indexOf('/') < 0 && name.indexOf(' ') < 0 && !name.startsWith("[")) {
                String internal = name.replace('.', '/');
                if (universe.find(internal) != null) {
                    constructedByName(internal, from);
                }
            }
        }
    }

    private void scan(AbstractInsnNode insn, String from) throws BuildException {
        if (insn instanceof MethodInsnNode call) {
            call(call, from);
        } else if (insn instanceof FieldInsnNode access) {
            MemberRef ref = new MemberRef(access.owner, access.name, access.desc);
            ResolvedField field = universe.resolveField(ref, from);
            fieldLinks.put(ref, field);
            needType(field.owner().name, from);
            if (insn.getOpcode() == Opcodes.GETSTATIC || insn.getOpcode() == Opcodes.PUTSTATIC) {
                fields.putIfAbsent(field.ref(), field);
            }
        } else if (insn instanceof TypeInsnNode typed) {
            switch (insn.getOpcode()) {
                case Opcodes.NEW -> instantiate(typed.desc, from);
                case Opcodes.ANEWARRAY -> needType(ArrayTypes.arrayOf(typed.desc), from);
                default -> needType(typed.desc, from);
            }
        } else if (insn instanceof IntInsnNode array && insn.getOpcode() == Opcodes.NEWARRAY) {
            needType(ArrayTypes.primitiveArray(array.operand), from);
        } else if (insn instanceof MultiANewArrayInsnNode array) {
            needType(array.desc, from);
        } else if (insn instanceof LdcInsnNode ldc) {
            if (ldc.cst instanceof Type type && type.getSort() != Type.METHOD) {
                needType(type.getInternalName(), from);
            }
        }
    }

    /** The {@code $VALUES} field of enum class {@code type}, or {@code null}. */
    public ResolvedField enumValues(String type) {
        return enumValues.get(type);
    }

    /** The references reachable code makes that do not resolve, each of which throws where it is reached. */
    public List<String> linkageFailures() {
        return linkageFailures;
    }

    private void call(MethodInsnNode call, String from) throws BuildException {
        MemberRef ref = new MemberRef(call.owner, call.name, call.desc);
        if (JdkIntrinsics.contains(ref)) {
            return;
        }
        if (call.owner.equals(VarHandleCalls.VAR_HANDLE) && universe.isSignaturePolymorphic(call.owner, call.name)) {
            linkVarHandleCall(call, from);
            ref = new MemberRef(call.owner, call.name, call.desc);
        } else if (universe.isSignaturePolymorphic(call.owner, call.name)) {
            throw new BuildException("java.lang.invoke is not supported yet: " + call.owner.replace('/', '.') + "."
                    + call.name);
        }
        ResolvedMethod target = universe.resolveMethod(ref, from);
        methodLinks.put(ref, target);
        if (ClassUniverse.isIntrinsic(target.method())) {
            return;
        }
        needType(target.owner().name, from);
        boolean virtual = call.getOpcode() == Opcodes.INVOKEVIRTUAL || call.getOpcode() == Opcodes.INVOKEINTERFACE;
        if (virtual && call.owner.startsWith("[")) {
            addMethod(target);
        } else if (virtual && !isNonVirtual(target)) {
            addVirtualCall(target.ref());
        } else {
            addMethod(target);
        }
    }

    /**
     * Turns a call of a VarHandle access method into a call of its bridge ({@link VarHandleCalls}), with a cast of
     * the result where the call site expects a more specific reference than the bridge's {@code Object}.
     */
    private void linkVarHandleCall(MethodInsnNode call, String from) throws BuildException {
        Type result = Type.getReturnType(call.desc);
        String bridge = varHandleCalls.bridge(call.name, call.desc);
        call.setOpcode(Opcodes.INVOKESTATIC);
        call.owner = bridge;
        call.desc = VarHandleCalls.bridgeDescriptor(call.desc);
        call.name = "call";
        call.itf = false;
        if ((result.getSort() == Type.OBJECT || result.getSort() == Type.ARRAY)
                && !result.getInternalName().equals("java/lang/Object")) {
            TypeInsnNode cast = new TypeInsnNode(Opcodes.CHECKCAST, result.getInternalName());
            scanning.insert(call, cast);
            needType(result.getInternalName(), from);
        }
    }

    /** Whether a virtual call of {@code method} can only ever reach it: private, or final and not abstract. */
    public static boolean isNonVirtual(ResolvedMethod method) {
        int access = method.method().access;
        return (access & (Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC)) != 0
                || ((access & Opcodes.ACC_FINAL) != 0 || (method.owner().access & Opcodes.ACC_FINAL) != 0)
                && (method.owner().access & Opcodes.ACC_INTERFACE) == 0;
    }

    private void addVirtualCall(MemberRef declared) throws BuildException {
        if (!virtualCalls.add(declared)) {
            return;
        }
        virtualCallsByOwner.computeIfAbsent(declared.owner(), o -> new ArrayList<>()).add(declared);
        for (String type : instantiatedSubtypes.getOrDefault(declared.owner(), List.of())) {
            addSelected(type, declared);
        }
    }

    private void instantiate(String type, String from) throws BuildException {
        needType(type, from);
        if (type.startsWith("[") || !instantiated.add(type)) {
            return;
        }
        for (String supertype : supertypes(type)) {
            instantiatedSubtypes.computeIfAbsent(supertype, s -> new ArrayList<>()).add(type);
            List<MemberRef> calls = virtualCallsByOwner.get(supertype);
            if (calls != null) {
                for (MemberRef call : calls) {
                    addSelected(type, call);
                }
            }
        }
    }

    private void addSelected(String type, MemberRef declared) throws BuildException {
        ResolvedMethod selected = universe.selectMethod(type, declared.name(), declared.descriptor());
        if (selected != null) {
            addMethod(selected);
        }
    }

    /** Adds {@code type}, its supertypes (or component types) and their class initializers. */
    private void needType(String type, String from) throws BuildException {
        if (!types.add(type)) {
            return;
        }
        if (type.startsWith("[")) {
            needType("java/lang/Object", from);
            Type element = Type.getType(type).getElementType();
            String component = type.substring(1);
            if (component.startsWith("[")) {
                needType(component, from);
            } else if (element.getSort() == Type.OBJECT) {
                needType(element.getInternalName(), from);
            }
            return;
        }
        var node = universe.require(type, from);
        if (node.superName != null) {
            needType(node.superName, from);
        }
        for (String superInterface : node.interfaces) {
            needType(superInterface, from);
        }
        if ((node.access & Opcodes.ACC_ENUM) != 0) {
            // Enum.valueOf and EnumMap find the constants through the class, without calling values().
            for (var field : node.fields) {
                if (field.name.equals(ENUM_VALUES) && (field.access & Opcodes.ACC_STATIC) != 0) {
                    ResolvedField values = new ResolvedField(node, field);
                    fields.putIfAbsent(values.ref(), values);
                    enumValues.put(type, values);
                }
            }
        }
        MethodNode initializer = ClassUniverse.declaredMethod(node, "<clinit>", "()V");
        if (initializer != null && !universe.isHostInitialized(type) && !BuildTimeValues.initializes(type)) {
            addMethod(new ResolvedMethod(node, initializer));
        }
        if (universe.isApplicationClass(type)) {
            addReflectable(node, from);
        }
    }

    /**
     * Compiles every method and constructor of an application class the image holds and keeps all its static
     * fields, so that reflection can reach any of them, as on a JVM that loads the whole class: an application is
     * small beside the JDK, and its reflective uses are the ones nobody can list.
     */
    private void addReflectable(org.objectweb.asm.tree.ClassNode node, String from) throws BuildException {
        boolean constructible = (node.access & (Opcodes.ACC_ABSTRACT | Opcodes.ACC_INTERFACE)) == 0;
        for (var field : node.fields) {
            if ((field.access & Opcodes.ACC_STATIC) != 0) {
                ResolvedField kept = new ResolvedField(node, field);
                fields.putIfAbsent(kept.ref(), kept);
            }
        }
        for (MethodNode method : node.methods) {
            if (method.name.equals("<clinit>") || (method.access & Opcodes.ACC_ABSTRACT) != 0) {
                continue;
            }
            if (method.name.equals("<init>") && constructible) {
                instantiate(node.name, from);
            }
            addMethod(new ResolvedMethod(node, method));
        }
    }
}
