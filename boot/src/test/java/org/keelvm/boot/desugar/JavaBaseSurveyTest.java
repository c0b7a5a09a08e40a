package org.keelvm.boot.desugar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.analysis.Analyzer;
import org.objectweb.asm.tree.analysis.AnalyzerException;
import org.objectweb.asm.tree.analysis.BasicValue;
import org.objectweb.asm.tree.analysis.BasicVerifier;

/**
 * Desugars every class of the build JDK's {@code java.base} and checks that the result is free of
 * {@code invokedynamic} and consistent (ASM's {@link BasicVerifier}); the only failures allowed are bootstraps other
 * than the three Keel desugars, which the test prints.
 */
class JavaBaseSurveyTest {
    private static final Set<String> DESUGARED = Set.of("java/lang/invoke/LambdaMetafactory.metafactory",
            "java/lang/invoke/LambdaMetafactory.altMetafactory",
            "java/lang/invoke/StringConcatFactory.makeConcatWithConstants",
            "java/lang/invoke/StringConcatFactory.makeConcat", "java/lang/runtime/ObjectMethods.bootstrap");

    @Test
    void everyJavaBaseClassDesugarsOrNamesAnotherBootstrap() throws Exception {
        FileSystem jrt = FileSystems.getFileSystem(URI.create("jrt:/"));
        List<Path> classes;
        try (Stream<Path> walk = Files.walk(jrt.getPath("/modules/java.base"))) {
            classes = walk.filter(p -> p.toString().endsWith(".class")).sorted().toList();
        }
        InvokeDynamicDesugarer desugarer = new InvokeDynamicDesugarer();
        Map<String, Integer> unsupported = new TreeMap<>();
        int rewritten = 0;
        int generated = 0;
        for (Path path : classes) {
            byte[] bytes = Files.readAllBytes(path);
            InvokeDynamicDesugarer.Result result;
            try {
                result = desugarer.desugar(bytes);
            } catch (DesugarException e) {
                assertTrue(e.bootstrap() != null && !DESUGARED.contains(e.bootstrap()), e.getMessage());
                unsupported.merge(e.bootstrap(), 1, Integer::sum);
                continue;
            }
            if (result.classFile() != bytes) {
                rewritten++;
                check(result.classFile());
            }
            for (byte[] lambda : result.generatedClasses().values()) {
                generated++;
                check(lambda);
            }
        }
        System.out.println("java.base: " + classes.size() + " classes, " + rewritten + " rewritten, " + generated
                + " lambda classes generated, other bootstraps: " + unsupported);
        assertTrue(rewritten > 100, "java.base uses lambdas: " + rewritten);
        assertFalse(classes.isEmpty());
    }

    private static void check(byte[] classFile) throws AnalyzerException {
        assertEquals(0, JavaPrograms.invokedynamics(classFile));
        ClassNode node = new ClassNode();
        new ClassReader(classFile).accept(node, 0);
        for (MethodNode method : node.methods) {
            if (method.instructions.size() > 0) {
                new Analyzer<BasicValue>(new BasicVerifier()).analyze(node.name, method);
            }
        }
    }
}
