package org.keelvm.boot.universe;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.keelvm.boot.BuildException;
import org.keelvm.jit.JdkIntrinsics;
import org.keelvm.jit.MemberRef;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;

/**
 * The methods and static fields an image needs: everything reachable from the roots through static calls and static
 * field accesses, in discovery order (so images are reproducible). Calls to intrinsics are not followed: their
 * bodies never run in the guest. Calls to {@link JdkIntrinsics} are not even resolved, so the JDK classes that
 * declare them need not be in the universe.
 *
 * <p>Each bytecode reference is resolved once here and remembered, so the linker answers the compiler's questions
 * by table lookup.
 */
public final class Reachability {
    private final ClassUniverse universe;
    private final Map<MemberRef, ResolvedMethod> methods = new LinkedHashMap<>();
    private final Map<MemberRef, ResolvedField> fields = new LinkedHashMap<>();
    private final Map<MemberRef, ResolvedMethod> methodLinks = new LinkedHashMap<>();
    private final Map<MemberRef, ResolvedField> fieldLinks = new LinkedHashMap<>();
    private final Deque<ResolvedMethod> work = new ArrayDeque<>();

    private Reachability(ClassUniverse universe) {
        this.universe = universe;
    }

    /** Walks the universe from {@code roots} (static methods). */
    public static Reachability compute(ClassUniverse universe, List<MemberRef> roots) throws BuildException {
        Reachability reachability = new Reachability(universe);
        for (MemberRef root : roots) {
            reachability.addMethod(universe.resolveMethod(root, "the image builder"));
        }
        while (!reachability.work.isEmpty()) {
            reachability.scan(reachability.work.removeFirst());
        }
        return reachability;
    }

    /** The reachable methods with bytecode, in discovery order. */
    public List<ResolvedMethod> methods() {
        return new ArrayList<>(methods.values());
    }

    /** The static fields accessed, in discovery order. */
    public List<ResolvedField> staticFields() {
        return new ArrayList<>(fields.values());
    }

    /** The resolution of a method reference that a reachable method makes, or {@code null}. */
    public ResolvedMethod linkMethod(MemberRef ref) {
        return methodLinks.get(ref);
    }

    /** The resolution of a field reference that a reachable method makes, or {@code null}. */
    public ResolvedField linkField(MemberRef ref) {
        return fieldLinks.get(ref);
    }

    private void addMethod(ResolvedMethod method) throws BuildException {
        if (methods.containsKey(method.ref())) {
            return;
        }
        if (!ClassUniverse.isStatic(method.method())) {
            throw new BuildException(method.ref().symbolName()
                    + " is an instance method; this Keel compiles static methods only");
        }
        checkNoStaticInitializer(method.owner().name, method.ref().symbolName());
        methods.put(method.ref(), method);
        work.add(method);
    }

    private void scan(ResolvedMethod method) throws BuildException {
        String from = method.ref().symbolName();
        for (AbstractInsnNode insn : method.method().instructions) {
            if (insn instanceof MethodInsnNode call) {
                MemberRef ref = new MemberRef(call.owner, call.name, call.desc);
                if (JdkIntrinsics.contains(ref)) {
                    continue;
                }
                ResolvedMethod target = universe.resolveMethod(ref, from);
                methodLinks.put(ref, target);
                if (!ClassUniverse.isIntrinsic(target.method()) && call.getOpcode() == Opcodes.INVOKESTATIC) {
                    addMethod(target);
                }
            } else if (insn instanceof FieldInsnNode access
                    && (insn.getOpcode() == Opcodes.GETSTATIC || insn.getOpcode() == Opcodes.PUTSTATIC)) {
                MemberRef ref = new MemberRef(access.owner, access.name, access.desc);
                ResolvedField field = universe.resolveField(ref, from);
                fieldLinks.put(ref, field);
                addField(field, from);
            }
        }
    }

    private void addField(ResolvedField field, String from) throws BuildException {
        if (fields.containsKey(field.ref())) {
            return;
        }
        String descriptor = field.field().desc;
        if ((descriptor.startsWith("L") || descriptor.startsWith("[")) && !universe.isWordType(descriptor)) {
            throw new BuildException(from + " uses static field " + field.ref().owner().replace('/', '.') + "."
                    + field.field().name + " of reference type; this Keel supports primitive and word fields only");
        }
        checkNoStaticInitializer(field.owner().name, from);
        fields.put(field.ref(), field);
    }

    /**
     * Class initialization comes with the object model; until then a class whose static members are used must not
     * need one, or its statics would silently keep their default values.
     */
    private void checkNoStaticInitializer(String owner, String from) throws BuildException {
        var node = universe.require(owner, from);
        for (var method : node.methods) {
            if (method.name.equals("<clinit>")) {
                throw new BuildException("class " + owner.replace('/', '.') + " (used by " + from
                        + ") has a static initializer; this Keel does not run class initializers yet");
            }
        }
    }
}
