package org.keelvm.boot.universe;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.keelvm.boot.BuildException;
import org.keelvm.boot.desugar.DesugarException;
import org.keelvm.boot.desugar.InvokeDynamicDesugarer;
import org.keelvm.boot.input.ApplicationInput;
import org.keelvm.boot.substitution.SubstitutionException;
import org.keelvm.boot.substitution.SubstitutionProcessor;
import org.keelvm.jit.MemberRef;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.tree.AnnotationNode;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Every class an image may contain, as class-file trees read from bytes: Keel's own runtime (read from the
 * builder's class path as resources, never through loaded host classes) and the application. Classes are read on
 * first request and kept.
 *
 * <p>Keel's runtime classes ({@code org/keelvm/...} found in the builder's class path) take precedence over
 * application classes of the same name, so that an application cannot replace the VM by accident.
 */
public final class ClassUniverse {
    private static final String KEEL_PREFIX = "org/keelvm/";
    private static final String INTRINSIC = "Lorg/keelvm/hal/Intrinsic;";
    private static final String UNBOXED = "Lorg/keelvm/hal/Unboxed;";

    private final ApplicationInput application;
    private final ClassLoader runtime;
    private final Map<String, ClassNode> classes = new HashMap<>();
    private final JdkClasses jdk = new JdkClasses();
    private final InvokeDynamicDesugarer desugarer = new InvokeDynamicDesugarer();
    private final Map<String, byte[]> generated = new HashMap<>();
    private SubstitutionProcessor substitutions;

    /**
     * @param application the application's classes
     * @param runtime     the class loader whose resources hold Keel's runtime class files
     */
    public ClassUniverse(ApplicationInput application, ClassLoader runtime) {
        this.application = application;
        this.runtime = runtime;
    }

    /** The class named {@code internalName}, or {@code null} if neither the runtime nor the application has it. */
    public ClassNode find(String internalName) throws BuildException {
        ClassNode known = classes.get(internalName);
        if (known != null) {
            return known;
        }
        byte[] bytes = generated.remove(internalName);
        if (bytes == null) {
            bytes = runtimeBytes(internalName);
        }
        if (bytes == null) {
            bytes = jdk.classBytes(internalName);
        }
        if (bytes == null) {
            bytes = application.classBytes(internalName);
        }
        if (bytes == null) {
            return null;
        }
        try {
            bytes = substitutions().apply(internalName, bytes);
        } catch (SubstitutionException e) {
            throw new BuildException(e.getMessage());
        }
        try {
            InvokeDynamicDesugarer.Result desugared = desugarer.desugar(bytes);
            bytes = desugared.classFile();
            generated.putAll(desugared.generatedClasses());
        } catch (DesugarException e) {
            throw new BuildException(e.getMessage());
        } catch (RuntimeException e) {
            throw new BuildException("cannot read class " + internalName + ": malformed class file (" + e + ")");
        }
        ClassNode node = new ClassNode();
        try {
            new ClassReader(bytes).accept(node, ClassReader.SKIP_FRAMES);
            Subroutines.inline(node);
        } catch (RuntimeException e) {
            throw new BuildException("cannot read class " + internalName + ": malformed class file (" + e + ")");
        }
        classes.put(internalName, node);
        return node;
    }

    /** Keel's JDK substitutions, read and checked against their targets on first use. */
    private SubstitutionProcessor substitutions() throws BuildException {
        if (substitutions == null) {
            SubstitutionProcessor processor = SubstitutionProcessor.scan(
                    ClassLibrary.substitutionCandidates(runtime), name -> {
                        try {
                            return jdk.classBytes(name);
                        } catch (BuildException e) {
                            return null;
                        }
                    });
            try {
                processor.verify();
            } catch (SubstitutionException e) {
                throw new BuildException(e.getMessage());
            }
            substitutions = processor;
        }
        return substitutions;
    }

    /** Like {@link #find} but fails with a message naming who needed the class. */
    public ClassNode require(String internalName, String neededBy) throws BuildException {
        ClassNode node = find(internalName);
        if (node == null) {
            throw new BuildException("class " + internalName.replace('/', '.') + " not found (needed by " + neededBy
                    + ")");
        }
        return node;
    }

    /** Replaces the method of {@code owner} that has the same name and descriptor as {@code replacement}. */
    public void replaceMethod(String owner, MethodNode replacement) throws BuildException {
        ClassNode node = require(owner, "the image builder");
        for (int i = 0; i < node.methods.size(); i++) {
            MethodNode method = node.methods.get(i);
            if (method.name.equals(replacement.name) && method.desc.equals(replacement.desc)) {
                node.methods.set(i, replacement);
                return;
            }
        }
        throw new BuildException("Keel runtime class " + owner + " has no method " + replacement.name
                + replacement.desc + " to replace");
    }

    /**
     * Resolves a method reference as JVMS §5.4.3.3 and §5.4.3.4 do: the named class or interface, its superclasses,
     * then its superinterfaces (for an interface, {@code Object}'s public methods too). Returns the declaring class's
     * method.
     */
    public ResolvedMethod resolveMethod(MemberRef ref, String neededBy) throws BuildException {
        if (ref.owner().startsWith("[")) {
            // An array class's methods are Object's (clone is public there, JLS §10.7).
            return resolveMethod(new MemberRef("java/lang/Object", ref.name(), ref.descriptor()), neededBy);
        }
        for (String owner = ref.owner(); owner != null; ) {
            ClassNode node = require(owner, neededBy);
            MethodNode method = declaredMethod(node, ref.name(), ref.descriptor());
            if (method != null) {
                return new ResolvedMethod(node, method);
            }
            owner = node.superName;
        }
        ResolvedMethod inInterfaces = findInInterfaces(ref.owner(), ref.name(), ref.descriptor(), neededBy,
                new java.util.HashSet<>());
        if (inInterfaces != null) {
            return inInterfaces;
        }
        throw new BuildException("method " + ref.symbolName() + " not found (needed by " + neededBy + ")");
    }

    /** A non-abstract method of a superinterface of {@code owner} first, else an abstract one, or {@code null}. */
    private ResolvedMethod findInInterfaces(String owner, String name, String descriptor, String neededBy,
                                            java.util.Set<String> seen) throws BuildException {
        ResolvedMethod abstractOne = null;
        for (String type = owner; type != null; ) {
            ClassNode node = require(type, neededBy);
            for (String superInterface : node.interfaces) {
                if (!seen.add(superInterface)) {
                    continue;
                }
                ClassNode candidate = require(superInterface, neededBy);
                MethodNode method = declaredMethod(candidate, name, descriptor);
                if (method != null && (method.access & (Opcodes.ACC_PRIVATE | Opcodes.ACC_STATIC)) == 0) {
                    if ((method.access & Opcodes.ACC_ABSTRACT) == 0) {
                        return new ResolvedMethod(candidate, method);
                    }
                    if (abstractOne == null) {
                        abstractOne = new ResolvedMethod(candidate, method);
                    }
                }
                ResolvedMethod deeper = findInInterfaces(superInterface, name, descriptor, neededBy, seen);
                if (deeper != null && (deeper.method().access & Opcodes.ACC_ABSTRACT) == 0) {
                    return deeper;
                }
                if (abstractOne == null) {
                    abstractOne = deeper;
                }
            }
            type = node.superName;
        }
        return abstractOne;
    }

    /** The method {@code node} itself declares with this name and descriptor, or {@code null}. */
    public static MethodNode declaredMethod(ClassNode node, String name, String descriptor) {
        for (MethodNode method : node.methods) {
            if (method.name.equals(name) && method.desc.equals(descriptor)) {
                return method;
            }
        }
        return null;
    }

    /**
     * Whether {@code owner.name} is a signature polymorphic method (JVMS §2.9.3): declared by {@code MethodHandle} or
     * {@code VarHandle}, native, varargs, with a single {@code Object[]} parameter. A call of one names any
     * descriptor, and needs {@code java.lang.invoke} at run time.
     */
    public boolean isSignaturePolymorphic(String owner, String name) throws BuildException {
        if (!owner.equals("java/lang/invoke/MethodHandle") && !owner.equals("java/lang/invoke/VarHandle")) {
            return false;
        }
        ClassNode node = find(owner);
        if (node != null) {
            for (MethodNode method : node.methods) {
                if (method.name.equals(name) && method.desc.startsWith("([Ljava/lang/Object;)")
                        && (method.access & (Opcodes.ACC_NATIVE | Opcodes.ACC_VARARGS))
                        == (Opcodes.ACC_NATIVE | Opcodes.ACC_VARARGS)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Adds a class made by the builder, which {@link #find} then reads like any other. */
    void addGenerated(String internalName, byte[] classFile) {
        generated.put(internalName, classFile);
    }

    /** The internal names of the classes of JDK package {@code packageName} ({@code sun/text/resources}), sorted. */
    public List<String> jdkClassesIn(String packageName) throws BuildException {
        return jdk.classesIn(packageName);
    }

    /** Whether class {@code internalName} is neither Keel's nor the JDK's: the application's, or made from it. */
    public boolean isApplicationClass(String internalName) {
        return !internalName.startsWith(KEEL_PREFIX) && jdk.moduleOf(internalName) == null;
    }

    /** The JDK module that holds class {@code internalName}, or {@code null} if it is not a JDK class. */
    public String moduleOf(String internalName) {
        if (internalName.startsWith(KEEL_PREFIX)) {
            return null;
        }
        return jdk.moduleOf(internalName);
    }

    /**
     * Resolves a field reference as JVMS §5.4.3.2: the named class, its superinterfaces, then its superclass,
     * recursively.
     */
    public ResolvedField resolveField(MemberRef ref, String neededBy) throws BuildException {
        ResolvedField found = findField(ref.owner(), ref.name(), ref.descriptor(), neededBy);
        if (found == null) {
            throw new BuildException("field " + ref.owner().replace('/', '.') + "." + ref.name() + " not found (needed by "
                    + neededBy + ")");
        }
        return found;
    }

    private ResolvedField findField(String owner, String name, String descriptor, String neededBy)
            throws BuildException {
        if (owner == null) {
            return null;
        }
        ClassNode node = require(owner, neededBy);
        for (FieldNode field : node.fields) {
            if (field.name.equals(name) && field.desc.equals(descriptor)) {
                return new ResolvedField(node, field);
            }
        }
        for (String superInterface : node.interfaces) {
            ResolvedField found = findField(superInterface, name, descriptor, neededBy);
            if (found != null) {
                return found;
            }
        }
        return findField(node.superName, name, descriptor, neededBy);
    }

    /**
     * The method that a virtual call of {@code name descriptor} selects in class {@code type} (JVMS §5.4.6): the
     * nearest declaration in the class and its superclasses, else the most specific default method of its
     * superinterfaces; {@code null} if that is abstract or there is none.
     */
    public ResolvedMethod selectMethod(String type, String name, String descriptor) throws BuildException {
        for (String owner = type; owner != null; ) {
            ClassNode node = require(owner, "method selection");
            MethodNode method = declaredMethod(node, name, descriptor);
            if (method != null && (method.access & (Opcodes.ACC_STATIC | Opcodes.ACC_PRIVATE)) == 0) {
                return (method.access & Opcodes.ACC_ABSTRACT) != 0 ? null : new ResolvedMethod(node, method);
            }
            owner = node.superName;
        }
        ResolvedMethod inherited = findInInterfaces(type, name, descriptor, "method selection",
                new java.util.HashSet<>());
        return inherited == null || (inherited.method().access & Opcodes.ACC_ABSTRACT) != 0 ? null : inherited;
    }

    /**
     * Whether class {@code type} is initialized on the host, at build time, with its static fields written into the
     * image: Keel's own runtime classes. Every other class is initialized in the guest.
     */
    public boolean isHostInitialized(String type) {
        return type.startsWith(KEEL_PREFIX) && runtimeBytesExist(type);
    }

    private boolean runtimeBytesExist(String type) {
        return runtime.getResource(type + ".class") != null;
    }

    /** Whether the resolved method is marked {@code @Intrinsic}. */
    public static boolean isIntrinsic(MethodNode method) {
        return hasAnnotation(method.visibleAnnotations, INTRINSIC)
                || hasAnnotation(method.invisibleAnnotations, INTRINSIC);
    }

    /** Whether values of the type with this descriptor are machine words ({@code @Unboxed} classes). */
    public boolean isWordType(String descriptor) throws BuildException {
        if (!descriptor.startsWith("L")) {
            return false;
        }
        ClassNode node = find(descriptor.substring(1, descriptor.length() - 1));
        return node != null && (hasAnnotation(node.visibleAnnotations, UNBOXED)
                || hasAnnotation(node.invisibleAnnotations, UNBOXED));
    }

    /** Whether {@code method} is static. */
    public static boolean isStatic(MethodNode method) {
        return (method.access & Opcodes.ACC_STATIC) != 0;
    }

    private static boolean hasAnnotation(java.util.List<AnnotationNode> annotations, String descriptor) {
        if (annotations == null) {
            return false;
        }
        for (AnnotationNode annotation : annotations) {
            if (annotation.desc.equals(descriptor)) {
                return true;
            }
        }
        return false;
    }

    private byte[] runtimeBytes(String internalName) throws BuildException {
        if (!internalName.startsWith(KEEL_PREFIX)) {
            return null;
        }
        try (InputStream in = runtime.getResourceAsStream(internalName + ".class")) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new BuildException("cannot read Keel runtime class " + internalName + ": " + e.getMessage());
        }
    }
}
