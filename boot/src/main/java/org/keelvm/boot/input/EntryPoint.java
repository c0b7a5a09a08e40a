package org.keelvm.boot.input;

import java.util.function.Function;

import org.keelvm.boot.BuildException;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Finds the application's entry class and checks that Keel can start it: it exists, Keel can compile its class-file
 * version, and it declares {@code public static void main(String[])}.
 */
final class EntryPoint {
    private static final String MAIN_NAME = "main";
    private static final String MAIN_DESCRIPTOR = "([Ljava/lang/String;)V";
    private static final int PUBLIC_STATIC = Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC;
    private static final String CLASS_SUFFIX = ".class";

    private EntryPoint() {
    }

    /**
     * Resolves the entry class.
     *
     * @param override       the class given with {@code --main}, or {@code null} to use the manifest's
     *                       {@code Main-Class}
     * @param input          the application's jar or directory
     * @param lookup         finds a class by internal name along the whole class path, or returns {@code null}
     * @param hasClassPath   whether anything besides {@code input} was searched, for the wording of messages
     * @return the entry class as a binary name ({@code com.example.Main})
     */
    static String resolve(String override, ClassContainer input, Function<String, LocatedClass> lookup,
                          boolean hasClassPath) throws BuildException {
        String requested;
        String origin;
        if (override != null && !override.isBlank()) {
            requested = override.trim();
            origin = "given by --main";
        } else {
            requested = input.manifestAttribute("Main-Class");
            if (requested == null) {
                throw new BuildException(noEntryPoint(input));
            }
            origin = "named by the Main-Class of " + input.path();
        }
        String binaryName = binaryName(requested);
        if (binaryName == null) {
            throw new BuildException("'" + requested + "' " + origin + " is not a valid class name");
        }
        String internalName = binaryName.replace('.', '/');
        LocatedClass found = lookup.apply(internalName);
        if (found == null) {
            throw new BuildException("entry class " + binaryName + " " + origin + " is not in " + input.path()
                    + (hasClassPath ? " or its class path" : ""));
        }
        checkVersion(internalName, found);
        checkMainMethod(binaryName, internalName, found);
        return binaryName;
    }

    private static String noEntryPoint(ClassContainer input) {
        if (input.jar()) {
            return "no entry point: " + input.path() + " has no Main-Class in its manifest; pass --main <class>";
        }
        return "no entry point: " + input.path() + " is a directory, which has no manifest; pass --main <class>";
    }

    /**
     * The binary name for a class written as {@code com.example.Main}, {@code com/example/Main} or either with
     * {@code .class} appended, or {@code null} if it cannot name a class. Stripping {@code .class} is safe because
     * {@code class} is a keyword and so never a class's simple name.
     */
    private static String binaryName(String requested) {
        String name = requested.replace('/', '.');
        if (name.endsWith(CLASS_SUFFIX)) {
            name = name.substring(0, name.length() - CLASS_SUFFIX.length());
        }
        if (name.isEmpty() || name.startsWith(".") || name.endsWith(".") || name.contains("..")) {
            return null;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            // The JVM forbids these in class names (JVMS 4.2.1); whitespace would only be a typing mistake.
            if (c == ';' || c == '[' || c == '<' || c == '>' || Character.isWhitespace(c)) {
                return null;
            }
        }
        return name;
    }

    private static void checkVersion(String internalName, LocatedClass found) throws BuildException {
        int major = ClassFileVersion.major(found.bytes());
        if (major < 0) {
            throw new BuildException(internalName + ".class in " + found.container() + " is not a class file");
        }
        if (major > ClassFileVersion.MAX_SUPPORTED_MAJOR) {
            throw new BuildException(internalName + ".class in " + found.container() + " has class-file version "
                    + major + " (" + ClassFileVersion.release(major) + "); Keel supports up to "
                    + ClassFileVersion.MAX_SUPPORTED_MAJOR + " ("
                    + ClassFileVersion.release(ClassFileVersion.MAX_SUPPORTED_MAJOR) + ")");
        }
    }

    private static void checkMainMethod(String binaryName, String internalName, LocatedClass found)
            throws BuildException {
        MainFinder finder = new MainFinder();
        try {
            new ClassReader(found.bytes()).accept(finder,
                    ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        } catch (RuntimeException e) {
            // ASM reports malformed input with whatever runtime exception the bad offset happens to cause.
            throw new BuildException(internalName + ".class in " + found.container() + " is not a valid class file",
                    e);
        }
        if (!internalName.equals(finder.className)) {
            throw new BuildException(internalName + ".class in " + found.container() + " defines "
                    + finder.className + ", not " + internalName);
        }
        if (finder.mainAccess < 0) {
            throw new BuildException("entry class " + binaryName + " in " + found.container()
                    + " has no method public static void main(String[])");
        }
        if ((finder.mainAccess & PUBLIC_STATIC) != PUBLIC_STATIC) {
            throw new BuildException("entry class " + binaryName + " in " + found.container()
                    + " has a main(String[]) that is not public static");
        }
    }

    /** Records the class's own name and the access flags of its {@code main(String[])}, if it declares one. */
    private static final class MainFinder extends ClassVisitor {
        private String className;
        private int mainAccess = -1;

        MainFinder() {
            super(Opcodes.ASM9);
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName,
                          String[] interfaces) {
            className = name;
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                                         String[] exceptions) {
            if (MAIN_NAME.equals(name) && MAIN_DESCRIPTOR.equals(descriptor)) {
                mainAccess = access;
            }
            return null;
        }
    }
}
