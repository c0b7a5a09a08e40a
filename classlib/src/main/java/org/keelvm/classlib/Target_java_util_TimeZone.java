package org.keelvm.classlib;

import org.keelvm.vm.substitution.Substitute;
import org.keelvm.vm.substitution.TargetClass;

/**
 * The guest's time zone. A guest's clocks count UTC and it has no local time-zone setting, so the default zone is
 * {@code Etc/UTC} unless the {@code user.timezone} property names another.
 */
@TargetClass(java.util.TimeZone.class)
final class Target_java_util_TimeZone {
    @Substitute
    private static String getSystemTimeZoneID(String javaHome) {
        return "Etc/UTC";
    }

    @Substitute
    private static String getSystemGMTOffsetID() {
        return "GMT";
    }
}
