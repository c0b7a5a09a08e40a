package org.keelvm.jit;

/**
 * The JDK methods the compiler expands in place of a call, like {@code hal/}'s {@code @Intrinsic} methods. They are
 * named here rather than marked, since the JDK's class files are not Keel's to annotate; the image builder treats
 * calls to them as it treats calls to intrinsics: it neither follows nor resolves them, so their classes need not be
 * in the image.
 *
 * <p>Each one is a single instruction or none with the JDK's exact semantics, which Java code in the JDK could only
 * reach through natives or through the very bytecodes being compiled. {@code Float.floatToIntBits} and
 * {@code Double.doubleToLongBits} are not here: they canonicalize NaN in Java code and need no help.
 */
public final class JdkIntrinsics {
    /** The methods, as {@code owner.nameDescriptor} keys (see {@link #key}). */
    private static final String[] METHODS = {
        "java/lang/Float.floatToRawIntBits(F)I",
        "java/lang/Float.intBitsToFloat(I)F",
        "java/lang/Double.doubleToRawLongBits(D)J",
        "java/lang/Double.longBitsToDouble(J)D",
        "java/lang/Math.sqrt(D)D",
        "java/lang/StrictMath.sqrt(D)D",
        "java/lang/Math.abs(F)F",
        "java/lang/Math.abs(D)D",
        "java/lang/Object.getClass()Ljava/lang/Class;",
    };
    /**
     * {@code Object}'s final native methods, keyed without an owner: bytecode names them on any class (the static
     * type of the receiver), and no class can declare them again.
     */
    private static final String[] OBJECT_FINALS = {
        "getClass()Ljava/lang/Class;",
    };

    private JdkIntrinsics() {
    }

    /** Whether a call to {@code method} is a JDK intrinsic. */
    public static boolean contains(MemberRef method) {
        String key = key(method);
        for (String candidate : METHODS) {
            if (candidate.equals(key)) {
                return true;
            }
        }
        return false;
    }

    /** Every JDK intrinsic, as a {@link MemberRef}. */
    public static MemberRef[] all() {
        MemberRef[] all = new MemberRef[METHODS.length];
        for (int i = 0; i < METHODS.length; i++) {
            String key = METHODS[i];
            int dot = key.lastIndexOf('.');
            int paren = key.indexOf('(');
            all[i] = new MemberRef(key.substring(0, dot), key.substring(dot + 1, paren), key.substring(paren));
        }
        return all;
    }

    /** The key by which intrinsic templates are found: {@code java/lang/Math.sqrt(D)D}. */
    public static String key(MemberRef method) {
        for (String objectFinal : OBJECT_FINALS) {
            if (objectFinal.equals(method.name() + method.descriptor())) {
                return "java/lang/Object." + objectFinal;
            }
        }
        return method.owner() + '.' + method.name() + method.descriptor();
    }
}
