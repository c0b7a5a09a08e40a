package org.keelvm.boot.substitution;

/**
 * A field or method of a class, as messages name it: {@code java.lang.System.arraycopy(Ljava/lang/Object;II)V}
 * for a method, {@code java.lang.Class.name:Ljava/lang/String;} for a field.
 *
 * @param owner      internal name of the declaring class
 * @param name       the member's name
 * @param descriptor method descriptor or field type descriptor
 * @param field      whether it is a field
 */
record Member(String owner, String name, String descriptor, boolean field) {
    static Member method(String owner, String name, String descriptor) {
        return new Member(owner, name, descriptor, false);
    }

    static Member field(String owner, String name, String descriptor) {
        return new Member(owner, name, descriptor, true);
    }

    /** A class's internal name as the Java language writes it. */
    static String javaName(String internalName) {
        return internalName.replace('/', '.');
    }

    /** The key under which a class knows this member: name and descriptor for a method, name for a field. */
    String key() {
        return field ? name : name + descriptor;
    }

    @Override
    public String toString() {
        return javaName(owner) + "." + name + (field ? ":" : "") + descriptor;
    }
}
