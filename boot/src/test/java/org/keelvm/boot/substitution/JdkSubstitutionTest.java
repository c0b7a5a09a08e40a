package org.keelvm.boot.substitution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.keelvm.vm.substitution.Substitute;
import org.keelvm.vm.substitution.TargetClass;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicVerifier;

/** Substitutions applied to JDK 17 class files read from jrt:/, inspected without defining them. */
class JdkSubstitutionTest {
    private static final FileSystem JRT = FileSystems.getFileSystem(URI.create("jrt:/"));

    /** The java.base class file of {@code internalName} from the running JDK's image, or null. */
    private static byte[] javaBase(String internalName) {
        Path file = JRT.getPath("modules", "java.base", internalName + ".class");
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SubstitutionProcessor processor(Class<?>... substitutions) {
        List<byte[]> classes = new ArrayList<>();
        for (Class<?> substitution : substitutions) {
            classes.add(ClassFiles.of(substitution));
        }
        return SubstitutionProcessor.scan(classes, JdkSubstitutionTest::javaBase);
    }

    private static ClassNode rewritten(SubstitutionProcessor processor, String target) throws Exception {
        byte[] bytes = processor.apply(target, javaBase(target));
        ClassNode node = new ClassNode();
        new ClassReader(bytes).accept(node, 0);
        for (MethodNode method : node.methods) {
            if (method.instructions.size() > 0) {
                try {
                    new Analyzer<>(new BasicVerifier()).analyze(node.name, method);
                } catch (AnalyzerException e) {
                    throw new AssertionError(method.name + method.desc + " does not verify", e);
                }
            }
        }
        return node;
    }

    private static MethodNode method(ClassNode node, String name, String descriptor) {
        return node.methods.stream().filter(m -> m.name.equals(name) && m.desc.equals(descriptor)).findFirst()
                .orElseThrow();
    }

    private static List<Integer> opcodes(MethodNode method) {
        List<Integer> opcodes = new ArrayList<>();
        for (AbstractInsnNode instruction : method.instructions) {
            if (instruction.getOpcode() >= 0) {
                opcodes.add(instruction.getOpcode());
            }
        }
        return opcodes;
    }

    @Test
    void runtimeAvailableProcessorsBecomesJavaCallingItsHelper() throws Exception {
        SubstitutionProcessor processor = processor(Target_java_lang_Runtime.class);
        processor.verify();
        ClassNode runtime = rewritten(processor, "java/lang/Runtime");
        MethodNode available = method(runtime, "availableProcessors", "()I");
        assertEquals(Opcodes.ACC_PUBLIC, available.access);
        assertEquals(List.of(Opcodes.INVOKESTATIC, Opcodes.IRETURN), opcodes(available));
        MethodInsnNode call = (MethodInsnNode) available.instructions.getFirst().getNext().getNext();
        assertEquals("java/lang/Runtime.processors()I", call.owner + "." + call.name + call.desc);
        assertEquals(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC, method(runtime, "processors", "()I").access);
        assertEquals("Runtime.java", runtime.sourceFile);
    }

    @Test
    void nonPublicTargetNamedByString() throws Exception {
        SubstitutionProcessor processor = processor(Target_jdk_internal_misc_CDS.class);
        processor.verify();
        ClassNode cds = rewritten(processor, "jdk/internal/misc/CDS");
        MethodNode dumping = method(cds, "isDumpingClassList0", "()Z");
        assertEquals(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC, dumping.access);
        assertEquals(List.of(Opcodes.ICONST_0, Opcodes.IRETURN), opcodes(dumping));
        assertEquals(Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC | Opcodes.ACC_NATIVE,
                method(cds, "isDumpingArchive0", "()Z").access, "other natives stay native");
    }

    @TargetClass(System.class)
    static final class InstanceArraycopy {
        @Substitute
        public void arraycopy(Object source, int from, Object destination, int to, int length) {
        }
    }

    @Test
    void staticnessMismatchWithRealJdkMethod() {
        SubstitutionProcessor processor = processor(InstanceArraycopy.class);
        assertEquals(List.of("@Substitute org.keelvm.boot.substitution.JdkSubstitutionTest$InstanceArraycopy"
                + ".arraycopy(Ljava/lang/Object;ILjava/lang/Object;II)V has no target: java.lang.System.arraycopy"
                + "(Ljava/lang/Object;ILjava/lang/Object;II)V is static and the substitution is not"),
                assertThrows(SubstitutionException.class, processor::verify).problems());
    }
}
