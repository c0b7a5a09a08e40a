package org.keelvm.vm.object;

/**
 * What a class file says about its class beyond what execution needs, for {@code java.lang.Class}'s reflective
 * queries: nesting (the {@code InnerClasses}, {@code EnclosingMethod} and {@code NestHost} attributes), its direct
 * interfaces, its generic signature, the subclasses a sealed class permits and its declared fields. Hubs of arrays and primitive types
 * have none.
 */
public final class ClassDeclaration {
    /** The class this one is a member of, or {@code null}. */
    public final Hub declaringClass;
    /** The simple name of a member, local or anonymous class ({@code ""} for anonymous), or {@code null}. */
    public final String simpleBinaryName;
    /** {@code [Class, name, descriptor]} of the method a local or anonymous class is in, or {@code null}. */
    public final Object[] enclosingMethod;
    /** The nest host, or {@code null} if the class is its own. */
    public final Hub nestHost;
    /** The members of the nest this class hosts (its {@code NestMembers} attribute; those with hubs). */
    public final Hub[] nestMembers;
    /** The interfaces the class itself names, in order. */
    public final Hub[] directInterfaces;
    /** The member classes the class declares. */
    public final Hub[] memberClasses;
    /** The {@code Signature} attribute, or {@code null}. */
    public final String genericSignature;
    /** The permitted subclasses of a sealed class, or {@code null} if it is not sealed. */
    public final Hub[] permittedSubclasses;
    /** For an enum class: the statics-table address of its {@code $VALUES} array; else 0. */
    public final long enumValuesSlot;
    /** The names of the fields the class declares, in class-file order. */
    public final String[] fieldNames;
    /** Their types, where the image has a hub for the type, else {@code null}. */
    public final Hub[] fieldTypes;
    /** Their access flags. */
    public final int[] fieldModifiers;
    /** For a static field the statics-table address of its slot, 0 if the image keeps no slot; 0 for the others. */
    public final long[] staticFieldSlots;
    /**
     * For a record class its components as name, descriptor and {@code Signature} (or {@code null}) in turn, in
     * declaration order; {@code null} for other classes.
     */
    public final String[] recordComponents;
    /** The methods and constructors reflection can see, in class-file order (class initializers left out). */
    public final MethodDeclaration[] methods;

    /** A declaration with every property given. */
    public ClassDeclaration(Hub declaringClass, String simpleBinaryName, Object[] enclosingMethod, Hub nestHost,
                            Hub[] nestMembers, Hub[] directInterfaces, Hub[] memberClasses, String genericSignature,
                            Hub[] permittedSubclasses, long enumValuesSlot, String[] fieldNames,
                            Hub[] fieldTypes, int[] fieldModifiers, long[] staticFieldSlots,
                            String[] recordComponents, MethodDeclaration[] methods) {
        this.declaringClass = declaringClass;
        this.simpleBinaryName = simpleBinaryName;
        this.enclosingMethod = enclosingMethod;
        this.nestHost = nestHost;
        this.nestMembers = nestMembers;
        this.directInterfaces = directInterfaces;
        this.memberClasses = memberClasses;
        this.genericSignature = genericSignature;
        this.permittedSubclasses = permittedSubclasses;
        this.enumValuesSlot = enumValuesSlot;
        this.fieldNames = fieldNames;
        this.fieldTypes = fieldTypes;
        this.fieldModifiers = fieldModifiers;
        this.staticFieldSlots = staticFieldSlots;
        this.recordComponents = recordComponents;
        this.methods = methods;
    }
}
