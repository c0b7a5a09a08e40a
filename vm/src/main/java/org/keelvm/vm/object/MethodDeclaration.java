package org.keelvm.vm.object;

/**
 * One method or constructor of a class as reflection sees it: what {@code Class.getDeclaredMethods} and
 * {@code getDeclaredConstructors} report, and where its compiled code is for {@code Method.invoke} and
 * {@code Constructor.newInstance}. Parameter and return types are kept as the descriptor and become classes when
 * reflection asks for them, so the image holds no arrays of types for methods nobody reflects on.
 */
public final class MethodDeclaration {
    /** The method's name; {@code <init>} for a constructor. */
    public final String name;
    /** The method descriptor, such as {@code (ILjava/lang/String;)V}. */
    public final String descriptor;
    /** The access flags of the class file (the low 16 bits). */
    public final int modifiers;
    /** The {@code Signature} attribute, or {@code null}. */
    public final String genericSignature;
    /** Internal names of the classes the {@code throws} clause names, or {@code null} for none. */
    public final String[] exceptions;
    /** The statics-table address of the slot holding the method's code address, or 0 if it is not compiled. */
    public final long entrySlot;

    /** A declaration with every property given. */
    public MethodDeclaration(String name, String descriptor, int modifiers, String genericSignature,
                             String[] exceptions, long entrySlot) {
        this.name = name;
        this.descriptor = descriptor;
        this.modifiers = modifiers;
        this.genericSignature = genericSignature;
        this.exceptions = exceptions;
        this.entrySlot = entrySlot;
    }

    /** Whether this is a constructor. */
    public boolean isConstructor() {
        return name.equals("<init>");
    }
}
