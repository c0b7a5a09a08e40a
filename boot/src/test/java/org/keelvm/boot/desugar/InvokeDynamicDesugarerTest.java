package org.keelvm.boot.desugar;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

class InvokeDynamicDesugarerTest {
    private static final String SOURCE = """
            import java.util.function.*;
            public class Main {
                record R(int a) { }
                private int field = 3;
                public static void main(String[] args) {
                    Supplier<String> s = () -> "x" + args.length;
                    IntSupplier t = new Main()::value;
                    System.out.println(s.get() + t.getAsInt() + new R(1));
                }
                private int value() { return field; }
            }
            """;

    private static byte[] classWith(MethodVisitorBody body) {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS | ClassWriter.COMPUTE_FRAMES);
        cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, "Main", null, "java/lang/Object", null);
        MethodVisitor mv = cw.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC, "main", "([Ljava/lang/String;)V",
                null, null);
        mv.visitCode();
        body.emit(mv);
        mv.visitInsn(Opcodes.RETURN);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    private interface MethodVisitorBody {
        void emit(MethodVisitor mv);
    }

    private static final Handle FOO_BAR = new Handle(Opcodes.H_INVOKESTATIC, "java/lang/invoke/Foo", "bar",
            "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/invoke/MethodType;)"
                    + "Ljava/lang/invoke/CallSite;", false);

    @Test
    void unsupportedBootstrapIsNamedWithClassAndMethod() {
        byte[] bytes = classWith(mv -> {
            mv.visitInvokeDynamicInsn("run", "()V", FOO_BAR);
        });
        DesugarException e = assertThrows(DesugarException.class, () -> new InvokeDynamicDesugarer().desugar(bytes));
        assertEquals("invokedynamic with unsupported bootstrap java/lang/invoke/Foo.bar in Main.main"
                + "([Ljava/lang/String;)V", e.getMessage());
        assertEquals("java/lang/invoke/Foo.bar", e.bootstrap());
    }

    @Test
    void dynamicConstantIsRejectedWithItsBootstrap() {
        Handle bootstrap = new Handle(Opcodes.H_INVOKESTATIC, "java/lang/invoke/ConstantBootstraps", "nullConstant",
                "(Ljava/lang/invoke/MethodHandles$Lookup;Ljava/lang/String;Ljava/lang/Class;)Ljava/lang/Object;",
                false);
        byte[] bytes = classWith(mv -> {
            mv.visitLdcInsn(new ConstantDynamic("nothing", "Ljava/lang/Object;", bootstrap));
            mv.visitInsn(Opcodes.POP);
        });
        DesugarException e = assertThrows(DesugarException.class, () -> new InvokeDynamicDesugarer().desugar(bytes));
        assertEquals("dynamic constant with unsupported bootstrap java/lang/invoke/ConstantBootstraps.nullConstant"
                + " in Main.main([Ljava/lang/String;)V", e.getMessage());
    }

    @Test
    void classWithoutInvokedynamicIsReturnedAsGiven() throws Exception {
        byte[] bytes = classWith(mv -> mv.visitInsn(Opcodes.NOP));
        InvokeDynamicDesugarer.Result result = new InvokeDynamicDesugarer().desugar(bytes);
        assertSame(bytes, result.classFile());
        assertEquals(Map.of(), result.generatedClasses());
    }

    @Test
    void sameInputGivesSameBytes() throws Exception {
        Map<String, byte[]> classes = JavaPrograms.compile(Map.of("Main.java", SOURCE));
        Map<String, byte[]> first = JavaPrograms.desugar(classes);
        Map<String, byte[]> second = JavaPrograms.desugar(classes);
        assertEquals(List.copyOf(first.keySet()), List.copyOf(second.keySet()));
        first.forEach((name, bytes) -> assertArrayEquals(bytes, second.get(name), name));
        assertEquals(List.of("Main", "Main$$Lambda$0", "Main$$Lambda$1", "Main$R"), List.copyOf(first.keySet()));
    }

    @Test
    void privateTargetsBecomeReachableFromTheLambdaClass() throws Exception {
        Map<String, byte[]> desugared = JavaPrograms.desugar(JavaPrograms.compile(Map.of("Main.java", SOURCE)));
        ClassNode main = new ClassNode();
        new ClassReader(desugared.get("Main")).accept(main, 0);
        MethodNode body = method(main, "lambda$main$0");
        assertEquals(Opcodes.ACC_STATIC, body.access & (Opcodes.ACC_STATIC | Opcodes.ACC_PRIVATE));
        MethodNode accessor = method(main, "access$lambda$0");
        assertEquals("(LMain;)I", accessor.desc);
        assertEquals(Opcodes.ACC_PRIVATE, method(main, "value").access & Opcodes.ACC_PRIVATE);
        assertEquals("x0" + 3 + "R[a=1]\n", JavaPrograms.run(desugared, "Main"));
    }

    private static MethodNode method(ClassNode node, String name) {
        return node.methods.stream().filter(m -> m.name.equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no method " + name));
    }
}
