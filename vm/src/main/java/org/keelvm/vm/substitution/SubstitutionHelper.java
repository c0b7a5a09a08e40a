package org.keelvm.vm.substitution;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Put by the image builder (never by hand) on a method that a substitution class added to its target: Keel's code in
 * a JDK class, which stack traces leave out like the rest of Keel's frames.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface SubstitutionHelper {
}
