package org.keelvm.vm.object;

/**
 * The run-time description of a class, an interface, an array class or a primitive type: what every object's
 * header points to (see {@link ObjectHeader}). The image builder creates one hub per class in the image; the
 * runtime makes more for array classes it meets later.
 *
 * <ul>
 *   <li><b>Type checks</b>: {@link #display} lists the superclass chain, {@code display[depth] == this}, so that
 *       "is S a superclass of T" is one comparison ({@code T.depth >= S.depth && T.display[S.depth] == S});
 *       {@link #interfaces} lists every interface the class implements, directly or not.
 *   <li><b>Virtual calls</b> go through {@link #vtable}: the entry addresses of the class's virtual methods, a
 *       superclass's entries first and at the same indices.
 *   <li><b>Interface calls</b> go through {@link #itables}: pairs of an interface hub and its method table for this
 *       class ({@code long[]} of entry addresses, in the order of the interface's own methods).
 *   <li><b>Class initialization</b> (JVMS §5.5) follows {@link #initState}; compiled code checks it before a
 *       static access to a class that might not be initialized.
 * </ul>
 */
public final class Hub {
    /** {@link #kind} of an ordinary class. */
    public static final int INSTANCE = 0;
    /** {@link #kind} of an interface. */
    public static final int INTERFACE = 1;
    /** {@link #kind} of an array class. */
    public static final int ARRAY = 2;
    /** {@link #kind} of a primitive type such as {@code int} or {@code void}. */
    public static final int PRIMITIVE = 3;

    /** {@link #initState}: initialization has not started. */
    public static final int UNINITIALIZED = 0;
    /** {@link #initState}: a thread runs the class's initialization. */
    public static final int BEING_INITIALIZED = 1;
    /** {@link #initState}: initialized, or nothing to initialize. */
    public static final int INITIALIZED = 2;
    /** {@link #initState}: initialization failed; every later use throws {@code NoClassDefFoundError}. */
    public static final int ERRONEOUS = 3;

    /** The class's name as {@code Class.getName} spells it: {@code java.lang.String}, {@code [I}. */
    public final String name;
    /** One of {@link #INSTANCE}, {@link #INTERFACE}, {@link #ARRAY}, {@link #PRIMITIVE}. */
    public final int kind;
    /** The class's access flags from its class file (for arrays and primitives: those {@code Class} reports). */
    public final int modifiers;
    /** The superclass, or {@code null} for {@code Object}, interfaces and primitives. */
    public final Hub superHub;
    /** Length of the superclass chain: 0 for {@code Object}. */
    public final int depth;
    /** The superclass chain from {@code Object} down to this class. */
    public final Hub[] display;
    /** Every interface this class or interface implements or extends, directly or not. */
    public final Hub[] interfaces;
    /** Entry addresses of the virtual methods. */
    public final long[] vtable;
    /** Pairs of interface hub and {@code long[]} method table. */
    public final Object[] itables;
    /** Bytes of an instance (header included), or 0 for arrays, interfaces and primitives. */
    public final int instanceSize;
    /** Offsets of the instance's reference fields, for the collector. */
    public final int[] referenceOffsets;
    /**
     * Names of the instance fields the class itself declares (not inherited ones), for {@code Unsafe}'s field
     * offset queries; empty for arrays, interfaces and primitives.
     */
    public final String[] fieldNames;
    /** Byte offset of each field in {@link #fieldNames}, at the same index. */
    public final int[] fieldOffsets;
    /** The element type of an array class, else {@code null}. */
    public final Hub componentHub;
    /** log2 of the element size of an array class. */
    public final int elementShift;
    /** The address of the statics-table entry of the class initializer ({@code <clinit>}), or 0 if none. */
    public final long initializer;
    /** The class's {@code SourceFile} attribute, or {@code null}. */
    public final String sourceFile;
    /** The JDK module of the class ({@code java.base}), or {@code null} for the application's unnamed module. */
    public final String module;

    /** What the class file declares about the class, for reflection; set by whoever makes the hub. */
    public ClassDeclaration declaration;

    /** Where class initialization stands; see {@link #UNINITIALIZED} and the other states. */
    public int initState;
    /** The {@code java.lang.Class} object of this hub. */
    public Object mirror;
    /** The hub of the array class whose elements are of this type, once made. */
    public Hub arrayHub;
    /** The exception that failed this class's initialization ({@link #ERRONEOUS} only). */
    public Throwable initError;

    /** A hub with every property fixed; {@code display} must end with this hub (the caller fills that slot). */
    public Hub(String name, int kind, int modifiers, Hub superHub, Hub[] display, Hub[] interfaces, long[] vtable,
               Object[] itables, int instanceSize, int[] referenceOffsets, String[] fieldNames, int[] fieldOffsets,
               Hub componentHub, int elementShift, long initializer, String sourceFile, String module,
               int initState) {
        this.name = name;
        this.kind = kind;
        this.modifiers = modifiers;
        this.superHub = superHub;
        this.depth = display.length - 1;
        this.display = display;
        this.interfaces = interfaces;
        this.vtable = vtable;
        this.itables = itables;
        this.instanceSize = instanceSize;
        this.referenceOffsets = referenceOffsets;
        this.fieldNames = fieldNames;
        this.fieldOffsets = fieldOffsets;
        this.componentHub = componentHub;
        this.elementShift = elementShift;
        this.initializer = initializer;
        this.sourceFile = sourceFile;
        this.module = module;
        this.initState = initState;
    }

    /** Whether this is the hub of an array class. */
    public boolean isArray() {
        return kind == ARRAY;
    }

    /** The byte offset of the instance field {@code name} that the class itself declares, or -1 if none. */
    public int fieldOffset(String name) {
        for (int i = 0; i < fieldNames.length; i++) {
            if (fieldNames[i].equals(name)) {
                return fieldOffsets[i];
            }
        }
        return -1;
    }

    /** Whether this is the hub of an interface. */
    public boolean isInterface() {
        return kind == INTERFACE;
    }

    /** Whether this is the hub of a primitive type. */
    public boolean isPrimitive() {
        return kind == PRIMITIVE;
    }
}
