package org.keelvm.boot.universe;

import java.util.ListIterator;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.commons.JSRInlinerAdapter;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * {@code jsr} and {@code ret}, which class files before version 50 may use for {@code finally}: each subroutine is
 * copied into every place that calls it, so the compiler never sees them. The JVM treats the two forms the same, and
 * no class file from Java 6 on contains the instructions at all.
 */
final class Subroutines {
    private Subroutines() {
    }

    /** Replaces, in every method of {@code node} that uses subroutines, each {@code jsr} by the subroutine's code. */
    static void inline(ClassNode node) {
        for (ListIterator<MethodNode> methods = node.methods.listIterator(); methods.hasNext(); ) {
            MethodNode method = methods.next();
            if (usesSubroutines(method)) {
                JSRInlinerAdapter inlined = new JSRInlinerAdapter(null, method.access, method.name, method.desc,
                        method.signature, method.exceptions.toArray(new String[0]));
                method.accept(inlined);
                methods.set(inlined);
            }
        }
    }

    private static boolean usesSubroutines(MethodNode method) {
        for (AbstractInsnNode insn : method.instructions) {
            if (insn.getOpcode() == Opcodes.JSR || insn.getOpcode() == Opcodes.RET) {
                return true;
            }
        }
        return false;
    }
}
