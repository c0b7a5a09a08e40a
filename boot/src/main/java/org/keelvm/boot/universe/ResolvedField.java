package org.keelvm.boot.universe;

import org.keelvm.jit.MemberRef;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.FieldNode;

/**
 * A field found by resolution: the class that declares it and its tree.
 *
 * @param owner the declaring class
 * @param field the field
 */
public record ResolvedField(ClassNode owner, FieldNode field) {
    /** The reference to the field in its declaring class. */
    public MemberRef ref() {
        return new MemberRef(owner.name, field.name, field.desc);
    }
}
