package org.keelvm.classlib;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import org.keelvm.vm.substitution.Substitute;
import org.keelvm.vm.substitution.TargetClass;

/** {@code Method.invoke} at the bottom: the compiled method called with the arguments unboxed. */
@TargetClass(className = "jdk.internal.reflect.NativeMethodAccessorImpl")
final class Target_jdk_internal_reflect_NativeMethodAccessorImpl {
    @Substitute
    private static Object invoke0(Method method, Object receiver, Object[] arguments)
            throws IllegalArgumentException, InvocationTargetException {
        return ((Target_java_lang_reflect_Method) (Object) method).invokeCompiled(receiver, arguments);
    }
}
