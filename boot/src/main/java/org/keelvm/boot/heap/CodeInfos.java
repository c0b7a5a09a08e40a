package org.keelvm.boot.heap;

import org.keelvm.boot.BuildException;
import org.keelvm.boot.universe.ResolvedMethod;
import org.keelvm.jit.CompiledMethod;
import org.keelvm.vm.code.CodeInfo;
import org.keelvm.vm.object.Hub;
import org.keelvm.vm.substitution.SubstitutedNative;
import org.keelvm.vm.substitution.SubstitutionHelper;
import org.objectweb.asm.Type;

/** Turns what the compiler reports about a method into the runtime's {@link CodeInfo}, once its code is placed. */
public final class CodeInfos {
    private CodeInfos() {
    }

    /**
     * The description of {@code compiled}, placed at {@code address}; with helpful {@code NullPointerException}
     * messages if asked (for the application's methods).
     */
    public static CodeInfo describe(CompiledMethod compiled, long address, HubFactory hubs, ResolvedMethod method,
                                    boolean helpfulNullPointers) throws BuildException {
        NullPointerMessages.Table messages = helpfulNullPointers
                ? NullPointerMessages.of(method.owner().name, method.method()) : null;
        boolean some = messages != null && messages.indices().length > 0;
        String[] catchTypes = compiled.catchTypes();
        Hub[] catchHubs = new Hub[catchTypes.length];
        for (int i = 0; i < catchTypes.length; i++) {
            catchHubs[i] = catchTypes[i] == null ? null : hubs.hub(catchTypes[i]);
        }
        return new CodeInfo(address, address + compiled.code().length, hubs.hub(method.owner().name),
                method.method().name, compiled.maxLocals(), encode(compiled.bytecodeStarts()),
                encode(compiled.lineNumbers()), compiled.handlers(), catchHubs,
                method.owner().name.contains(LAMBDA_CLASS) ? CodeInfo.HIDDEN : kind(method.method()),
                some ? messages.indices() : null, some ? messages.messages() : null);
    }

    /** What the names of the classes that lambdas and method references become contain (see boot/desugar). */
    private static final String LAMBDA_CLASS = "$$Lambda$";

    /** How stack traces show the method: see {@link CodeInfo#kind}; a lambda's class is hidden, as on HotSpot. */
    static int kind(org.objectweb.asm.tree.MethodNode method) {
        if (method.invisibleAnnotations != null) {
            for (org.objectweb.asm.tree.AnnotationNode annotation : method.invisibleAnnotations) {
                if (annotation.desc.equals(Type.getDescriptor(SubstitutedNative.class))) {
                    return CodeInfo.NATIVE;
                }
                if (annotation.desc.equals(Type.getDescriptor(SubstitutionHelper.class))) {
                    return CodeInfo.HIDDEN;
                }
            }
        }
        return CodeInfo.JAVA;
    }

    /** Pairs as {@link CodeInfo} stores them: LEB128 differences, the second of each zig-zag signed. */
    static byte[] encode(int[] pairs) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(pairs.length);
        int pc = 0;
        int index = 0;
        for (int i = 0; i < pairs.length; i += 2) {
            writeUnsigned(out, pairs[i] - pc);
            int delta = pairs[i + 1] - index;
            writeUnsigned(out, (delta << 1) ^ (delta >> 31));
            pc = pairs[i];
            index = pairs[i + 1];
        }
        return out.toByteArray();
    }

    private static void writeUnsigned(java.io.ByteArrayOutputStream out, int value) {
        while ((value & ~0x7F) != 0) {
            out.write((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        out.write(value);
    }
}
