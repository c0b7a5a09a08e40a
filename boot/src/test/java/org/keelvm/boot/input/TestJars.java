package org.keelvm.boot.input;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/** Makes class files and jars for the tests, so that no test depends on a prebuilt binary. */
final class TestJars {
    static final int JAVA_17 = Opcodes.V17;
    static final int PUBLIC_STATIC = Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC;

    private TestJars() {
    }

    /** A Java 17 class with {@code public static void main(String[])}. */
    static byte[] mainClass(String internalName) {
        return classWithMain(internalName, JAVA_17, PUBLIC_STATIC, "([Ljava/lang/String;)V");
    }

    /** A Java 17 class with no methods at all. */
    static byte[] plainClass(String internalName) {
        return classWithMain(internalName, JAVA_17, -1, null);
    }

    /**
     * A class of the given class-file version with one method named {@code main}.
     *
     * @param mainAccess the method's access flags, or -1 for no method
     */
    static byte[] classWithMain(String internalName, int version, int mainAccess, String descriptor) {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS);
        writer.visit(version, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, internalName, null, "java/lang/Object", null);
        if (mainAccess >= 0) {
            MethodVisitor method = writer.visitMethod(mainAccess, "main", descriptor, null, null);
            method.visitCode();
            method.visitInsn(Opcodes.RETURN);
            method.visitMaxs(0, 0);
            method.visitEnd();
        }
        writer.visitEnd();
        return writer.toByteArray();
    }

    /**
     * Writes a jar.
     *
     * @param mainClass  the manifest's Main-Class, or null for none
     * @param classPath  the manifest's Class-Path, or null for none
     * @param entries    entry name to content
     */
    static Path jar(Path file, String mainClass, String classPath, Map<String, byte[]> entries) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        if (mainClass != null) {
            main.put(Attributes.Name.MAIN_CLASS, mainClass);
        }
        if (classPath != null) {
            main.put(Attributes.Name.CLASS_PATH, classPath);
        }
        return jar(file, manifest, entries);
    }

    /** Writes a jar with the given manifest. */
    static Path jar(Path file, Manifest manifest, Map<String, byte[]> entries) throws IOException {
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out, manifest)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                jar.putNextEntry(new JarEntry(entry.getKey()));
                jar.write(entry.getValue());
                jar.closeEntry();
            }
        }
        return file;
    }

    /** Writes class files into a directory tree, by internal name. */
    static Path classesDir(Path dir, Map<String, byte[]> classes) throws IOException {
        for (Map.Entry<String, byte[]> entry : classes.entrySet()) {
            Path file = dir.resolve(entry.getKey() + ".class");
            Files.createDirectories(file.getParent());
            Files.write(file, entry.getValue());
        }
        return dir;
    }
}
