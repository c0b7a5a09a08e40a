package org.keelvm.boot.desugar;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;

/**
 * One {@code LambdaMetafactory} call site, decoded from its bootstrap arguments (JDK 17 {@code LambdaMetafactory}
 * javadoc): the functional interface and its method, the implementation method handle, the instantiated method type,
 * and, for {@code altMetafactory}, the flags, marker interfaces and bridge method types.
 *
 * @param interfaceName    internal name of the functional interface (the call site's return type)
 * @param methodName       name of the interface method to implement
 * @param capturedTypes    types of the captured arguments (the call site's parameters)
 * @param methodType       erased type of the interface method
 * @param implementation   the implementation method as written by the compiler
 * @param instantiatedType the interface method type after generic instantiation
 * @param markers          further interfaces the lambda class implements
 * @param bridges          further method types to implement by forwarding to the same implementation
 * @param serializable     whether the lambda is serializable ({@code FLAG_SERIALIZABLE})
 */
record LambdaSite(String interfaceName, String methodName, Type[] capturedTypes, Type methodType,
                  Handle implementation, Type instantiatedType, List<String> markers, List<Type> bridges,
                  boolean serializable) {
    private static final int FLAG_SERIALIZABLE = 1;
    private static final int FLAG_MARKERS = 2;
    private static final int FLAG_BRIDGES = 4;

    /** Decodes a {@code metafactory} ({@code alternate == false}) or {@code altMetafactory} call site. */
    static LambdaSite decode(InvokeDynamicInsnNode indy, boolean alternate) {
        Object[] args = indy.bsmArgs;
        Type site = Type.getMethodType(indy.desc);
        List<String> markers = new ArrayList<>();
        List<Type> bridges = new ArrayList<>();
        boolean serializable = false;
        if (alternate) {
            int flags = (Integer) args[3];
            int next = 4;
            serializable = (flags & FLAG_SERIALIZABLE) != 0;
            if ((flags & FLAG_MARKERS) != 0) {
                int count = (Integer) args[next++];
                for (int i = 0; i < count; i++) {
                    markers.add(((Type) args[next++]).getInternalName());
                }
            }
            if ((flags & FLAG_BRIDGES) != 0) {
                int count = (Integer) args[next++];
                for (int i = 0; i < count; i++) {
                    bridges.add((Type) args[next++]);
                }
            }
        }
        return new LambdaSite(site.getReturnType().getInternalName(), indy.name, site.getArgumentTypes(),
                (Type) args[0], (Handle) args[1], (Type) args[2], List.copyOf(markers), List.copyOf(bridges),
                serializable);
    }
}
