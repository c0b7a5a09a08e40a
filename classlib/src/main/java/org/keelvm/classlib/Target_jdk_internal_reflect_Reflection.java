package org.keelvm.classlib;

import org.keelvm.vm.object.Hub;
import org.keelvm.vm.runtime.StackWalk;
import org.keelvm.vm.substitution.Substitute;
import org.keelvm.vm.substitution.TargetClass;

/** The caller-sensitive queries, answered by walking the stack. */
@TargetClass(className = "jdk.internal.reflect.Reflection")
final class Target_jdk_internal_reflect_Reflection {
    @Substitute
    public static Class<?> getCallerClass() {
        // Frame 0 is this method, frame 1 the caller-sensitive method that asks, frame 2 its caller.
        Hub caller = StackWalk.holderOfFrame(2);
        return caller == null ? null : (Class<?>) caller.mirror;
    }

    @Substitute
    public static int getClassAccessFlags(Class<?> c) {
        return ((Target_java_lang_Class) (Object) c).hub.modifiers & 0xFFFF;
    }

    @Substitute
    public static boolean areNestMates(Class<?> currentClass, Class<?> memberClass) {
        String a = ((Target_java_lang_Class) (Object) currentClass).hub.name;
        String b = ((Target_java_lang_Class) (Object) memberClass).hub.name;
        int dollarA = a.indexOf('$');
        int dollarB = b.indexOf('$');
        return (dollarA < 0 ? a : a.substring(0, dollarA)).equals(dollarB < 0 ? b : b.substring(0, dollarB));
    }
}
