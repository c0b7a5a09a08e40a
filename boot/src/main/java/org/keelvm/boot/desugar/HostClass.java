package org.keelvm.boot.desugar;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.InnerClassNode;
import org.objectweb.asm.tree.InvokeDynamicInsnNode;
import org.objectweb.asm.tree.LdcInsnNode;
import org.objectweb.asm.tree.MethodInsnNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * One class whose {@code invokedynamic} instructions are being rewritten. Every call site is replaced by exactly one
 * instruction with the same stack effect ({@code getstatic} or {@code invokestatic}), so the host's existing stack
 * map frames and code layout stay valid and need no class hierarchy to recompute.
 */
final class HostClass {
    private static final String METAFACTORY = "java/lang/invoke/LambdaMetafactory.metafactory";
    private static final String ALT_METAFACTORY = "java/lang/invoke/LambdaMetafactory.altMetafactory";
    private static final String CONCAT_WITH_CONSTANTS = "java/lang/invoke/StringConcatFactory.makeConcatWithConstants";
    private static final String CONCAT = "java/lang/invoke/StringConcatFactory.makeConcat";
    private static final String OBJECT_METHODS = "java/lang/runtime/ObjectMethods.bootstrap";

    private final ClassNode host;
    private final boolean isInterface;
    private final ImplementationAccess access;
    private final Set<String> usedNames = new HashSet<>();
    private final Map<String, Integer> counters = new HashMap<>();
    private final Map<String, String> concatMethods = new HashMap<>();
    private final List<MethodNode> addedMethods = new ArrayList<>();
    private final Map<String, byte[]> lambdaClasses = new LinkedHashMap<>();
    private int lambdaCount;

    HostClass(ClassNode host) {
        this.host = host;
        this.isInterface = (host.access & Opcodes.ACC_INTERFACE) != 0;
        for (MethodNode method : host.methods) {
            usedNames.add(method.name);
        }
        this.access = new ImplementationAccess(host, this::freshName);
    }

    /** A method name starting with {@code prefix}, numbered from 0, that the host does not have yet. */
    private String freshName(String prefix) {
        while (true) {
            int n = counters.merge(prefix, 1, Integer::sum) - 1;
            String name = prefix + n;
            if (usedNames.add(name)) {
                return name;
            }
        }
    }

    /** Rewrites every call site; the lambda classes generated are then in {@link #lambdaClasses()}. */
    void rewrite() throws DesugarException {
        for (MethodNode method : host.methods) {
            for (AbstractInsnNode insn : method.instructions.toArray()) {
                if (insn instanceof InvokeDynamicInsnNode indy) {
                    method.instructions.set(indy, replacement(method, indy));
                } else if (insn instanceof LdcInsnNode ldc && ldc.cst instanceof ConstantDynamic constant) {
                    Handle bootstrap = constant.getBootstrapMethod();
                    throw new DesugarException("dynamic constant with unsupported bootstrap " + name(bootstrap)
                            + " in " + where(method), name(bootstrap));
                }
            }
        }
        access.apply();
        host.methods.addAll(addedMethods);
    }

    /** The rewritten class file, with stack sizes recomputed for the added methods. */
    byte[] classFile() {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        host.accept(writer);
        return writer.toByteArray();
    }

    /** Internal names and class files of the generated lambda classes, in order of their call sites. */
    Map<String, byte[]> lambdaClasses() {
        return lambdaClasses;
    }

    private static String name(Handle bootstrap) {
        return bootstrap.getOwner() + "." + bootstrap.getName();
    }

    private String where(MethodNode method) {
        return host.name.replace('/', '.') + "." + method.name + method.desc;
    }

    private AbstractInsnNode replacement(MethodNode method, InvokeDynamicInsnNode indy) throws DesugarException {
        String bootstrap = name(indy.bsm);
        try {
            switch (bootstrap) {
                case METAFACTORY:
                case ALT_METAFACTORY:
                    return lambda(LambdaSite.decode(indy, bootstrap.equals(ALT_METAFACTORY)));
                case CONCAT_WITH_CONSTANTS:
                    return concatenation(indy, (String) indy.bsmArgs[0],
                            Arrays.copyOfRange(indy.bsmArgs, 1, indy.bsmArgs.length));
                case CONCAT:
                    return concatenation(indy, null, new Object[0]);
                case OBJECT_METHODS:
                    return recordMethod(method, indy);
                default:
                    throw new DesugarException("invokedynamic with unsupported bootstrap " + bootstrap + " in "
                            + where(method), bootstrap);
            }
        } catch (ClassCastException | IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new DesugarException("invokedynamic with bootstrap " + bootstrap + " in " + where(method)
                    + " cannot be desugared: " + e.getMessage(), null);
        }
    }

    private AbstractInsnNode lambda(LambdaSite site) {
        String name = host.name + "$$Lambda$" + lambdaCount++;
        LambdaClass lambda = new LambdaClass(name, host.name, site, access.target(site.implementation()));
        lambdaClasses.put(name, lambda.generate(host.version));
        return lambda.creation();
    }

    private AbstractInsnNode concatenation(InvokeDynamicInsnNode indy, String recipe, Object[] constants) {
        String key = indy.desc + "\u0000" + recipe + "\u0000" + Arrays.deepToString(constants);
        String name = concatMethods.get(key);
        if (name == null) {
            name = freshName("concat$");
            addedMethods.add(StringConcatenation.method(name, Opcodes.ACC_PRIVATE, indy.desc, recipe, constants));
            concatMethods.put(key, name);
        }
        return new MethodInsnNode(Opcodes.INVOKESTATIC, host.name, name, indy.desc, isInterface);
    }

    private AbstractInsnNode recordMethod(MethodNode method, InvokeDynamicInsnNode indy) throws DesugarException {
        Type record = (Type) indy.bsmArgs[0];
        String names = (String) indy.bsmArgs[1];
        List<Handle> getters = new ArrayList<>();
        for (int i = 2; i < indy.bsmArgs.length; i++) {
            getters.add((Handle) indy.bsmArgs[i]);
        }
        List<String> componentNames = names.isEmpty() ? List.of() : List.of(names.split(";"));
        if (componentNames.size() != getters.size()) {
            throw new IllegalArgumentException(componentNames.size() + " names for " + getters.size() + " getters");
        }
        RecordMethods methods = new RecordMethods(record.getInternalName(), simpleName(record.getInternalName()),
                componentNames, getters);
        String name = freshName("record$" + indy.name + "$");
        MethodNode generated = methods.method(indy.name, name, Opcodes.ACC_PRIVATE, indy.desc);
        if (generated == null) {
            throw new DesugarException("invokedynamic with bootstrap " + OBJECT_METHODS + " in " + where(method)
                    + " asks for unknown method " + indy.name, null);
        }
        addedMethods.add(generated);
        return new MethodInsnNode(Opcodes.INVOKESTATIC, host.name, name, indy.desc, isInterface);
    }

    /** {@code Class.getSimpleName}: the inner name recorded in InnerClasses, else the name after the package. */
    private String simpleName(String internalName) {
        for (InnerClassNode inner : host.innerClasses) {
            if (inner.name.equals(internalName)) {
                return inner.innerName == null ? "" : inner.innerName;
            }
        }
        return internalName.substring(internalName.lastIndexOf('/') + 1);
    }
}
