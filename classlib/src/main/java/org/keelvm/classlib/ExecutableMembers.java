package org.keelvm.classlib;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import org.keelvm.hal.Address;
import org.keelvm.vm.object.ClassDeclaration;
import org.keelvm.vm.object.Hub;
import org.keelvm.vm.object.MethodDeclaration;
import org.keelvm.vm.object.ObjectAccess;
import org.keelvm.vm.runtime.Allocation;
import org.keelvm.vm.runtime.ArrayClasses;
import org.keelvm.vm.runtime.ClassInitialization;
import org.keelvm.vm.runtime.ClassRegistry;
import org.keelvm.vm.runtime.PrimitiveTypes;
import org.keelvm.vm.runtime.ReflectiveCalls;

/**
 * Methods and constructors for reflection, from the {@link MethodDeclaration}s of a class's hub: the JDK's
 * {@code Method} and {@code Constructor} objects are made with their own constructors, and invoking one converts
 * the boxed arguments as HotSpot does (unboxing with widening, {@code argument type mismatch}), calls the compiled
 * code through {@link ReflectiveCalls} and wraps what it throws in {@link InvocationTargetException}.
 */
final class ExecutableMembers {
    /** The modifiers HotSpot reports for a method: access, static, final, synchronized, bridge, varargs, native, abstract, strict, synthetic. */
    private static final int METHOD_MODIFIERS = 0x1DFF;

    private ExecutableMembers() {
    }

    /** The slots of the constructors ({@code constructors}) or methods of {@code hub}, public ones only if asked. */
    static int[] declared(Hub hub, boolean constructors, boolean publicOnly) {
        ClassDeclaration declaration = hub.declaration;
        MethodDeclaration[] methods = declaration == null ? new MethodDeclaration[0] : declaration.methods;
        int count = 0;
        for (MethodDeclaration method : methods) {
            if (visible(method, constructors, publicOnly)) {
                count++;
            }
        }
        int[] slots = new int[count];
        int next = 0;
        for (int slot = 0; slot < methods.length; slot++) {
            if (visible(methods[slot], constructors, publicOnly)) {
                slots[next++] = slot;
            }
        }
        return slots;
    }

    private static boolean visible(MethodDeclaration method, boolean constructors, boolean publicOnly) {
        return method.isConstructor() == constructors && (!publicOnly || (method.modifiers & Modifier.PUBLIC) != 0);
    }

    /** The modifiers reflection reports for {@code method}. */
    static int modifiers(MethodDeclaration method) {
        return method.modifiers & METHOD_MODIFIERS;
    }

    /** The class of {@code method}'s result. */
    static Class<?> returnType(MethodDeclaration method) {
        return classOf(method.descriptor, method.descriptor.indexOf(')') + 1);
    }

    /** The classes of {@code method}'s parameters. */
    static Class<?>[] parameterTypes(MethodDeclaration method) {
        return parameterTypes(method.descriptor);
    }

    private static Class<?>[] parameterTypes(String descriptor) {
        int count = 0;
        for (int position = 1; descriptor.charAt(position) != ')'; position = ReflectiveCalls.nextParameter(
                descriptor, position)) {
            count++;
        }
        Class<?>[] types = new Class<?>[count];
        int position = 1;
        for (int i = 0; i < count; i++) {
            types[i] = classOf(descriptor, position);
            position = ReflectiveCalls.nextParameter(descriptor, position);
        }
        return types;
    }

    /** The classes {@code method}'s {@code throws} clause names. */
    static Class<?>[] exceptionTypes(MethodDeclaration method) {
        if (method.exceptions == null) {
            return new Class<?>[0];
        }
        Class<?>[] types = new Class<?>[method.exceptions.length];
        for (int i = 0; i < types.length; i++) {
            types[i] = named(method.exceptions[i].replace('/', '.'));
        }
        return types;
    }

    /** The class of field descriptor {@code descriptor}. */
    static Class<?> typeOf(String descriptor) {
        return classOf(descriptor, 0);
    }

    /** The class of the field descriptor that starts at {@code position} of {@code descriptor}. */
    private static Class<?> classOf(String descriptor, int position) {
        int dimensions = 0;
        while (descriptor.charAt(position + dimensions) == '[') {
            dimensions++;
        }
        char kind = descriptor.charAt(position + dimensions);
        Hub hub;
        if (kind == 'L') {
            String name = descriptor.substring(position + dimensions + 1, descriptor.indexOf(';', position))
                    .replace('/', '.');
            hub = hubNamed(name);
        } else {
            hub = PrimitiveTypes.hubOf(kind);
        }
        for (int i = 0; i < dimensions; i++) {
            hub = ArrayClasses.arrayOf(hub);
        }
        return (Class<?>) hub.mirror;
    }

    private static Class<?> named(String name) {
        return (Class<?>) hubNamed(name).mirror;
    }

    private static Hub hubNamed(String name) {
        Hub hub = ClassRegistry.lookup(name);
        if (hub == null) {
            throw new NoClassDefFoundError(name.replace('.', '/'));
        }
        return hub;
    }

    /** {@code Constructor.newInstance}: a new instance of the constructor's class, initialized by it. */
    static Object newInstance(Hub hub, int slot, Object[] arguments) throws InvocationTargetException {
        MethodDeclaration constructor = hub.declaration.methods[slot];
        ClassInitialization.initialize(hub);
        Object instance = Allocation.newInstance(hub);
        invoke(constructor, instance, arguments);
        return instance;
    }

    /** {@code Method.invoke}: calls the method, selected by the receiver's class unless it is static or private. */
    static Object invoke(Hub hub, int slot, Object receiver, Object[] arguments) throws InvocationTargetException {
        Class<?> declaringClass = (Class<?>) hub.mirror;
        MethodDeclaration method = hub.declaration.methods[slot];
        if ((method.modifiers & Modifier.STATIC) != 0) {
            ClassInitialization.initialize(hub);
            receiver = null;
        } else {
            if (receiver == null) {
                throw new NullPointerException();
            }
            if (!declaringClass.isInstance(receiver)) {
                throw new IllegalArgumentException("object is not an instance of declaring class");
            }
            if ((method.modifiers & Modifier.PRIVATE) == 0) {
                MethodDeclaration selected = ReflectiveCalls.select(ObjectAccess.hubOf(receiver), method);
                if (selected != null) {
                    method = selected;
                }
            }
        }
        return box(invoke(method, receiver, arguments), method.descriptor);
    }

    private static long invoke(MethodDeclaration method, Object receiver, Object[] arguments)
            throws InvocationTargetException {
        String descriptor = method.descriptor;
        Class<?>[] types = parameterTypes(descriptor);
        int given = arguments == null ? 0 : arguments.length;
        if (given != types.length) {
            throw new IllegalArgumentException("wrong number of arguments");
        }
        boolean hasReceiver = receiver != null;
        long[] raw = new long[types.length + (hasReceiver ? 1 : 0)];
        int next = 0;
        if (hasReceiver) {
            raw[next++] = Address.fromObject(receiver).toLong();
        }
        for (int i = 0; i < types.length; i++) {
            raw[next++] = unbox(arguments[i], types[i]);
        }
        if (method.entrySlot == 0) {
            throw new UnsatisfiedLinkError("'" + method.name + method.descriptor
                    + "' is not compiled into this image");
        }
        try {
            return ReflectiveCalls.call(method, hasReceiver, raw);
        } catch (Throwable thrown) {
            throw new InvocationTargetException(thrown);
        }
    }

    /** The raw value of argument {@code value} for a parameter of class {@code type}, widened as HotSpot allows. */
    private static long unbox(Object value, Class<?> type) {
        if (!type.isPrimitive()) {
            if (value != null && !type.isInstance(value)) {
                throw new IllegalArgumentException("argument type mismatch");
            }
            return Address.fromObject(value).toLong();
        }
        if (value == null) {
            throw new IllegalArgumentException();
        }
        char target = descriptorOf(type);
        if (value instanceof Boolean b) {
            if (target == 'Z') {
                return b ? 1 : 0;
            }
        } else if (value instanceof Character c) {
            return widen(c, 'C', target);
        } else if (value instanceof Byte b) {
            return widen(b, 'B', target);
        } else if (value instanceof Short s) {
            return widen(s, 'S', target);
        } else if (value instanceof Integer i) {
            return widen(i, 'I', target);
        } else if (value instanceof Long l) {
            return widen(l, 'J', target);
        } else if (value instanceof Float f) {
            if (target == 'F') {
                return Float.floatToRawIntBits(f);
            }
            if (target == 'D') {
                return Double.doubleToRawLongBits(f);
            }
        } else if (value instanceof Double d) {
            if (target == 'D') {
                return Double.doubleToRawLongBits(d);
            }
        }
        throw new IllegalArgumentException("argument type mismatch");
    }

    /** An integral value of kind {@code source} widened to {@code target} (JLS §5.1.2), or a mismatch. */
    private static long widen(long value, char source, char target) {
        boolean allowed = switch (target) {
            case 'C' -> source == 'C';
            case 'B' -> source == 'B';
            case 'S' -> source == 'B' || source == 'S';
            case 'I' -> source != 'J';
            case 'J', 'F', 'D' -> true;
            default -> false;
        };
        if (!allowed) {
            throw new IllegalArgumentException("argument type mismatch");
        }
        if (target == 'F') {
            return Float.floatToRawIntBits((float) value);
        }
        if (target == 'D') {
            return Double.doubleToRawLongBits((double) value);
        }
        return value;
    }

    private static Object box(long raw, String descriptor) {
        return switch (descriptor.charAt(descriptor.indexOf(')') + 1)) {
            case 'V' -> null;
            case 'Z' -> (int) raw != 0;
            case 'B' -> (byte) raw;
            case 'C' -> (char) raw;
            case 'S' -> (short) raw;
            case 'I' -> (int) raw;
            case 'J' -> raw;
            case 'F' -> Float.intBitsToFloat((int) raw);
            case 'D' -> Double.longBitsToDouble(raw);
            default -> Address.fromLong(raw).toObject();
        };
    }

    private static char descriptorOf(Class<?> primitive) {
        if (primitive == boolean.class) {
            return 'Z';
        } else if (primitive == byte.class) {
            return 'B';
        } else if (primitive == char.class) {
            return 'C';
        } else if (primitive == short.class) {
            return 'S';
        } else if (primitive == int.class) {
            return 'I';
        } else if (primitive == long.class) {
            return 'J';
        } else if (primitive == float.class) {
            return 'F';
        }
        return 'D';
    }
}
