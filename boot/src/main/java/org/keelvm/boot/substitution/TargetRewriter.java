package org.keelvm.boot.substitution;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.commons.Remapper;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldInsnNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.VarInsnNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.Frame;
import org.objectweb.asm.tree.analysis.SourceInterpreter;
import org.objectweb.asm.tree.analysis.SourceValue;

/**
 * Applies the substitution classes of one target to the target's tree: checks every member against the target,
 * then replaces bodies, drops deleted members, adds injected fields and helper methods, and fixes the code it
 * copied (super-constructor calls, invoke instructions, uses of deleted members).
 *
 * <p>Stack map frames are copied, not recomputed: renaming a substitution class to its target maps every type the
 * substitution's frames mention one-to-one, and the target is a subtype of everything the substitution class was
 * a subtype of ({@code Object}), so frames that verified in the substitution class verify in the target.
 */
final class TargetRewriter {
    /** Marks a JDK native method given a Java body (see {@code SubstitutedNative}). */
    static final String SUBSTITUTED_NATIVE = Type.getDescriptor(org.keelvm.vm.substitution.SubstitutedNative.class);
    /** Marks a method a substitution class added (see {@code SubstitutionHelper}). */
    static final String SUBSTITUTION_HELPER =
            Type.getDescriptor(org.keelvm.vm.substitution.SubstitutionHelper.class);
    private final ClassNode target;
    private final List<SubstitutionClass> substitutions;
    private final Remapper renaming;
    private final Function<String, TargetShape> shapes;
    private final Function<String, ClassNode> library;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, String> origins = new LinkedHashMap<>();

    private final Map<String, MethodNode> methods = new HashMap<>();
    private final Map<String, FieldNode> fields = new HashMap<>();
    /** Target member key to the substitution member that replaces or deletes it. */
    private final Map<String, Member> claims = new HashMap<>();
    /** Member key of an added field or method to the substitution member that adds it. */
    private final Map<String, Member> additions = new HashMap<>();

    /**
     * @param target        the original target, frames expanded; it is rewritten in place
     * @param substitutions the target's substitution classes, in a fixed order
     * @param renaming      substitution class names to target names
     * @param shapes        the shape of each target after substitution, {@code null} for a class no one substitutes
     * @param library       original classes without code, {@code null} for an unknown class
     */
    TargetRewriter(ClassNode target, List<SubstitutionClass> substitutions, Remapper renaming,
                   Function<String, TargetShape> shapes, Function<String, ClassNode> library) {
        this.target = target;
        this.substitutions = substitutions;
        this.renaming = renaming;
        this.shapes = shapes;
        this.library = library;
        for (MethodNode method : target.methods) {
            methods.put(method.name + method.desc, method);
        }
        for (FieldNode field : target.fields) {
            fields.put(field.name, field);
        }
    }

    /**
     * Rewrites the target.
     *
     * @return for each method whose code came from a substitution (name and descriptor), the substitution class's
     *     internal name
     * @throws SubstitutionException naming every mismatch between the substitutions and the target
     */
    Map<String, String> rewrite() throws SubstitutionException {
        List<MethodNode> helpers = new ArrayList<>();
        List<FieldNode> injected = new ArrayList<>();
        Map<MethodNode, MethodNode> replacements = new LinkedHashMap<>();
        Map<MethodNode, Member> copiedFrom = new HashMap<>();
        for (SubstitutionClass substitution : substitutions) {
            ClassNode tree = substitution.tree(renaming);
            if ((tree.version & 0xFFFF) > (target.version & 0xFFFF)) {
                problems.add("substitution class " + substitution + " (class file version " + (tree.version & 0xFFFF)
                        + ") is newer than its target " + Member.javaName(target.name) + " ("
                        + (target.version & 0xFFFF) + ")");
            }
            for (MethodNode method : tree.methods) {
                Member self = substitution.method(method.name, method.desc);
                MemberRole role = MemberRole.of(method.visibleAnnotations, method.invisibleAnnotations);
                switch (role) {
                    case SUBSTITUTE -> {
                        MethodNode original = existingMethod("@Substitute", self, method.access);
                        if (original != null && claim(original.name + original.desc, self, "replaces")) {
                            if ((original.access & Opcodes.ACC_ABSTRACT) != 0) {
                                problems.add("@Substitute " + self + " has no body to replace: " + inTarget(self)
                                        + " is abstract");
                            } else {
                                redirectSuperConstructor(self, tree, method);
                                replacements.put(original, method);
                                copiedFrom.put(method, self);
                            }
                        }
                    }
                    case ALIAS -> existingMethod("@Alias", self, method.access);
                    case DELETE -> {
                        MethodNode original = existingMethod("@Delete", self, method.access);
                        if (original != null && claim(original.name + original.desc, self, "deletes")) {
                            target.methods.remove(original);
                        }
                    }
                    case NONE -> {
                        if (method.name.equals("<clinit>")) {
                            problems.add("substitution class " + substitution + " has a static initializer; its"
                                    + " static fields must be @Alias fields or constant @Inject fields");
                        } else if (!method.name.equals("<init>") && isNewMethod(self)) {
                            helpers.add(method);
                            copiedFrom.put(method, self);
                        }
                    }
                    default -> problems.add(self + " carries more than one of @Substitute, @Alias and @Delete");
                }
            }
            for (FieldNode field : tree.fields) {
                Member self = substitution.field(field.name, field.desc);
                switch (MemberRole.of(field.visibleAnnotations, field.invisibleAnnotations)) {
                    case ALIAS -> existingField("@Alias", self, field.access);
                    case DELETE -> {
                        FieldNode original = existingField("@Delete", self, field.access);
                        if (original != null && claim(original.name, self, "deletes")) {
                            target.fields.remove(original);
                        }
                    }
                    case INJECT -> {
                        if (isNewField(self)) {
                            field.visibleAnnotations = withoutSubstitutionAnnotations(field.visibleAnnotations);
                            field.invisibleAnnotations = withoutSubstitutionAnnotations(field.invisibleAnnotations);
                            injected.add(field);
                        }
                    }
                    case NONE -> problems.add("field " + self + " of a substitution class needs @Alias, @Inject or"
                            + " @Delete");
                    default -> problems.add(self + " carries more than one of @Alias, @Inject and @Delete");
                }
            }
        }
        fail();
        for (Map.Entry<MethodNode, MethodNode> replacement : replacements.entrySet()) {
            transplant(replacement.getKey(), replacement.getValue());
            origins.put(replacement.getKey().name + replacement.getKey().desc, copiedFrom.get(replacement.getValue())
                    .owner());
        }
        for (MethodNode helper : helpers) {
            helper.visitAnnotation(SUBSTITUTION_HELPER, false);
            target.methods.add(helper);
            origins.put(helper.name + helper.desc, copiedFrom.get(helper).owner());
        }
        target.fields.addAll(injected);
        for (Map.Entry<MethodNode, Member> copy : copiedFrom.entrySet()) {
            fixCode(copy.getKey(), copy.getValue());
        }
        fail();
        return origins;
    }

    private void fail() throws SubstitutionException {
        if (!problems.isEmpty()) {
            throw new SubstitutionException(problems);
        }
    }

    private String inTarget(Member self) {
        return new Member(target.name, self.name(), self.descriptor(), self.field()).toString();
    }

    /** The target's method that {@code self} names, or {@code null} after recording why there is none. */
    private MethodNode existingMethod(String annotation, Member self, int selfAccess) {
        MethodNode original = methods.get(self.key());
        String lead = annotation + " " + self + " has no target: ";
        if (original == null) {
            List<String> sameName = new ArrayList<>();
            for (MethodNode method : target.methods) {
                if (method.name.equals(self.name())) {
                    sameName.add(method.name + method.desc);
                }
            }
            problems.add(lead + Member.javaName(target.name)
                    + (sameName.isEmpty() ? " has no method " + self.name() : " has " + String.join(", ", sameName)));
            return null;
        }
        return sameStaticness(lead, self, original.access, selfAccess) ? original : null;
    }

    /** The target's field that {@code self} names, or {@code null} after recording why there is none. */
    private FieldNode existingField(String annotation, Member self, int selfAccess) {
        FieldNode original = fields.get(self.key());
        String lead = annotation + " " + self + " has no target: ";
        if (original == null) {
            problems.add(lead + Member.javaName(target.name) + " has no field " + self.name());
            return null;
        }
        if (!original.desc.equals(self.descriptor())) {
            problems.add(lead + Member.javaName(target.name) + " has " + original.name + ":" + original.desc);
            return null;
        }
        return sameStaticness(lead, self, original.access, selfAccess) ? original : null;
    }

    private boolean sameStaticness(String lead, Member self, int targetAccess, int selfAccess) {
        boolean targetStatic = (targetAccess & Opcodes.ACC_STATIC) != 0;
        if (targetStatic != ((selfAccess & Opcodes.ACC_STATIC) != 0)) {
            problems.add(lead + inTarget(self) + (targetStatic ? " is static and the substitution is not"
                    : " is not static and the substitution is"));
            return false;
        }
        return true;
    }

    /** Records that {@code self} replaces or deletes the target member {@code key}; false if another already does. */
    private boolean claim(String key, Member self, String verb) {
        Member earlier = claims.putIfAbsent(key, self);
        if (earlier != null) {
            problems.add(self + " " + verb + " " + inTarget(self) + ", which " + earlier + " already replaces or"
                    + " deletes");
            return false;
        }
        return true;
    }

    private boolean isNewMethod(Member self) {
        MethodNode existing = methods.get(self.key());
        if (existing != null) {
            problems.add("helper method " + self + " clashes with " + inTarget(self) + "; annotate it @Substitute"
                    + " to replace that method, or rename it");
            return false;
        }
        return isNewAddition("helper method", self);
    }

    private boolean isNewField(Member self) {
        FieldNode existing = fields.get(self.key());
        if (existing != null) {
            problems.add("@Inject " + self + " clashes with " + Member.javaName(target.name) + "." + existing.name
                    + ":" + existing.desc + ", which exists already; use @Alias to refer to it");
            return false;
        }
        return isNewAddition("@Inject", self);
    }

    private boolean isNewAddition(String what, Member self) {
        Member earlier = additions.putIfAbsent((self.field() ? "field " : "method ") + self.key(), self);
        if (earlier != null) {
            problems.add(what + " " + self + " clashes with " + earlier + ", which " + Member.javaName(target.name)
                    + " receives already");
            return false;
        }
        return true;
    }

    /**
     * In a substituted constructor, points {@code javac}'s call of the substitution's superclass constructor on
     * {@code this} at the target's superclass instead.
     */
    private void redirectSuperConstructor(Member self, ClassNode tree, MethodNode method) {
        if (!method.name.equals("<init>") || tree.superName.equals(target.superName)) {
            return;
        }
        Frame<SourceValue>[] frames;
        try {
            frames = new Analyzer<>(new SourceInterpreter()).analyze(target.name, method);
        } catch (AnalyzerException e) {
            problems.add("@Substitute " + self + " cannot be analysed: " + e.getMessage());
            return;
        }
        AbstractInsnNode[] code = method.instructions.toArray();
        for (int i = 0; i < code.length; i++) {
            if (code[i] instanceof MethodInsnNode call && call.getOpcode() == Opcodes.INVOKESPECIAL
                    && call.name.equals("<init>") && call.owner.equals(tree.superName) && frames[i] != null) {
                Frame<SourceValue> frame = frames[i];
                SourceValue receiver = frame.getStack(frame.getStackSize() - Type.getArgumentTypes(call.desc).length
                        - 1);
                if (isThis(receiver)) {
                    ClassNode superclass = library.apply(target.superName);
                    if (superclass != null && !declares(superclass, call.name, call.desc)) {
                        problems.add("@Substitute " + self + " calls super" + call.desc + ", which "
                                + Member.javaName(target.superName) + " (the superclass of "
                                + Member.javaName(target.name) + ") does not declare");
                    }
                    call.owner = target.superName;
                }
            }
        }
    }

    private static boolean isThis(SourceValue value) {
        if (value.insns.isEmpty()) {
            return false;
        }
        for (AbstractInsnNode source : value.insns) {
            if (!(source instanceof VarInsnNode load && load.getOpcode() == Opcodes.ALOAD && load.var == 0)) {
                return false;
            }
        }
        return true;
    }

    private static boolean declares(ClassNode owner, String name, String descriptor) {
        for (MethodNode method : owner.methods) {
            if (method.name.equals(name) && method.desc.equals(descriptor)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Gives the target's method the substitution's body. What callers and reflection see stays the target's:
     * access (less {@code native}), signature, exceptions, parameters and annotations, to which the substitution
     * method's own annotations other than {@code @Substitute} are added (so Keel's annotations on a substitution,
     * such as {@code @Uninterruptible}, reach the compiler).
     */
    private static void transplant(MethodNode into, MethodNode from) {
        boolean wasNative = (into.access & Opcodes.ACC_NATIVE) != 0;
        into.access &= ~Opcodes.ACC_NATIVE;
        into.instructions = from.instructions;
        into.tryCatchBlocks = from.tryCatchBlocks;
        into.maxStack = from.maxStack;
        into.maxLocals = from.maxLocals;
        into.localVariables = from.localVariables;
        into.visibleLocalVariableAnnotations = from.visibleLocalVariableAnnotations;
        into.invisibleLocalVariableAnnotations = from.invisibleLocalVariableAnnotations;
        into.visibleAnnotations = merged(into.visibleAnnotations, from.visibleAnnotations);
        into.invisibleAnnotations = merged(into.invisibleAnnotations, from.invisibleAnnotations);
        if (wasNative) {
            into.visitAnnotation(SUBSTITUTED_NATIVE, false);
        }
    }

    private static List<AnnotationNode> merged(List<AnnotationNode> kept, List<AnnotationNode> added) {
        List<AnnotationNode> result = kept == null ? new ArrayList<>() : new ArrayList<>(kept);
        for (AnnotationNode annotation : withoutSubstitutionAnnotations(added)) {
            if (result.stream().noneMatch(present -> present.desc.equals(annotation.desc))) {
                result.add(annotation);
            }
        }
        return result.isEmpty() ? null : result;
    }

    private static List<AnnotationNode> withoutSubstitutionAnnotations(List<AnnotationNode> annotations) {
        if (annotations == null) {
            return List.of();
        }
        List<AnnotationNode> kept = new ArrayList<>(annotations);
        kept.removeIf(MemberRole::isSubstitutionAnnotation);
        return kept;
    }

    /**
     * Checks that copied code uses no deleted member, and gives each call of a substituted class's method the
     * invoke instruction that method needs: an alias declared {@code private} of a public method must still
     * dispatch virtually, and a call through a substitution class (always a class) of an interface target must
     * become an interface call.
     */
    private void fixCode(MethodNode method, Member from) {
        for (AbstractInsnNode instruction : method.instructions) {
            if (instruction instanceof FieldInsnNode access) {
                checkNotDeleted(from, Member.field(access.owner, access.name, access.desc));
            } else if (instruction instanceof MethodInsnNode call) {
                checkNotDeleted(from, Member.method(call.owner, call.name, call.desc));
                fixInvoke(call);
            }
        }
    }

    private void checkNotDeleted(Member from, Member used) {
        TargetShape shape = shapes.apply(used.owner());
        if (shape != null && shape.isDeleted(used)) {
            problems.add(from + " uses " + used + ", which a substitution deletes");
        }
    }

    private void fixInvoke(MethodInsnNode call) {
        TargetShape shape = shapes.apply(call.owner);
        if (shape == null || call.name.equals("<init>")) {
            return;
        }
        boolean own = call.owner.equals(target.name);
        call.itf = shape.isInterface();
        int access = shape.methodAccess(call.name, call.desc);
        if (access < 0) {
            if (call.getOpcode() == Opcodes.INVOKEVIRTUAL && shape.isInterface()) {
                call.setOpcode(Opcodes.INVOKEINTERFACE);
            }
        } else if ((access & Opcodes.ACC_STATIC) != 0) {
            call.setOpcode(Opcodes.INVOKESTATIC);
        } else if (shape.isInterface()) {
            call.setOpcode(call.getOpcode() == Opcodes.INVOKESPECIAL && !own ? Opcodes.INVOKESPECIAL
                    : Opcodes.INVOKEINTERFACE);
        } else if ((access & Opcodes.ACC_PRIVATE) != 0) {
            call.setOpcode(own ? Opcodes.INVOKESPECIAL : Opcodes.INVOKEVIRTUAL);
        } else if (call.getOpcode() != Opcodes.INVOKESPECIAL || own) {
            call.setOpcode(Opcodes.INVOKEVIRTUAL);
        }
    }
}
