package org.keelvm.classlib;

import org.keelvm.vm.substitution.Alias;
import org.keelvm.vm.substitution.Substitute;
import org.keelvm.vm.substitution.TargetClass;

/**
 * The system properties a JVM supplies at start-up. Keel reports a Linux/x86-64 platform with UTF-8 encodings, as
 * HotSpot does on the machines Keel's images come from, so that programs see the same separators and encodings;
 * the VM's own properties name Keel.
 */
@TargetClass(className = "jdk.internal.util.SystemProps$Raw")
final class Target_jdk_internal_util_SystemProps_Raw {
    @Alias
    private static int _file_encoding_NDX;
    @Alias
    private static int _file_separator_NDX;
    @Alias
    private static int _java_io_tmpdir_NDX;
    @Alias
    private static int _line_separator_NDX;
    @Alias
    private static int _os_arch_NDX;
    @Alias
    private static int _os_name_NDX;
    @Alias
    private static int _os_version_NDX;
    @Alias
    private static int _path_separator_NDX;
    @Alias
    private static int _sun_arch_data_model_NDX;
    @Alias
    private static int _sun_cpu_endian_NDX;
    @Alias
    private static int _sun_io_unicode_encoding_NDX;
    @Alias
    private static int _sun_jnu_encoding_NDX;
    @Alias
    private static int _user_dir_NDX;
    @Alias
    private static int _user_home_NDX;
    @Alias
    private static int _user_name_NDX;
    @Alias
    private static int FIXED_LENGTH;

    @Substitute
    private static String[] platformProperties() {
        String[] properties = new String[FIXED_LENGTH];
        properties[_file_encoding_NDX] = "UTF-8";
        properties[_file_separator_NDX] = "/";
        properties[_java_io_tmpdir_NDX] = "/tmp";
        properties[_line_separator_NDX] = "\n";
        properties[_os_arch_NDX] = "amd64";
        properties[_os_name_NDX] = "Linux";
        properties[_os_version_NDX] = "keel";
        properties[_path_separator_NDX] = ":";
        properties[_sun_arch_data_model_NDX] = "64";
        properties[_sun_cpu_endian_NDX] = "little";
        properties[_sun_io_unicode_encoding_NDX] = "UnicodeLittle";
        properties[_sun_jnu_encoding_NDX] = "UTF-8";
        properties[_user_dir_NDX] = "/";
        properties[_user_home_NDX] = "/";
        properties[_user_name_NDX] = "keel";
        return properties;
    }

    @Substitute
    private static String[] vmProperties() {
        return new String[] {
            "java.vm.specification.name", "Java Virtual Machine Specification",
            "java.vm.specification.vendor", "Oracle Corporation",
            "java.vm.specification.version", "17",
            "java.vm.name", "Keel",
            "java.vm.vendor", "Keel",
            "java.vm.version", "0.1.0",
            "java.vm.info", "baseline compiler",
            "java.home", "/",
            "java.class.path", "",
            "java.library.path", "",
            "sun.boot.library.path", "",
            "sun.java.launcher", "keel",
            "sun.java.command", "",
            "jdk.debug", "release",
        };
    }
}
