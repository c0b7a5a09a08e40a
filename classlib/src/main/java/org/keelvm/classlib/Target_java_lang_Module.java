package org.keelvm.classlib;

import org.keelvm.vm.runtime.ImageFiles;
import org.keelvm.vm.substitution.Substitute;
import org.keelvm.vm.substitution.TargetClass;

/** A module's resources are the image's (see {@link ImageFiles}); every class is in an unnamed module. */
@TargetClass(Module.class)
final class Target_java_lang_Module {
    @Substitute
    public java.io.InputStream getResourceAsStream(String name) throws java.io.IOException {
        byte[] contents = ImageFiles.resource(name.startsWith("/") ? name.substring(1) : name);
        return contents == null ? null : new java.io.ByteArrayInputStream(contents);
    }
}
