package org.keelvm.jit.baseline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.keelvm.jit.CompilationException;
import org.keelvm.jit.CompiledMethod;
import org.keelvm.jit.Linker;
import org.keelvm.jit.MemberRef;
import org.keelvm.jit.asm.Assembler;
import org.keelvm.jit.asm.Memory;
import org.keelvm.jit.asm.OperandSize;
import org.keelvm.jit.asm.Register;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

class FloatingTemplatesTest {
    private static final int[] FLOATING_BYTECODES = {
        Opcodes.FCONST_0, Opcodes.FCONST_1, Opcodes.FCONST_2, Opcodes.DCONST_0, Opcodes.DCONST_1,
        Opcodes.FADD, Opcodes.FSUB, Opcodes.FMUL, Opcodes.FDIV, Opcodes.FREM, Opcodes.FNEG,
        Opcodes.DADD, Opcodes.DSUB, Opcodes.DMUL, Opcodes.DDIV, Opcodes.DREM, Opcodes.DNEG,
        Opcodes.FCMPL, Opcodes.FCMPG, Opcodes.DCMPL, Opcodes.DCMPG,
        Opcodes.I2F, Opcodes.I2D, Opcodes.L2F, Opcodes.L2D, Opcodes.F2I, Opcodes.F2L, Opcodes.D2I, Opcodes.D2L,
        Opcodes.F2D, Opcodes.D2F,
    };

    /** Uses every floating-point bytecode; compiled from its class file, never run. */
    @SuppressWarnings("unused")
    static final class Samples {
        static float singles(float a, float b) {
            return -(a + b - a * b / a % b) + 0f + 1f + 2f;
        }

        static double doubles(double a, double b) {
            return -(a + b - a * b / a % b) + 0d + 1d;
        }

        static int comparisons(float a, float b, double c, double d) {
            int n = a < b ? 1 : 0;
            n += a > b ? 2 : 0;
            n += c < d ? 4 : 0;
            return n + (c > d ? 8 : 0);
        }

        static double conversions(int i, long l, float f, double d) {
            return (float) i + (double) i + (float) l + (double) l + (int) f + (long) f + (int) d + (long) d
                    + (double) f + (float) d;
        }
    }

    @Test
    void everyFloatingBytecodeHasATemplate() {
        for (int opcode : FLOATING_BYTECODES) {
            Assembler asm = new Assembler();
            new FloatingTemplates(asm).translate(opcode);
            assertTrue(asm.finish().length > 0, "bytecode " + opcode);
        }
    }

    @Test
    void otherBytecodesAreRejected() {
        assertThrows(CompilationException.class, () -> new FloatingTemplates(new Assembler()).translate(Opcodes.IADD));
    }

    @Test
    void negationFlipsTheSignBitInPlace() {
        assertArrayEquals(expected(a -> a.xor(OperandSize.DWORD, Memory.at(Register.RSP), 0x8000_0000)),
                template(Opcodes.FNEG));
        assertArrayEquals(expected(a -> a.xor(OperandSize.DWORD, Memory.at(Register.RSP, 4), 0x8000_0000)),
                template(Opcodes.DNEG));
    }

    @Test
    void baselineCompilerCompilesEveryFloatingBytecode() throws IOException {
        ClassNode samples = read(Samples.class);
        Set<Integer> seen = new HashSet<>();
        BaselineCompiler compiler = new BaselineCompiler(new TestLinker());
        for (MethodNode method : samples.methods) {
            if (!method.name.startsWith("<")) {
                CompiledMethod compiled = compiler.compile(samples.name, method);
                assertTrue(compiled.code().length > 0);
                for (AbstractInsnNode insn : method.instructions) {
                    seen.add(insn.getOpcode());
                }
            }
        }
        for (int opcode : FLOATING_BYTECODES) {
            assertTrue(seen.contains(opcode), "the samples lack bytecode " + opcode);
        }
    }

    private static byte[] template(int opcode) {
        Assembler asm = new Assembler();
        new FloatingTemplates(asm).translate(opcode);
        return asm.finish();
    }

    private static byte[] expected(java.util.function.Consumer<Assembler> emitter) {
        Assembler asm = new Assembler();
        emitter.accept(asm);
        return asm.finish();
    }

    private static ClassNode read(Class<?> type) throws IOException {
        try (InputStream in = type.getResourceAsStream("/" + type.getName().replace('.', '/') + ".class")) {
            ClassNode node = new ClassNode();
            new ClassReader(in.readAllBytes()).accept(node, ClassReader.SKIP_FRAMES);
            return node;
        }
    }
}
