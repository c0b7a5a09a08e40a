package org.keelvm.boot.universe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/** Subroutines inlined: no {@code jsr}/{@code ret} is left, and HotSpot computes the same results before and after. */
class SubroutinesTest {
    private static final String NAME = "OldFinally";

    /**
     * A Java 1.4-style class: {@code static int f(int x)} runs a subroutine (a "finally" block that adds 100 to a
     * static counter) from two places, on the normal path and, for negative x, before returning early.
     */
    private static byte[] classWithSubroutines() {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        writer.visit(Opcodes.V1_4, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, NAME, null, "java/lang/Object", null);
        writer.visitField(Opcodes.ACC_STATIC | Opcodes.ACC_PUBLIC, "counter", "I", null, null).visitEnd();
        MethodVisitor f = writer.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "f", "(I)I", null, null);
        f.visitCode();
        Label subroutine = new Label();
        Label negative = new Label();
        f.visitVarInsn(Opcodes.ILOAD, 0);
        f.visitJumpInsn(Opcodes.IFLT, negative);
        f.visitVarInsn(Opcodes.ILOAD, 0);
        f.visitInsn(Opcodes.ICONST_2);
        f.visitInsn(Opcodes.IMUL);
        f.visitVarInsn(Opcodes.ISTORE, 1);
        f.visitJumpInsn(Opcodes.JSR, subroutine);
        f.visitVarInsn(Opcodes.ILOAD, 1);
        f.visitFieldInsn(Opcodes.GETSTATIC, NAME, "counter", "I");
        f.visitInsn(Opcodes.IADD);
        f.visitInsn(Opcodes.IRETURN);
        f.visitLabel(negative);
        f.visitJumpInsn(Opcodes.JSR, subroutine);
        f.visitInsn(Opcodes.ICONST_M1);
        f.visitInsn(Opcodes.IRETURN);
        f.visitLabel(subroutine);
        f.visitVarInsn(Opcodes.ASTORE, 2);
        f.visitFieldInsn(Opcodes.GETSTATIC, NAME, "counter", "I");
        f.visitIntInsn(Opcodes.BIPUSH, 100);
        f.visitInsn(Opcodes.IADD);
        f.visitFieldInsn(Opcodes.PUTSTATIC, NAME, "counter", "I");
        f.visitVarInsn(Opcodes.RET, 2);
        f.visitMaxs(0, 0);
        f.visitEnd();
        writer.visitEnd();
        return writer.toByteArray();
    }

    @Test
    void inlinedSubroutinesLeaveNoJsrAndComputeTheSame() throws Exception {
        byte[] original = classWithSubroutines();
        ClassNode node = new ClassNode();
        new ClassReader(original).accept(node, ClassReader.SKIP_FRAMES);
        Subroutines.inline(node);
        for (MethodNode method : node.methods) {
            for (AbstractInsnNode insn : method.instructions) {
                assertFalse(insn.getOpcode() == Opcodes.JSR || insn.getOpcode() == Opcodes.RET, "jsr/ret left");
            }
        }
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        node.accept(writer);
        byte[] inlined = writer.toByteArray();
        Method before = load(original).getMethod("f", int.class);
        Method after = load(inlined).getMethod("f", int.class);
        for (int x : new int[] {5, -3, 0, 7, -1, 100}) {
            assertEquals(before.invoke(null, x), after.invoke(null, x), "f(" + x + ")");
        }
    }

    private static Class<?> load(byte[] bytes) {
        return new ClassLoader(SubroutinesTest.class.getClassLoader()) {
            Class<?> define() {
                return defineClass(NAME, bytes, 0, bytes.length);
            }
        }.define();
    }
}
