package org.keelvm.vm.substitution;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Put by the image builder (never by hand) on a JDK native method that a {@link Substitute} gave a Java body: stack
 * traces show its frames as {@code (Native Method)}, as they would on HotSpot.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface SubstitutedNative {
}
