package org.keelvm.classlib;

import org.keelvm.hal.Address;
import org.keelvm.vm.object.ClassDeclaration;
import org.keelvm.vm.object.Hub;
import org.keelvm.vm.object.ObjectAccess;
import org.keelvm.vm.runtime.ClassInitialization;
import org.keelvm.vm.runtime.ClassRegistry;
import org.keelvm.vm.runtime.ImageFiles;
import org.keelvm.vm.runtime.PrimitiveTypes;
import org.keelvm.vm.runtime.TypeCheck;
import org.keelvm.vm.substitution.Alias;
import org.keelvm.vm.substitution.Inject;
import org.keelvm.vm.substitution.Substitute;
import org.keelvm.vm.substitution.TargetClass;

/** {@code Class}'s native methods, answered from the {@link Hub} each mirror carries. */
@TargetClass(Class.class)
final class Target_java_lang_Class {
    /** The hub this mirror stands for, written by the image builder. */
    @Inject
    Hub hub;

    @Alias
    private transient Module module;

    @Substitute
    private static void registerNatives() {
    }

    @Alias
    private String resolveName(String name) {
        return null;
    }

    /**
     * Resources come from the image (see {@code ImageFiles}): the application's and the JDK's. As on HotSpot, a
     * resource in a package of a JDK module is encapsulated: code outside the JDK gets {@code null} for it unless
     * it is a class file.
     */
    @Substitute
    public java.io.InputStream getResourceAsStream(String name) {
        String resolved = resolveName(name);
        if (hub.module != null && !resolved.endsWith(".class") && resolved.indexOf('/') >= 0) {
            Hub caller = org.keelvm.vm.runtime.StackWalk.holderOfFrame(1);
            if (caller != null && caller.module == null) {
                return null;
            }
        }
        byte[] contents = ImageFiles.resource(resolved);
        return contents == null ? null : new java.io.ByteArrayInputStream(contents);
    }

    /**
     * The JDK's classes are the boot loader's, shown as {@code null}; the application's (and Keel's runtime, which
     * no program asks) are the built-in application class loader's, as {@code java -cp} loads them.
     */
    @Substitute
    ClassLoader getClassLoader0() {
        if (hub.module != null) {
            return null;
        }
        if (hub.kind == Hub.ARRAY || hub.kind == Hub.PRIMITIVE) {
            return hub.componentHub == null ? null
                    : ((Target_java_lang_Class) (Object) hub.componentHub.mirror).getClassLoader0();
        }
        return Target_jdk_internal_loader_ClassLoaders.appClassLoader();
    }

    /**
     * The module graph is not built in a guest (no {@code initPhase2}), so classes are in unnamed modules, as they
     * are before HotSpot defines {@code java.base}: the JDK's and Keel's in the boot loader's, the application's in
     * the application class loader's. Settled on first use.
     */
    @Substitute
    public Module getModule() {
        Module known = module;
        if (known == null) {
            known = hub.module == null ? ClassLoader.getSystemClassLoader().getUnnamedModule()
                    : Target_jdk_internal_loader_BootLoader.getUnnamedModule();
            module = known;
        }
        return known;
    }

    @Substitute
    private String initClassName() {
        return hub.name;
    }

    @Substitute
    static Class<?> getPrimitiveClass(String name) {
        return (Class<?>) PrimitiveTypes.hub(name).mirror;
    }

    @Substitute
    public boolean isArray() {
        return hub.kind == Hub.ARRAY;
    }

    @Substitute
    public boolean isPrimitive() {
        return hub.kind == Hub.PRIMITIVE;
    }

    @Substitute
    public boolean isInterface() {
        return hub.kind == Hub.INTERFACE;
    }

    @Substitute
    public boolean isHidden() {
        return false;
    }

    @Substitute
    public int getModifiers() {
        return hub.modifiers & 0xFFFF & ~0x20;
    }

    @Substitute
    public Class<?> getSuperclass() {
        Hub superHub = hub.superHub;
        return superHub == null ? null : (Class<?>) superHub.mirror;
    }

    @Substitute
    public boolean isInstance(Object obj) {
        return TypeCheck.isInstance(obj, hub);
    }

    @Substitute
    public boolean isAssignableFrom(Class<?> cls) {
        Target_java_lang_Class other = (Target_java_lang_Class) (Object) cls;
        return TypeCheck.isSubtype(other.hub, hub);
    }

    @Substitute
    private static Class<?> forName0(String name, boolean initialize, ClassLoader loader, Class<?> caller)
            throws ClassNotFoundException {
        Hub found = ClassRegistry.lookup(name);
        if (found == null && name.startsWith("[")) {
            found = arrayClass(name);
        }
        if (found == null || found.kind == Hub.PRIMITIVE) {
            throw new ClassNotFoundException(name);
        }
        if (initialize) {
            ClassInitialization.initialize(found);
        }
        return (Class<?>) found.mirror;
    }

    /**
     * The array class that {@code name} ({@code [[Ljava.lang.String;}, {@code [I}) describes, made if the image has
     * its element class; as on HotSpot, a missing element class is what the {@code ClassNotFoundException} names.
     */
    private static Hub arrayClass(String name) throws ClassNotFoundException {
        int dimensions = 0;
        while (dimensions < name.length() && name.charAt(dimensions) == '[') {
            dimensions++;
        }
        String element = name.substring(dimensions);
        Hub hub;
        if (element.length() > 2 && element.startsWith("L") && element.endsWith(";")) {
            String elementName = element.substring(1, element.length() - 1);
            hub = ClassRegistry.lookup(elementName);
            if (hub == null) {
                throw new ClassNotFoundException(elementName);
            }
        } else if (element.length() == 1 && "ZBCSIJFD".indexOf(element.charAt(0)) >= 0) {
            hub = PrimitiveTypes.hubOf(element.charAt(0));
        } else {
            return null;
        }
        for (int i = 0; i < dimensions; i++) {
            hub = org.keelvm.vm.runtime.ArrayClasses.arrayOf(hub);
        }
        return hub;
    }

    @Substitute
    private Class<?> getDeclaringClass0() {
        ClassDeclaration declaration = hub.declaration;
        return declaration == null || declaration.declaringClass == null ? null
                : (Class<?>) declaration.declaringClass.mirror;
    }

    @Substitute
    private String getSimpleBinaryName0() {
        // An anonymous class has no simple name in its InnerClasses entry: null, as HotSpot answers.
        String name = hub.declaration == null ? null : hub.declaration.simpleBinaryName;
        return name == null || name.isEmpty() ? null : name;
    }

    @Substitute
    private Object[] getEnclosingMethod0() {
        return hub.declaration == null ? null : hub.declaration.enclosingMethod;
    }

    @Substitute
    private Class<?> getNestHost0() {
        Hub host = hub.declaration == null ? null : hub.declaration.nestHost;
        return (Class<?>) (host == null ? hub.mirror : host.mirror);
    }

    @Substitute
    private Class<?>[] getNestMembers0() {
        ClassDeclaration declaration = hub.declaration;
        Hub host = declaration == null || declaration.nestHost == null ? hub : declaration.nestHost;
        Hub[] members = host.declaration == null ? new Hub[0] : host.declaration.nestMembers;
        Class<?>[] classes = new Class<?>[members.length + 1];
        classes[0] = (Class<?>) host.mirror;
        for (int i = 0; i < members.length; i++) {
            classes[i + 1] = (Class<?>) members[i].mirror;
        }
        return classes;
    }

    @Substitute
    private String getGenericSignature0() {
        return hub.declaration == null ? null : hub.declaration.genericSignature;
    }

    @Substitute
    private Class<?>[] getInterfaces0() {
        if (hub.kind == Hub.ARRAY) {
            return mirrors(hub.interfaces);
        }
        return hub.declaration == null ? new Class<?>[0] : mirrors(hub.declaration.directInterfaces);
    }

    @Substitute
    private Class<?>[] getDeclaredClasses0() {
        return hub.declaration == null ? new Class<?>[0] : mirrors(hub.declaration.memberClasses);
    }

    @Substitute
    private Class<?>[] getPermittedSubclasses0() {
        Hub[] permitted = hub.declaration == null ? null : hub.declaration.permittedSubclasses;
        return permitted == null ? null : mirrors(permitted);
    }

    @Substitute
    private boolean isRecord0() {
        Hub superHub = hub.superHub;
        return superHub != null && superHub.name.equals("java.lang.Record");
    }

    @Substitute
    private java.security.ProtectionDomain getProtectionDomain0() {
        return null;
    }

    @Substitute
    byte[] getRawAnnotations() {
        return null;
    }

    @Substitute
    byte[] getRawTypeAnnotations() {
        return null;
    }

    @Substitute
    public Object[] getSigners() {
        return null;
    }

    /**
     * The enum constants, straight from the class's {@code $VALUES} array rather than through reflection on
     * {@code values()}: shared, so never handed to a caller that could change it (as in the JDK).
     */
    @Substitute
    Object[] getEnumConstantsShared() {
        ClassDeclaration declaration = hub.declaration;
        if (declaration == null || declaration.enumValuesSlot == 0 || (hub.modifiers & 0x4000) == 0) {
            return null;
        }
        ClassInitialization.initialize(hub);
        return (Object[]) Address.fromLong(declaration.enumValuesSlot).loadReference(0);
    }

    /**
     * The declared fields as {@code Field} objects (what {@code Unsafe.objectFieldOffset(Field)} and
     * {@code getDeclaredField} need). A field whose type has no hub in the image reports {@code Object} as its
     * type. Reading and writing fields through them comes with reflection (issue 6).
     */
    @Substitute
    private java.lang.reflect.Field[] getDeclaredFields0(boolean publicOnly) {
        ClassDeclaration declaration = hub.declaration;
        if (declaration == null) {
            return new java.lang.reflect.Field[0];
        }
        int count = 0;
        for (int i = 0; i < declaration.fieldNames.length; i++) {
            if (!publicOnly || (declaration.fieldModifiers[i] & java.lang.reflect.Modifier.PUBLIC) != 0) {
                count++;
            }
        }
        java.lang.reflect.Field[] fields = new java.lang.reflect.Field[count];
        int next = 0;
        for (int i = 0; i < declaration.fieldNames.length; i++) {
            if (!publicOnly || (declaration.fieldModifiers[i] & java.lang.reflect.Modifier.PUBLIC) != 0) {
                Hub type = declaration.fieldTypes[i];
                fields[next++] = Target_java_lang_reflect_Field.create((Class<?>) hub.mirror,
                        declaration.fieldNames[i], type == null ? Object.class : (Class<?>) type.mirror,
                        declaration.fieldModifiers[i], i);
            }
        }
        return fields;
    }

    @Substitute
    private java.lang.reflect.Constructor<?>[] getDeclaredConstructors0(boolean publicOnly) {
        return Target_java_lang_reflect_Constructor.declared((Class<?>) (Object) this, hub, publicOnly);
    }

    @Substitute
    private java.lang.reflect.RecordComponent[] getRecordComponents0() {
        if (hub.declaration == null || hub.declaration.recordComponents == null) {
            return null;
        }
        return Target_java_lang_reflect_RecordComponent.of((Class<?>) (Object) this, hub);
    }

    @Substitute
    private java.lang.reflect.Method[] getDeclaredMethods0(boolean publicOnly) {
        return Target_java_lang_reflect_Method.declared((Class<?>) (Object) this, hub, publicOnly);
    }

    /**
     * The image keeps no constant pools: annotations, which are parsed against one, are not yet kept either, and
     * the JDK passes this pool only to parse them.
     */
    @Substitute
    private Target_jdk_internal_reflect_ConstantPool getConstantPool() {
        return null;
    }

    /** The hub of {@code type}. */
    static Hub hubOf(Class<?> type) {
        return ((Target_java_lang_Class) (Object) type).hub;
    }

    private static Class<?>[] mirrors(Hub[] hubs) {
        Class<?>[] classes = new Class<?>[hubs.length];
        for (int i = 0; i < hubs.length; i++) {
            classes[i] = (Class<?>) hubs[i].mirror;
        }
        return classes;
    }

    @Substitute
    private static boolean desiredAssertionStatus0(Class<?> clazz) {
        return false;
    }
}
