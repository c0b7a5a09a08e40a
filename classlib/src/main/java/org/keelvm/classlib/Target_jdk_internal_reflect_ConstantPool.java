package org.keelvm.classlib;

import org.keelvm.vm.substitution.TargetClass;

/** Names {@code jdk.internal.reflect.ConstantPool}, which is not exported, in the signatures of substitutions. */
@TargetClass(className = "jdk.internal.reflect.ConstantPool")
final class Target_jdk_internal_reflect_ConstantPool {
}
