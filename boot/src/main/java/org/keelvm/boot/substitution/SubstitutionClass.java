package org.keelvm.boot.substitution;

import java.util.List;
import org.keelvm.vm.substitution.TargetClass;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.commons.ClassRemapper;
import org.objectweb.asm.commons.Remapper;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.ClassNode;

/**
 * One class annotated {@link TargetClass}: its name, its target, and its bytes, from which it is read afresh, with
 * every substitution class renamed to its target, for each use (so that rewriting one target never changes what
 * another sees).
 */
final class SubstitutionClass {
    private static final String TARGET_CLASS = Type.getDescriptor(TargetClass.class);

    private final String name;
    private final String target;
    private final byte[] bytes;

    private SubstitutionClass(String name, String target, byte[] bytes) {
        this.name = name;
        this.target = target;
        this.bytes = bytes;
    }

    /** Internal name of the substitution class as compiled. */
    String name() {
        return name;
    }

    /** Internal name of the class it substitutes into. */
    String target() {
        return target;
    }

    /** The class with code, frames expanded, and substitution classes renamed by {@code renaming}. */
    ClassNode tree(Remapper renaming) {
        return read(renaming, ClassReader.EXPAND_FRAMES);
    }

    /** The class without code, renamed by {@code renaming}, for questions about its members only. */
    ClassNode skeleton(Remapper renaming) {
        return read(renaming, ClassReader.SKIP_CODE);
    }

    /** The member {@code name descriptor} of this class, for messages. */
    Member method(String memberName, String descriptor) {
        return Member.method(name, memberName, descriptor);
    }

    /** The field {@code name:type} of this class, for messages. */
    Member field(String memberName, String type) {
        return Member.field(name, memberName, type);
    }

    private ClassNode read(Remapper renaming, int options) {
        ClassNode node = new ClassNode();
        new ClassReader(bytes).accept(new ClassRemapper(node, renaming), options);
        return node;
    }

    /**
     * Reads a candidate class.
     *
     * @param bytes    a class file
     * @param problems receives a line if the class is a substitution class that names its target wrongly
     * @return the substitution class, or {@code null} if {@code bytes} is not one (or names its target wrongly)
     */
    static SubstitutionClass read(byte[] bytes, List<String> problems) {
        ClassNode node = new ClassNode();
        new ClassReader(bytes).accept(node, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG);
        AnnotationNode annotation = targetClassAnnotation(node);
        if (annotation == null) {
            return null;
        }
        Type value = null;
        String className = "";
        List<?> inner = List.of();
        List<Object> values = annotation.values == null ? List.of() : annotation.values;
        for (int i = 0; i + 1 < values.size(); i += 2) {
            switch ((String) values.get(i)) {
                case "value" -> value = (Type) values.get(i + 1);
                case "className" -> className = (String) values.get(i + 1);
                case "innerClass" -> inner = (List<?>) values.get(i + 1);
                default -> throw new IllegalStateException("unknown @TargetClass element " + values.get(i));
            }
        }
        boolean byValue = value != null && value.getSort() != Type.VOID;
        String where = "substitution class " + Member.javaName(node.name);
        if (byValue == !className.isEmpty()) {
            problems.add(where + " must name its target by exactly one of @TargetClass value and className");
            return null;
        }
        StringBuilder target = new StringBuilder(byValue ? value.getInternalName() : className.replace('.', '/'));
        for (Object nested : inner) {
            target.append('$').append(nested);
        }
        if ((node.access & (Opcodes.ACC_INTERFACE | Opcodes.ACC_ANNOTATION | Opcodes.ACC_ENUM)) != 0) {
            problems.add(where + " must be a class, not an interface, annotation or enum");
            return null;
        }
        return new SubstitutionClass(node.name, target.toString(), bytes);
    }

    private static AnnotationNode targetClassAnnotation(ClassNode node) {
        for (List<AnnotationNode> list : java.util.Arrays.asList(node.visibleAnnotations, node.invisibleAnnotations)) {
            if (list != null) {
                for (AnnotationNode annotation : list) {
                    if (annotation.desc.equals(TARGET_CLASS)) {
                        return annotation;
                    }
                }
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return Member.javaName(name);
    }
}
