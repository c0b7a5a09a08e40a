package org.keelvm.vm.runtime;

import org.keelvm.hal.Address;
import org.keelvm.hal.Cpu;
import org.keelvm.vm.object.Hub;
import org.keelvm.vm.object.ObjectAccess;

/**
 * Class and interface initialization, JVMS §5.5, for one thread (the locking of steps 1–4 comes with threads).
 * Compiled code calls {@link #initialize} when a static access, a static call or a {@code new} finds its class not
 * yet {@link Hub#INITIALIZED}.
 */
public final class ClassInitialization {
    /** Set in {@link Hub#modifiers} by the image builder: the interface declares a non-abstract instance method. */
    public static final int DECLARES_DEFAULT_METHODS = 0x1_0000;

    private ClassInitialization() {
    }

    /** Initializes the class of {@code hub} unless that is done, under way on this thread, or failed before. */
    public static void initialize(Hub hub) {
        int state = hub.initState;
        if (state == Hub.INITIALIZED || state == Hub.BEING_INITIALIZED) {
            return;
        }
        if (state == Hub.ERRONEOUS) {
            throw couldNotInitialize(hub);
        }
        hub.initState = Hub.BEING_INITIALIZED;
        if (hub.kind != Hub.INTERFACE) {
            try {
                if (hub.superHub != null) {
                    initialize(hub.superHub);
                }
                Hub[] interfaces = hub.interfaces;
                for (int i = 0; i < interfaces.length; i++) {
                    if ((interfaces[i].modifiers & DECLARES_DEFAULT_METHODS) != 0) {
                        initialize(interfaces[i]);
                    }
                }
            } catch (Throwable failure) {
                hub.initState = Hub.ERRONEOUS;
                hub.initError = failure;
                throw failure;
            }
        }
        if (hub.initializer != 0) {
            try {
                Cpu.callIndirect(Address.fromLong(hub.initializer));
            } catch (Throwable failure) {
                hub.initState = Hub.ERRONEOUS;
                hub.initError = failure;
                if (failure instanceof Error error) {
                    throw error;
                }
                throw new ExceptionInInitializerError(failure);
            }
        }
        hub.initState = Hub.INITIALIZED;
    }

    /**
     * What a use of a class whose initialization failed throws, as JDK 17's HotSpot does: a
     * {@code NoClassDefFoundError} whose cause records the original failure and the thread it happened in.
     */
    /**
     * The message a throwable was made with (its {@code detailMessage} field), which is what HotSpot records: not
     * {@code getMessage()}, which a subclass may override and which computes a helpful NullPointerException message.
     */
    private static String detailMessage(Throwable throwable) {
        int offset = ClassRegistry.lookup("java.lang.Throwable").fieldOffset("detailMessage");
        return offset < 0 ? throwable.getMessage() : (String) Address.fromObject(throwable).loadReference(offset);
    }

    private static NoClassDefFoundError couldNotInitialize(Hub hub) {
        NoClassDefFoundError error = new NoClassDefFoundError("Could not initialize class " + hub.name);
        Throwable original = hub.initError;
        if (original != null) {
            Thread thread = Thread.currentThread();
            String where = thread == null ? "" : " [in thread \"" + thread.getName() + "\"]";
            String message = detailMessage(original);
            ExceptionInInitializerError cause = new ExceptionInInitializerError("Exception "
                    + ObjectAccess.hubOf(original).name + (message == null ? "" : ": " + message) + where);
            cause.setStackTrace(original.getStackTrace());
            error.initCause(cause);
        }
        return error;
    }
}
