package org.keelvm.boot.desugar;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.tree.ClassNode;

/**
 * Rewrites the {@code invokedynamic} instructions of a class file into plain bytecode, since Keel has no
 * {@code java.lang.invoke} at run time. Lambdas and method references ({@code LambdaMetafactory}) become generated
 * classes, string concatenation ({@code StringConcatFactory}) and records' {@code toString}/{@code equals}/
 * {@code hashCode} ({@code ObjectMethods}) become generated static methods of the class itself. Any other bootstrap
 * method, and any dynamic constant, fails with a {@link DesugarException}.
 *
 * <p>The result depends only on the class file given: the same bytes give the same output bytes.
 */
public final class InvokeDynamicDesugarer {
    private static final int CONSTANT_DYNAMIC = 17;
    private static final int CONSTANT_INVOKE_DYNAMIC = 18;

    /**
     * The outcome for one class file.
     *
     * @param classFile        the rewritten class file; the very array given when it had nothing to rewrite
     * @param generatedClasses internal names and class files of the lambda classes generated for it, in the order of
     *                         their call sites; they belong to the same package and class loader as the class
     */
    public record Result(byte[] classFile, Map<String, byte[]> generatedClasses) {
    }

    /**
     * Rewrites {@code classFile}.
     *
     * @throws DesugarException if it uses a bootstrap method other than the lambda, string concatenation and record
     *                          bootstraps, or a dynamic constant
     */
    public Result desugar(byte[] classFile) throws DesugarException {
        ClassReader reader = new ClassReader(classFile);
        if (!hasDynamicConstants(reader, classFile)) {
            return new Result(classFile, Map.of());
        }
        ClassNode node = new ClassNode();
        reader.accept(node, 0);
        HostClass host = new HostClass(node);
        host.rewrite();
        return new Result(host.classFile(), Collections.unmodifiableMap(new LinkedHashMap<>(host.lambdaClasses())));
    }

    /** Whether the constant pool has an InvokeDynamic or Dynamic entry; most class files have neither. */
    private static boolean hasDynamicConstants(ClassReader reader, byte[] classFile) {
        for (int i = 1; i < reader.getItemCount(); i++) {
            int offset = reader.getItem(i);
            if (offset > 0) {
                int tag = classFile[offset - 1];
                if (tag == CONSTANT_INVOKE_DYNAMIC || tag == CONSTANT_DYNAMIC) {
                    return true;
                }
            }
        }
        return false;
    }
}
