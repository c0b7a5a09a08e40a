package org.keelvm.boot.desugar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.MethodNode;

/** Test programs compiled from source in memory, desugared, and run on the host JVM in their own class loader. */
final class JavaPrograms {
    private JavaPrograms() {
    }

    /** Compiles {@code sources} (file name → text) and returns the class files by internal name. */
    static Map<String, byte[]> compile(Map<String, String> sources) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        Map<String, ByteArrayOutputStream> outputs = new TreeMap<>();
        List<JavaFileObject> units = new ArrayList<>();
        sources.forEach((name, text) -> units.add(new SimpleJavaFileObject(URI.create("string:///" + name),
                JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                return text;
            }
        }));
        JavaFileManager files = new ForwardingJavaFileManager<>(compiler.getStandardFileManager(null, null, null)) {
            @Override
            public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                                                       FileObject sibling) {
                return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + ".class"), kind) {
                    @Override
                    public OutputStream openOutputStream() {
                        ByteArrayOutputStream out = new ByteArrayOutputStream();
                        outputs.put(className.replace('.', '/'), out);
                        return out;
                    }
                };
            }
        };
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        boolean ok = compiler.getTask(null, files, diagnostics, List.of("-g"), null, units).call();
        assertTrue(ok, () -> diagnostics.getDiagnostics().toString());
        Map<String, byte[]> classes = new TreeMap<>();
        outputs.forEach((name, out) -> classes.put(name, out.toByteArray()));
        return classes;
    }

    /** Desugars every class and adds the generated ones. */
    static Map<String, byte[]> desugar(Map<String, byte[]> classes) throws DesugarException {
        InvokeDynamicDesugarer desugarer = new InvokeDynamicDesugarer();
        Map<String, byte[]> result = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> entry : classes.entrySet()) {
            InvokeDynamicDesugarer.Result desugared = desugarer.desugar(entry.getValue());
            result.put(entry.getKey(), desugared.classFile());
            result.putAll(desugared.generatedClasses());
        }
        return result;
    }

    /** Number of {@code invokedynamic} instructions in a class file. */
    static int invokedynamics(byte[] classFile) {
        ClassNode node = new ClassNode();
        new ClassReader(classFile).accept(node, 0);
        int count = 0;
        for (MethodNode method : node.methods) {
            for (AbstractInsnNode insn : method.instructions) {
                if (insn instanceof InvokeDynamicInsnNode) {
                    count++;
                }
            }
        }
        return count;
    }

    /**
     * Runs {@code mainClass.main} from a fresh class loader holding {@code classes} (verified by HotSpot, as
     * classes of a non-boot loader are) and returns what it printed, identity hash codes replaced by {@code @H}.
     */
    static synchronized String run(Map<String, byte[]> classes, String mainClass) throws Exception {
        ClassLoader loader = new ClassLoader("program", ClassLoader.getPlatformClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                byte[] bytes = classes.get(name.replace('.', '/'));
                if (bytes == null) {
                    throw new ClassNotFoundException(name);
                }
                return defineClass(name, bytes, 0, bytes.length);
            }
        };
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            Class.forName(mainClass, true, loader).getMethod("main", String[].class).invoke(null,
                    (Object) new String[0]);
        } catch (InvocationTargetException e) {
            System.out.println("threw " + e.getCause());
        } finally {
            System.setOut(saved);
        }
        return out.toString(StandardCharsets.UTF_8).replaceAll("@[0-9a-f]+", "@H");
    }

    /**
     * Asserts that the desugared program prints what the original prints, that it contains no
     * {@code invokedynamic}, and that the original used some; returns the output.
     */
    static String assertSameBehaviour(Map<String, String> sources, String mainClass) throws Exception {
        Map<String, byte[]> original = compile(sources);
        int before = original.values().stream().mapToInt(JavaPrograms::invokedynamics).sum();
        assertTrue(before > 0, "the program uses invokedynamic");
        Map<String, byte[]> desugared = desugar(original);
        desugared.forEach((name, bytes) -> assertEquals(0, invokedynamics(bytes), name));
        String expected = run(original, mainClass);
        assertTrue(!expected.contains("threw "), expected);
        assertEquals(expected, run(desugared, mainClass));
        return expected;
    }
}
