package org.keelvm.boot.universe;

import org.keelvm.jit.MemberRef;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * A method found by resolution: the class that declares it and its tree.
 *
 * @param owner  the declaring class
 * @param method the method
 */
public record ResolvedMethod(ClassNode owner, MethodNode method) {
    /** The reference to the method in its declaring class. */
    public MemberRef ref() {
        return new MemberRef(owner.name, method.name, method.desc);
    }
}
