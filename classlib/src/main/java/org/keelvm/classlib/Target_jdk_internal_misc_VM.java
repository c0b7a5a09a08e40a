package org.keelvm.classlib;

import java.util.Map;
import org.keelvm.vm.substitution.Alias;
import org.keelvm.vm.substitution.Substitute;
import org.keelvm.vm.substitution.TargetClass;

/**
 * {@code jdk.internal.misc.VM}: its native initializer, and the saved system properties of an image that does not
 * start the JDK ({@code keel build --bare}), where {@code System.initPhase1} never saves them.
 */
@TargetClass(className = "jdk.internal.misc.VM")
final class Target_jdk_internal_misc_VM {
    @Alias
    private static Map<String, String> savedProps;

    /** HotSpot's part registers nothing Keel needs: there are no VM-specific signal or finalizer hooks. */
    @Substitute
    private static void initialize() {
    }

    /**
     * As the JDK's, except that before the properties are saved every property is unset (the JDK throws
     * {@code IllegalStateException}): class initializers that read a tuning property, such as
     * {@code Integer$IntegerCache}'s, then take their defaults in a bare image.
     */
    @Substitute
    public static String getSavedProperty(String key) {
        Map<String, String> saved = savedProps;
        return saved == null ? null : saved.get(key);
    }
}
