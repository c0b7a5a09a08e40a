package org.keelvm.classlib;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import org.keelvm.vm.substitution.Substitute;
import org.keelvm.vm.substitution.TargetClass;

/** {@code Constructor.newInstance} at the bottom: the compiled constructor called on a new instance. */
@TargetClass(className = "jdk.internal.reflect.NativeConstructorAccessorImpl")
final class Target_jdk_internal_reflect_NativeConstructorAccessorImpl {
    @Substitute
    private static Object newInstance0(Constructor<?> constructor, Object[] arguments)
            throws InstantiationException, IllegalArgumentException, InvocationTargetException {
        return ((Target_java_lang_reflect_Constructor) (Object) constructor).construct(arguments);
    }
}
