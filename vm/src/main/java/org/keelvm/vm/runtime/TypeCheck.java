package org.keelvm.vm.runtime;

import org.keelvm.vm.object.Hub;
import org.keelvm.vm.object.ObjectAccess;

/** {@code instanceof}, {@code checkcast} and the store check of {@code aastore} (JVMS §6.5 checkcast). */
public final class TypeCheck {
    private TypeCheck() {
    }

    /** {@code instanceof}: whether {@code object} is non-null and of a subtype of {@code type}. */
    public static boolean isInstance(Object object, Hub type) {
        return object != null && isSubtype(ObjectAccess.hubOf(object), type);
    }

    /** {@code checkcast}: throws {@code ClassCastException} unless {@code object} is null or of a subtype. */
    public static void checkCast(Object object, Hub type) {
        if (object != null) {
            Hub actual = ObjectAccess.hubOf(object);
            if (!isSubtype(actual, type)) {
                throw new ClassCastException(castMessage(actual, type));
            }
        }
    }

    /** {@code aastore}: throws {@code ArrayStoreException} unless {@code value} fits {@code array}'s elements. */
    public static void checkArrayStore(Object array, Object value) {
        if (value != null) {
            Hub valueHub = ObjectAccess.hubOf(value);
            if (!isSubtype(valueHub, ObjectAccess.hubOf(array).componentHub)) {
                throw new ArrayStoreException(valueHub.name);
            }
        }
    }

    /** Whether a value of type {@code s} may be assigned to type {@code t} (JVMS §6.5 checkcast, both kinds). */
    public static boolean isSubtype(Hub s, Hub t) {
        if (s == t) {
            return true;
        }
        if (t.kind == Hub.INTERFACE) {
            Hub[] interfaces = s.interfaces;
            for (int i = 0; i < interfaces.length; i++) {
                if (interfaces[i] == t) {
                    return true;
                }
            }
            return false;
        }
        if (t.kind == Hub.ARRAY) {
            if (s.kind != Hub.ARRAY) {
                return false;
            }
            Hub sc = s.componentHub;
            Hub tc = t.componentHub;
            if (sc.kind == Hub.PRIMITIVE || tc.kind == Hub.PRIMITIVE) {
                return sc == tc;
            }
            return isSubtype(sc, tc);
        }
        if (t.kind == Hub.PRIMITIVE || s.kind == Hub.PRIMITIVE) {
            return false;
        }
        if (t.depth == 0) {
            // Object: every class, interface and array is a subtype (an interface's display holds only itself).
            return true;
        }
        return s.depth >= t.depth && s.display[t.depth] == t;
    }

    /** HotSpot's message: {@code class A cannot be cast to class B (A is in unnamed module of loader 'app'; ...)}. */
    private static String castMessage(Hub actual, Hub type) {
        String actualPlace = place(actual);
        String typePlace = place(type);
        String where;
        if (actualPlace.equals(typePlace)) {
            where = actual.name + " and " + type.name + " are in " + actualPlace;
        } else {
            where = actual.name + " is in " + actualPlace + "; " + type.name + " is in " + typePlace;
        }
        return "class " + actual.name + " cannot be cast to class " + type.name + " (" + where + ")";
    }

    /** Where a class lives, in HotSpot's words: its module and its loader. */
    private static String place(Hub hub) {
        Hub element = hub;
        while (element.kind == Hub.ARRAY) {
            element = element.componentHub;
        }
        if (element.kind == Hub.PRIMITIVE || element.module != null) {
            return "module " + (element.module != null ? element.module : "java.base") + " of loader 'bootstrap'";
        }
        return "unnamed module of loader 'app'";
    }
}
