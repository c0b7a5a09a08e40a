package org.keelvm.classlib;

import java.lang.reflect.Method;
import org.keelvm.vm.object.Hub;
import org.keelvm.vm.substitution.Alias;
import org.keelvm.vm.substitution.TargetClass;

/** Makes {@code RecordComponent} objects for {@code Class.getRecordComponents0}, as the VM does. */
@TargetClass(java.lang.reflect.RecordComponent.class)
final class Target_java_lang_reflect_RecordComponent {
    @Alias
    private Class<?> clazz;
    @Alias
    private String name;
    @Alias
    private Class<?> type;
    @Alias
    private Method accessor;
    @Alias
    private String signature;

    /** Stands for the JDK's private constructor, which calls of it reach. */
    @Alias
    private Target_java_lang_reflect_RecordComponent() {
    }

    /** The components of record class {@code record}, whose hub is {@code hub}, from its declaration. */
    static java.lang.reflect.RecordComponent[] of(Class<?> record, Hub hub) {
        String[] parts = hub.declaration.recordComponents;
        java.lang.reflect.RecordComponent[] components = new java.lang.reflect.RecordComponent[parts.length / 3];
        Method[] methods = Target_java_lang_reflect_Method.declared(record, hub, false);
        for (int i = 0; i < components.length; i++) {
            Target_java_lang_reflect_RecordComponent component = new Target_java_lang_reflect_RecordComponent();
            component.clazz = record;
            component.name = parts[3 * i];
            component.type = ExecutableMembers.typeOf(parts[3 * i + 1]);
            component.signature = parts[3 * i + 2];
            for (Method method : methods) {
                if (method.getName().equals(component.name) && method.getParameterCount() == 0
                        && method.getReturnType() == component.type) {
                    component.accessor = method;
                }
            }
            components[i] = (java.lang.reflect.RecordComponent) (Object) component;
        }
        return components;
    }
}
