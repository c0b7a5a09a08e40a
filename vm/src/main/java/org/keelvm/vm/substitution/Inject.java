package org.keelvm.vm.substitution;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Adds the annotated field to the target, with the access flags, type and (compile-time constant) value declared
 * here; for example the pointer from a {@code java.lang.Class} to Keel's class metadata. An instance field starts
 * as zero or null; an initializer written here would run only in a substituted constructor, so leave it out.
 *
 * <p>Checked by the image builder: the target must not already have a field of that name, and no other
 * substitution may inject one with the same name.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Inject {
}
