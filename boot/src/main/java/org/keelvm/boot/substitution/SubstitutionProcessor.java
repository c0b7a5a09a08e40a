package org.keelvm.boot.substitution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.commons.Remapper;
import org.objectweb.asm.commons.SimpleRemapper;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Merges substitution classes ({@link org.keelvm.vm.substitution.TargetClass}) into the class-library classes they
 * target, working on class bytes only: no substitution or target class is ever loaded on the host.
 *
 * <p>Use: {@link #scan} the candidate classes (Keel's class library; classes without {@code @TargetClass} are
 * ignored) together with a lookup of original class bytes, call {@link #verify} once to report every mismatch
 * with the class library at once, then {@link #apply} to each class read for the image. Substitution classes
 * themselves ({@link #isSubstitutionClass}) must not enter the image.
 *
 * <p>The result is a function of the inputs alone: the same classes give the same bytes, whatever the order of
 * the candidates. Several substitution classes may share a target; they are applied in the order of their names.
 */
public final class SubstitutionProcessor {
    private final Function<String, byte[]> classLibrary;
    private final Map<String, List<SubstitutionClass>> byTarget;
    private final Set<String> substitutionClasses;
    private final List<String> scanProblems;
    private final Remapper renaming;
    private final Map<String, Optional<ClassNode>> skeletons = new HashMap<>();
    private final Map<String, Optional<TargetShape>> shapes = new HashMap<>();

    private SubstitutionProcessor(Function<String, byte[]> classLibrary, Map<String, List<SubstitutionClass>> byTarget,
                                  List<String> scanProblems) {
        this.classLibrary = classLibrary;
        this.byTarget = byTarget;
        this.scanProblems = scanProblems;
        Map<String, String> names = new TreeMap<>();
        for (List<SubstitutionClass> list : byTarget.values()) {
            for (SubstitutionClass substitution : list) {
                names.put(substitution.name(), substitution.target());
            }
        }
        this.substitutionClasses = Collections.unmodifiableSet(names.keySet());
        this.renaming = new SimpleRemapper(names);
    }

    /**
     * Finds the substitution classes among {@code candidateClasses}.
     *
     * @param candidateClasses class files; those without {@code @TargetClass} are ignored
     * @param classLibrary     the original class file of an internal name, or {@code null} if there is none; used
     *                         by {@link #verify} and to learn about classes the substitutions use
     */
    public static SubstitutionProcessor scan(Iterable<byte[]> candidateClasses, Function<String, byte[]> classLibrary) {
        List<String> problems = new ArrayList<>();
        Map<String, SubstitutionClass> byName = new TreeMap<>();
        for (byte[] bytes : candidateClasses) {
            SubstitutionClass substitution;
            try {
                substitution = SubstitutionClass.read(bytes, problems);
            } catch (RuntimeException e) {
                problems.add("a candidate substitution class cannot be read: " + e);
                continue;
            }
            if (substitution != null) {
                byName.putIfAbsent(substitution.name(), substitution);
            }
        }
        Map<String, List<SubstitutionClass>> byTarget = new TreeMap<>();
        for (SubstitutionClass substitution : byName.values()) {
            byTarget.computeIfAbsent(substitution.target(), target -> new ArrayList<>()).add(substitution);
        }
        byTarget.values().forEach(list -> list.sort(Comparator.comparing(SubstitutionClass::name)));
        return new SubstitutionProcessor(classLibrary, byTarget, problems);
    }

    /** Internal names of the classes some substitution targets, sorted. */
    public Set<String> targets() {
        return Collections.unmodifiableSet(byTarget.keySet());
    }

    /** Internal names of the substitution classes, sorted. */
    public Set<String> substitutionClasses() {
        return substitutionClasses;
    }

    /** Whether {@code internalName} is a substitution class, which never enters an image itself. */
    public boolean isSubstitutionClass(String internalName) {
        return substitutionClasses.contains(internalName);
    }

    /**
     * The class {@code targetInternalName} with its substitutions applied, or {@code original} itself if no
     * substitution targets it. Stack map frames of all methods are kept (see {@link TargetRewriter}); the class
     * keeps its {@code SourceFile}, so line numbers in code that came from a substitution are lines of the
     * substitution's source file under the target's file name; {@link #codeOrigin} tells which methods those are.
     *
     * @throws SubstitutionException naming every substitution member of this target that does not match it
     */
    public byte[] apply(String targetInternalName, byte[] original) throws SubstitutionException {
        List<SubstitutionClass> substitutions = byTarget.get(targetInternalName);
        if (substitutions == null) {
            return original;
        }
        ClassNode target = new ClassNode();
        new ClassReader(original).accept(target, ClassReader.EXPAND_FRAMES);
        if (!target.name.equals(targetInternalName)) {
            throw new IllegalArgumentException("class bytes of " + target.name + " given for " + targetInternalName);
        }
        // The target's own shape comes from the bytes given, which the class library lookup need not have.
        ClassNode skeleton = new ClassNode();
        new ClassReader(original).accept(skeleton, ClassReader.SKIP_CODE);
        TargetShape own = new TargetShape(skeleton, renamedSkeletons(substitutions));
        Function<String, TargetShape> shapes = name -> name.equals(targetInternalName) ? own : shape(name);
        new TargetRewriter(target, substitutions, renaming, shapes, this::skeleton).rewrite();
        ClassWriter writer = new ClassWriter(0);
        target.accept(writer);
        return writer.toByteArray();
    }

    /**
     * Applies every substitution to its target from the class library and reports all problems at once: targets
     * the class library lacks, substitution classes that name their target wrongly, and every member mismatch.
     *
     * @throws SubstitutionException listing every problem, one line each
     */
    public void verify() throws SubstitutionException {
        List<String> problems = new ArrayList<>(scanProblems);
        for (Map.Entry<String, List<SubstitutionClass>> entry : byTarget.entrySet()) {
            byte[] original = classLibrary.apply(entry.getKey());
            if (original == null) {
                for (SubstitutionClass substitution : entry.getValue()) {
                    problems.add("substitution class " + substitution + " targets " + Member.javaName(entry.getKey())
                            + ", which the class library does not have");
                }
                continue;
            }
            try {
                apply(entry.getKey(), original);
            } catch (SubstitutionException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new SubstitutionException(problems);
        }
    }

    /**
     * The substitution class (internal name) whose code the target's method {@code name descriptor} has after
     * {@link #apply}, if any: for stack traces, debug information and symbols, which must name the substitution's
     * source file for those methods.
     */
    public Optional<String> codeOrigin(String targetInternalName, String name, String descriptor) {
        for (SubstitutionClass substitution : byTarget.getOrDefault(targetInternalName, List.of())) {
            for (MethodNode method : substitution.skeleton(renaming).methods) {
                MemberRole role = MemberRole.of(method.visibleAnnotations, method.invisibleAnnotations);
                boolean copied = role == MemberRole.SUBSTITUTE
                        || role == MemberRole.NONE && !method.name.startsWith("<");
                if (copied && method.name.equals(name) && method.desc.equals(descriptor)) {
                    return Optional.of(substitution.name());
                }
            }
        }
        return Optional.empty();
    }

    private ClassNode skeleton(String internalName) {
        return skeletons.computeIfAbsent(internalName, name -> {
            byte[] bytes = classLibrary.apply(name);
            if (bytes == null) {
                return Optional.empty();
            }
            ClassNode node = new ClassNode();
            new ClassReader(bytes).accept(node, ClassReader.SKIP_CODE);
            return Optional.of(node);
        }).orElse(null);
    }

    private TargetShape shape(String internalName) {
        Optional<TargetShape> known = shapes.get(internalName);
        if (known == null) {
            List<SubstitutionClass> substitutions = byTarget.get(internalName);
            ClassNode original = substitutions == null ? null : skeleton(internalName);
            if (original == null) {
                known = Optional.empty();
            } else {
                known = Optional.of(new TargetShape(original, renamedSkeletons(substitutions)));
            }
            shapes.put(internalName, known);
        }
        return known.orElse(null);
    }

    private List<ClassNode> renamedSkeletons(List<SubstitutionClass> substitutions) {
        List<ClassNode> renamed = new ArrayList<>();
        for (SubstitutionClass substitution : substitutions) {
            renamed.add(substitution.skeleton(renaming));
        }
        return renamed;
    }
}
