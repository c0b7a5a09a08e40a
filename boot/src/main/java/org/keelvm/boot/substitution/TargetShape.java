package org.keelvm.boot.substitution;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * The methods a class declares once its substitutions are applied (the original ones without the deleted ones,
 * plus helper methods), and the members deleted from it. Code copied from substitutions is checked and its invoke
 * instructions chosen against this shape, for its own target and for every other target it uses.
 */
final class TargetShape {
    private final boolean isInterface;
    private final Map<String, Integer> methodAccess = new HashMap<>();
    private final Set<String> deletedMethods = new HashSet<>();
    private final Set<String> deletedFields = new HashSet<>();

    /**
     * @param original      the target as the class library has it (code not needed)
     * @param substitutions its substitution classes, renamed, code not needed
     */
    TargetShape(ClassNode original, List<ClassNode> substitutions) {
        isInterface = (original.access & Opcodes.ACC_INTERFACE) != 0;
        for (MethodNode method : original.methods) {
            methodAccess.put(method.name + method.desc, method.access);
        }
        for (ClassNode substitution : substitutions) {
            for (MethodNode method : substitution.methods) {
                MemberRole role = MemberRole.of(method.visibleAnnotations, method.invisibleAnnotations);
                if (role == MemberRole.DELETE) {
                    deletedMethods.add(method.name + method.desc);
                    methodAccess.remove(method.name + method.desc);
                } else if (role == MemberRole.NONE && !method.name.startsWith("<")) {
                    methodAccess.putIfAbsent(method.name + method.desc, method.access);
                }
            }
            for (FieldNode field : substitution.fields) {
                if (MemberRole.of(field.visibleAnnotations, field.invisibleAnnotations) == MemberRole.DELETE) {
                    deletedFields.add(field.name);
                }
            }
        }
    }

    /** Whether the target is an interface. */
    boolean isInterface() {
        return isInterface;
    }

    /** Access flags of the method {@code name descriptor} the target declares, or -1 if it declares none. */
    int methodAccess(String name, String descriptor) {
        return methodAccess.getOrDefault(name + descriptor, -1);
    }

    /** Whether a substitution deletes the member with this key ({@link Member#key}). */
    boolean isDeleted(Member member) {
        return member.field() ? deletedFields.contains(member.key()) : deletedMethods.contains(member.key());
    }
}
