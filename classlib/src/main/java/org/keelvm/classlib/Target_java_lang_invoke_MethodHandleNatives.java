package org.keelvm.classlib;

import org.keelvm.vm.object.ClassDeclaration;
import org.keelvm.vm.object.Hub;
import org.keelvm.vm.substitution.Substitute;
import org.keelvm.vm.substitution.TargetClass;

/**
 * What {@code java.lang.invoke} asks the VM about fields, enough for {@code MethodHandles.Lookup.findVarHandle} and
 * {@code findStaticVarHandle}: resolving a field reference as JVMS §5.4.3.2 does and the field's offset. Calls of
 * the handles' access methods are linked at build time (the image builder's {@code VarHandleCalls}). Method handles
 * on methods come with the compiler in the guest; resolving one throws {@code LinkageError}.
 */
@TargetClass(className = "java.lang.invoke.MethodHandleNatives")
final class Target_java_lang_invoke_MethodHandleNatives {
    @Substitute
    private static void registerNatives() {
    }

    @Substitute
    static Target_java_lang_invoke_MemberName resolve(Target_java_lang_invoke_MemberName self, Class<?> caller,
                                                       int lookupMode, boolean speculativeResolve)
            throws LinkageError, ClassNotFoundException {
        int flags = self.memberFlags();
        // MethodHandleNatives.Constants: MN_IS_FIELD, the reference kind in bits 24 to 27, REF_getStatic (2) and
        // REF_putStatic (4).
        if ((flags & 0x0004_0000) == 0) {
            if (speculativeResolve) {
                return null;
            }
            throw new LinkageError("method handles on methods are not supported yet: " + self.memberName());
        }
        int referenceKind = (flags >>> 24) & 0xF;
        boolean wantStatic = referenceKind == 2 || referenceKind == 4;
        for (Hub hub = Target_java_lang_Class.hubOf(self.owner()); hub != null; hub = hub.superHub) {
            int found = findField(hub, self.memberName(), self.memberType());
            if (found < 0 && hub.declaration != null) {
                for (Hub candidate : hub.declaration.directInterfaces) {
                    found = findField(candidate, self.memberName(), self.memberType());
                    if (found >= 0) {
                        hub = candidate;
                        break;
                    }
                }
            }
            if (found >= 0) {
                int modifiers = hub.declaration.fieldModifiers[found];
                if (((modifiers & java.lang.reflect.Modifier.STATIC) != 0) != wantStatic) {
                    throw new IncompatibleClassChangeError();
                }
                self.resolved((Class<?>) hub.mirror, flags | (modifiers & 0xFFFF));
                return self;
            }
        }
        if (speculativeResolve) {
            return null;
        }
        throw new NoSuchFieldError(self.memberName());
    }

    /** The index among {@code hub}'s declared fields of field {@code name} of class {@code type}, or -1. */
    private static int findField(Hub hub, String name, Object type) {
        ClassDeclaration declaration = hub.declaration;
        if (declaration == null) {
            return -1;
        }
        for (int i = 0; i < declaration.fieldNames.length; i++) {
            Hub fieldType = declaration.fieldTypes[i];
            if (declaration.fieldNames[i].equals(name) && fieldType != null && fieldType.mirror == type) {
                return i;
            }
        }
        return -1;
    }

    @Substitute
    static long objectFieldOffset(Target_java_lang_invoke_MemberName self) {
        int offset = Target_java_lang_Class.hubOf(self.owner()).fieldOffset(self.memberName());
        if (offset < 0) {
            throw new InternalError(self.memberName());
        }
        return offset;
    }

    @Substitute
    static long staticFieldOffset(Target_java_lang_invoke_MemberName self) {
        return Target_jdk_internal_misc_Unsafe.staticFieldSlot(Target_java_lang_Class.hubOf(self.owner()),
                self.memberName());
    }

    @Substitute
    static Object staticFieldBase(Target_java_lang_invoke_MemberName self) {
        staticFieldOffset(self);
        return null;
    }
}
