package org.keelvm.vm.substitution;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Removes the target's member with the same name and descriptor (or field type) from the target, for code that
 * must never reach the image. A reference to the deleted member from substitution code is a build error, and one
 * from anywhere else fails at resolution, like a reference to any member that does not exist.
 *
 * <p>Checked by the image builder: the target must declare the member with the same descriptor and staticness,
 * and no other substitution may replace or delete it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.CONSTRUCTOR})
public @interface Delete {
}
